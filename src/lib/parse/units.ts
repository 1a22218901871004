// Unit conversion of printed amounts: the one place 元 becomes 万元 (tables of both templates, prose).

/** Decimal places of a number as JavaScript prints it (1234.5 → 1, 3e-7 → 7). */
function decimalsOf(x: number): number {
  const [mantissa = '', exp] = String(x).split('e');
  const frac = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, frac - Number(exp ?? 0));
}

/** 元 → 万元, exact to the printed precision: 1234.56 元 → 0.123456 万元 (4 more decimals, no float noise). */
export function yuanToWan(yuan: number): number {
  return Number((yuan / 10000).toFixed(Math.min(decimalsOf(yuan) + 4, 100)));
}
