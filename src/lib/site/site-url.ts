// The site's public base URL: `site` in astro.config.mjs (env NIANBAO_SITE overrides the default).
// Share links, embed code, citations and download metadata use it — never the address a page
// happens to be served from (a preview server, a mirror).

/** Used when NIANBAO_SITE is not set. */
export const DEFAULT_SITE = 'https://nianbao.cn';

/** The configured site URL (for astro.config and scripts). Trailing slash removed. */
export function configuredSite(env: Record<string, string | undefined> = process.env): string {
  const s = (env.NIANBAO_SITE ?? '').trim() || DEFAULT_SITE;
  return new URL(s).href.replace(/\/$/, '');
}

/** Origin of Astro.site (pages pass it in); falls back to the default site. */
export function siteOrigin(site: URL | undefined): string {
  return (site ?? new URL(DEFAULT_SITE)).origin;
}
