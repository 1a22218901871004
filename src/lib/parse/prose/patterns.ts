// Sentence patterns for figures that pre-2019 reports (and scorecards) state in prose.
// Each pattern names one indicator and is anchored on that indicator's own wording: a wrong
// value is much worse than a missing one, so a figure is taken only where the sentence says
// exactly what it counts. `{N}` is the figure (Arabic or Chinese numeral, with 近/约 … 余/多).

export interface ProsePattern {
  id: string;
  /** Source with {N} for the figure; may contain a named group `u` for the money unit. */
  source: string;
  /** Only for reports of the 2008–2013 period (legacy.* ids). */
  legacyOnly?: boolean;
  /** Rejected when the clause before the match (back to ，。；：) matches this. */
  notBefore?: RegExp;
  /** Rejected when the matched text matches this. */
  reject?: RegExp;
  /** A sentence stating that nothing happened: the value is `zero` and the whole match is the span. */
  zero?: boolean;
  /**
   * Words every match contains (literally, outside optional parts): a text without one of them is
   * not scanned. For the patterns that start with {N}, which the regex engine must try at every
   * position of the text.
   */
  needs?: string[];
}

// a figure with thousands separators (12,345; clean maps ，between digits to ,) is one figure
export const NUM =
  '(?<pre>近|约|大约|将近)?\\s*(?<![\\d.,第每])(?<n>\\d{1,3}(?:,\\d{3})+(?![\\d,])(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)(?<post>余|多)?';

const COUNT = '[件条个起份]';
const LEAD = /负责(人|同志)参加/;
const SUB_UNIT = /累计|历年|截至|截止|各单位|各部门|各乡镇|乡镇|县直|区直|市直|部门|网站/;

export const PATTERNS: ProsePattern[] = [
  // 一、主动公开
  { id: 'active.total', source: '主动公开(?:各类)?政府信息(?:数|总数)?(?:为|达|共|共计)?{N}条', notBefore: SUB_UNIT },
  { id: 'active.normative_docs', source: '(?<!制发)(?<!制发的)(?:主动)?公开(?:的)?规范性文件(?:数)?(?:为|共)?{N}[条件份]' },
  { id: 'active.normative_docs_issued', source: '制发(?:的)?规范性文件(?:总数|数)?(?:为|共)?{N}[件条份]' },
  { id: 'active.channel.website', source: '政府网站公开政府信息(?:数)?(?:为|共)?{N}条' },
  { id: 'active.channel.gazette', source: '(?:通过)?政府公报公开(?:政府信息)?(?:数)?(?:为|共)?{N}条' },
  { id: 'active.channel.weibo', source: '微博公开(?:政府)?信息(?:数)?(?:为|共)?{N}条' },
  { id: 'active.channel.wechat', source: '微信公开(?:政府)?信息(?:数)?(?:为|共)?{N}条' },
  { id: 'active.channel.other', source: '其他方式公开(?:政府)?信息(?:数)?(?:为|共)?{N}条' },
  // 二、回应解读
  { id: 'response.hot_topics', source: '回应(?:公众关注)?热点(?:或重大舆情)?(?:数)?(?:为|共)?{N}次' },
  { id: 'response.press_conferences', source: '{N}[次场](?:新闻发布会)', notBefore: LEAD, needs: ['新闻发布会'] },
  { id: 'response.press_conferences', source: '参加或举办新闻发布会(?:总次数|总数)?(?:为|共)?{N}次' },
  { id: 'response.press_conferences.leaders', source: '主要负责(?:人|同志)参加新闻发布会(?:次数)?(?:为|共)?{N}次' },
  { id: 'response.online_interviews', source: '在线访谈(?:次数)?(?:为|共)?{N}次', notBefore: LEAD },
  { id: 'response.online_interviews.leaders', source: '主要负责(?:人|同志)参加(?:政府网站)?在线访谈(?:次数)?(?:为|共)?{N}次' },
  { id: 'response.policy_interpretations', source: '政策解读(?:稿件|文章)?(?:发布数)?(?:为|共)?{N}[篇条]' },
  { id: 'response.policy_interpretations', source: '{N}[篇条]政策解读(?:稿件|信息|文章)', needs: ['政策解读'] },
  { id: 'response.weibo_wechat', source: '微博[、和及]?微信回应(?:事件)?(?:数)?(?:为|共)?{N}次' },
  { id: 'response.other', source: '其他方式回应(?:事件)?(?:数)?(?:为|共)?{N}次' },
  // 三、依申请公开
  { id: 'requests.received', source: `(?:受理|收到|接到)(?:有关)?政府信息公开(?:的)?申请(?:共)?(?:数)?(?:为)?{N}${COUNT}` },
  { id: 'requests.received', source: `(?:受理|收到|接到)(?:了)?{N}${COUNT}(?:依申请公开(?:政府信息)?|政府信息公开)申请` },
  {
    id: 'requests.received',
    source: '(?:未|没有)(?:收到|接到|受理)[^。；;，,]{0,12}?(?:政府信息公开|申请公开)(?:的)?(?:申请|要求)',
    zero: true,
    reject: /复议|诉讼/,
  },
  { id: 'requests.received.in_person', source: `当面申请(?:数)?(?:为|共)?{N}${COUNT}` },
  { id: 'requests.received.fax', source: `(?<!、)传真申请(?:数)?(?:为|共)?{N}${COUNT}` },
  { id: 'requests.received.mail', source: `信函申请(?:数)?(?:为|共)?{N}${COUNT}` },
  { id: 'legacy.requests.received.email', source: `电子邮件申请(?:数)?(?:为|共)?{N}${COUNT}`, legacyOnly: true },
  { id: 'legacy.requests.received.web', source: `网上申请(?:数)?(?:为|共)?{N}${COUNT}`, legacyOnly: true },
  { id: 'requests.answered', source: '对(?:依申请公开|申请|政府信息公开申请)的答复(?:总)?数(?:为|共)?{N}[件条]' },
  { id: 'requests.answered.granted', source: '(?<![不分])[“"]?同意公开[”"]?(?:答复数|的)?(?:为|共)?{N}[件条]' },
  { id: 'requests.answered.partial', source: '同意部分公开[”"]?(?:答复数|的)?(?:为|共)?{N}[件条]' },
  { id: 'requests.answered.denied', source: '不同意公开[”"]?(?:答复数|的)?(?:为|共)?{N}[件条]' },
  // 五、行政诉讼 (outcomes only in a sentence about 行政诉讼, never across a 复议 clause)
  { id: 'litigation.total', source: '(?:参与|发生|被提起|提起|涉及|应诉)行政诉讼(?:案件)?(?:共)?{N}[起件个]' },
  { id: 'litigation.upheld', source: '行政诉讼[^。；;复]{0,40}?维持具体行政行为(?:或者?驳回原告诉讼请求)?(?:数)?{N}[起件]' },
  { id: 'litigation.corrected', source: '行政诉讼[^。；;复]{0,60}?被依法纠错(?:数)?{N}[起件]' },
  { id: 'litigation.other', source: '行政诉讼[^。；;复]{0,60}?其他情形(?:数)?{N}[起件]' },
  // 八、机构建设和保障经费
  { id: 'org.units', source: '政府信息公开(?:工作)?专门机构(?:数)?(?:有|为|共)?{N}个' },
  { id: 'org.reading_points', source: '政府信息公开查阅(?:点|场所)(?:数)?(?:有|为|共)?{N}[个处]' },
  { id: 'org.staff', source: '从事政府信息公开工作(?:的)?人员(?:数)?(?:有|为|共)?{N}[人名]' },
  { id: 'org.staff', source: '配备(?:了)?(?:政府信息公开)?工作人员(?:共)?{N}[人名]' },
  { id: 'org.staff', source: '配备(?:了)?{N}名(?:政府信息公开)?工作人员' },
  { id: 'org.staff.full_time', source: '(?:专职|全职)(?:工作)?人员(?:数)?(?:[(（][^)）]{0,40}[)）])?(?:有|为|共)?{N}[人名]' },
  { id: 'org.staff.part_time', source: '兼职(?:工作)?人员(?:数)?(?:有|为|共)?{N}[人名]' },
  {
    id: 'org.budget',
    source: '政府信息公开(?:工作)?(?:专项)?经费(?:共计|为|共|计)?(?:[(（][^)）]{0,60}[)）])?{N}(?<u>万元|元)',
  },
  // 九、会议和培训
  { id: 'training.meetings', source: '召开(?:了)?政府信息公开(?:工作)?会议(?:或专题会议)?(?:数)?(?:共)?{N}次' },
  { id: 'training.sessions', source: '举办(?:了)?(?:各类)?(?:政府信息公开)?(?:业务)?培训班(?:数)?(?:共)?{N}[次期个场]' },
  { id: 'training.trainees', source: '{N}人(?:次)?接受(?:了)?(?:政府)?信息公开(?:业务)?培训', needs: ['接受', '培训'] },
  { id: 'training.trainees', source: '接受培训(?:人员)?(?:数)?(?:共)?{N}人次?' },
  // 2008–2013 forms
  { id: 'legacy.consult.page_views', source: '专栏访问量(?:达|为|共)?{N}人次', legacyOnly: true },
];

export interface CompiledPattern extends ProsePattern {
  re: RegExp;
  /**
   * For a pattern that starts with {N} and needs a word: that word, and the characters a match can
   * hold before it (the figure's and the literal text's between {N} and the word). A match then
   * starts inside the run of such characters just before an occurrence of the word, so the scan
   * starts each search there instead of at every position of the text (scan.ts figuresOf).
   */
  anchor?: { word: string; before: (c: string) => boolean };
}

// A pattern that starts with {N} may start its match on a run of blanks (\s* before the figure;
// masked tables are long blank runs). A match that starts inside such a run always has one that
// starts where the run starts, which the scan tries first, so starts inside a run are skipped up
// front: same matches, without rescanning the run from each of its positions (quadratic).
const NOT_MID_BLANKS = '(?!(?<=\\s)\\s)';

// every character {N} can match: blanks, digits, separators, Chinese numerals, 近/约/大约/将近, 余/多
const NUM_CHARS = new Set('0123456789.,零〇一二两三四五六七八九十百千万近约大将余多');

function anchorOf(p: ProsePattern): CompiledPattern['anchor'] {
  const word = p.needs?.[0];
  if (!p.source.startsWith('{N}') || !word) return undefined;
  const at = p.source.indexOf(word);
  const glue = at < 0 ? '\\' : p.source.slice(3, at);
  // only a glue of literal characters, classes and groups (every character it can match is written in it)
  if (glue.includes('\\') || glue.includes('.')) return undefined;
  const chars = new Set([...NUM_CHARS, ...glue]);
  const before = (c: string): boolean => chars.has(c) || /\s/.test(c);
  // the word's first character must not be one of them (so a run before one occurrence never spans another)
  return before(word[0]!) ? undefined : { word, before };
}

export const COMPILED: CompiledPattern[] = PATTERNS.map((p) => ({
  ...p,
  re: new RegExp((p.source.startsWith('{N}') ? NOT_MID_BLANKS : '') + p.source.replace('{N}', NUM), 'gd'),
  anchor: anchorOf(p),
}));
