// Row label → indicator id, built from the catalog (zh, label_full, aliases — the label variants
// of the older local forms are aliases there too). Matching is by normalised label, never by position.
import { indicators, type Indicator } from '../../catalog/index.ts';

const UNIT_TAIL = /(人次|万元|元|条|件|次|篇|个|人|项)$/;

/** Normalise a printed row label: drop numbering, 其中, parentheticals, spaces and quotes. */
export function normaliseLabel(label: string): string {
  let s = label.replace(/\s+/g, '');
  s = s.replace(/[“”"‘’']/g, '');
  s = s.replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/：/g, ':');
  // parentheticals (possibly unclosed at the end after wrapping)
  s = s.replace(/\([^()]*\)/g, (m, off: number) => (off === 0 && /^\([一二三四五六七八九十\d]+\)$/.test(m) ? m : ''));
  s = s.replace(/\([^()]*$/, '');
  for (let i = 0; i < 3; i++) {
    s = s
      .replace(/^其中[:,，]?/, '')
      .replace(/^\([一二三四五六七八九十]+\)/, '')
      .replace(/^\(\d+\)/, '')
      .replace(/^[一二三四五六七八九十]+[、.]/, '')
      .replace(/^\d+[.、]/, '')
      .replace(/^[㈠-㈩⒈-⒛]/, '');
  }
  return s.replace(/[:：]$/, '');
}

/** The label with a trailing unit removed (stream layouts print 主动公开信息数条). */
export function stripUnit(label: string): { label: string; unit: string | null } {
  const m = UNIT_TAIL.exec(label);
  if (!m || m.index === 0) return { label, unit: null };
  return { label: label.slice(0, m.index), unit: m[1]! };
}

interface Entry {
  id: string;
  ind: Indicator;
}

let index: Map<string, Entry[]> | null = null;

function add(map: Map<string, Entry[]>, key: string, e: Entry): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.some((x) => x.id === e.id)) list.push(e);
  map.set(key, list);
}

function buildIndex(): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const ind of indicators) {
    if (ind.template !== 'pre2019') continue;
    const e = { id: ind.id, ind };
    const labels = [ind.zh, ind.label_full, ...ind.aliases];
    for (const l of labels) add(map, normaliseLabel(l), e);
  }
  return map;
}

export interface LabelMatch {
  id: string;
  kind: Indicator['kind'];
  section: string;
  unit: string | null;
}

/** All catalog entries whose normalised label equals the row's. */
export function candidates(label: string): LabelMatch[] {
  index ??= buildIndex();
  const n = normaliseLabel(label);
  let list = index.get(n);
  if (!list) {
    const { label: bare } = stripUnit(n);
    list = bare !== n ? index.get(bare) : undefined;
  }
  return (list ?? []).map((e) => ({ id: e.id, kind: e.ind.kind, section: e.ind.section, unit: e.ind.unit }));
}

export interface MatchContext {
  /** Section (catalog `section`) of the last row that matched one id. */
  section: string | null;
  /** Normalised labels of every row in the table (to see whether an 电子邮件 row exists). */
  allLabels: string[];
}

/** The one id a row label stands for in its context, or null. */
export function matchRow(label: string, ctx: MatchContext): LabelMatch | null {
  const list = candidates(label);
  if (list.length <= 1) return list[0] ?? null;
  const ids = new Set(list.map((m) => m.id));
  // 网上申请数 / 电子邮件申请数: separate legacy rows when the form has both, otherwise the 2014 网络申请 row.
  const legacy = list.find((m) => m.id === 'legacy.requests.received.web' || m.id === 'legacy.requests.received.email');
  if (legacy && ids.has('requests.received.online')) {
    const hasEmail = ctx.allLabels.some((l) => /电子邮件/.test(l));
    const hasWeb = ctx.allLabels.some((l) => /网上(填表)?申请/.test(l));
    return hasEmail && hasWeb ? legacy : (list.find((m) => m.id === 'requests.received.online') ?? null);
  }
  // Same label in two sections (被依法纠错数, 其他情形数): take the current section.
  if (ctx.section) {
    const inSection = list.filter((m) => sameSection(m.section, ctx.section!));
    if (inSection.length === 1) return inSection[0]!;
  }
  return null;
}

function sameSection(a: string, b: string): boolean {
  return a === b || stripLegacy(a) === stripLegacy(b);
}

function stripLegacy(s: string): string {
  return s.replace(/^[一二三四五六七八九十]+、/, '').replace(/\(2008-2013.*\)$/, '');
}
