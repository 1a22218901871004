// Derived values (catalog definition rules) and consistency checks (error/warning rules).
export { deriveValues, type Derived } from './derive.ts';
export { checkRules } from './checks.ts';
export { crossYearChecks, type YearRecord } from './cross-year.ts';
export { parseRule, idsOf, refsOf, evaluate, ExpressionError } from './expression.ts';
export { table3Form, ruleApplies, applicableRules } from './applicable.ts';
export { markUsedForDecoding } from './decoding.ts';
