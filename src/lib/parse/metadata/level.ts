// The level of the reporting body, from the issuer and its place:
//  - department: the report's own title names a department (办公厅, 办公室, 局, 委员会, 委, 厅…) — the report
//    is that department's (上海市人民政府办公厅). An office named only in the body (临沂市政府办公室 compiling
//    the city's 成绩单) does not make the report a department's: the place's level applies.
//  - otherwise the place's level: from the division list (2-digit province → province, 4-digit city →
//    prefecture, 6-digit area → county, 71–79 zone rows → development-zone), from the extra-places table
//    (昆明经济技术开发区, 平潭综合实验区 → development-zone), or by the name's suffix when the place is not
//    resolved (县/区/旗 → county, 乡/镇/街道 → township, 开发区/实验区/新区 → development-zone; a bare 市 → null).
import type { Level, MetaSource } from '../../types.ts';
import { leadingPlaces, levelBySuffix, type ResolvedPlace } from '../../places/index.ts';

const DEPARTMENT = /(办公厅|办公室|委员会|局|厅|委|办|署|中心)$/;
const GOVERNMENT = /^(人民政府|政府|管理委员会|管委会)$/;

export function isDepartment(org: string): boolean {
  const { rest } = leadingPlaces(org);
  if (!rest || GOVERNMENT.test(rest)) return false;
  return DEPARTMENT.test(rest) && !/管理委员会$/.test(rest);
}

export function readLevel(subject: string | null, subjectIsTitleOrg: boolean, place: ResolvedPlace | null): { level: Level | null; source: MetaSource | null } {
  if (subject && subjectIsTitleOrg && isDepartment(subject)) {
    return { level: 'department', source: { how: 'text', note: `the title names a department (${subject})` } };
  }
  if (place?.level) {
    const how = place.how === 'text' ? 'inferred' : place.how;
    return { level: place.level, source: { how, note: `level of ${place.name}${place.code ? ` (${place.code})` : ''}` } };
  }
  const name = place?.name ?? subject;
  const bySuffix = name ? levelBySuffix(leadingPlaces(name).segments.at(-1)?.text ?? name) : null;
  return bySuffix ? { level: bySuffix, source: { how: 'inferred', note: `by the suffix of ${name}` } } : { level: null, source: null };
}
