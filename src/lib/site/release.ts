// What a build of the data is: its version, the date it was made and the licence it is published
// under. Ingest writes it to /data/release.json and at the top of /data/README.txt (the metadata of
// every CSV); /data/ and the 如何引用 blocks show it.

export interface Licence {
  id: string;
  zh: string;
  url: string;
}

/** The compiled data (values, flags, provenance, checks) is published under CC BY 4.0; the report
 * texts themselves are government information published by their issuers. */
export const LICENCE: Licence = {
  id: 'CC-BY-4.0',
  zh: '知识共享署名 4.0 国际许可协议（CC BY 4.0）',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
};

export const LICENCE_NOTE = '报告原文的著作权归发布机关；本站整理的数据（数值、标记、出处、检查结果）可自由使用，请注明来源“年报对比 Nianbao”。';

export interface Release {
  /** package.json version */
  package: string;
  /** package version + the first 8 hex digits of the ingest fingerprint (same inputs, parser and catalog = same version). */
  version: string;
  /** YYYY-MM-DD (UTC) the data was built. */
  date: string;
  licence: Licence;
}

export function makeRelease(packageVersion: string, fingerprint: string, at: Date): Release {
  const hash = /^[0-9a-f]{8,}$/i.test(fingerprint) ? `+${fingerprint.slice(0, 8).toLowerCase()}` : '';
  return { package: packageVersion, version: `${packageVersion}${hash}`, date: at.toISOString().slice(0, 10), licence: LICENCE };
}

/** The lines that head README.txt. */
export function releaseLines(r: Release): string[] {
  return [`数据版本：${r.version}`, `生成日期：${r.date}`, `许可：${r.licence.zh} ${r.licence.url}`, LICENCE_NOTE];
}

/** Reads /data/release.json back (null when it is not one). */
export function parseRelease(json: string): Release | null {
  try {
    const x = JSON.parse(json) as Partial<Release>;
    if (typeof x.version !== 'string' || typeof x.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x.date)) return null;
    return { package: typeof x.package === 'string' ? x.package : x.version.split('+')[0]!, version: x.version, date: x.date, licence: LICENCE };
  } catch {
    return null;
  }
}

/** When the build happens: SOURCE_DATE_EPOCH (seconds, for reproducible builds) or now. */
export function buildTime(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
  const s = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(s) ? new Date(s * 1000) : now;
}
