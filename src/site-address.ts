// Absolute addresses, for what leaves the site: feeds, sitemaps, canonical links, social cards
// and structured data. An address is the origin of the site's url (site.yaml, or --url on the
// build) + the path the site is served under (--base) + the page's own path.
export interface SiteAddress {
  /** The site's front page, e.g. https://levant-review.example/news/ */
  root: string;
  /** The host name alone, e.g. levant-review.example */
  hostname: string;
  /** The absolute address of a site-relative path such as /2025/11/raid-in-marat/ */
  absolute(path: string): string;
}

/** @param base the normalised base path, "/" or "/news/" */
export function siteAddress(url: string, base: string): SiteAddress {
  const parsed = new URL(url);
  const root = `${parsed.origin}${base}`;
  return {
    root,
    hostname: parsed.hostname,
    absolute: (path) => `${root}${path.replace(/^\//, "")}`,
  };
}
