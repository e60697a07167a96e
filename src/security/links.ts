// Which addresses the site publishes as links and sources: http(s), mailto and relative ones.
// Anything else (javascript:, data:, vbscript:, file:…) can run code or reach a reader's files,
// and never reaches a page: refused in front matter and settings, dropped in article bodies.

/**
 * An allowed scheme, or no scheme at all: a relative address such as "/about/", "#notes",
 * "../x" or "photo.jpg". A scheme is letters (then letters, digits, + . -) before a colon.
 */
export const SAFE_LINK = /^(?:(?:https?|mailto):|[^a-z]|[a-z][a-z0-9+.-]*(?:[^a-z0-9+.\-:]|$))/i;

// Browsers ignore ASCII white space and control characters around an address and tabs or
// newlines inside it ("java\tscript:" is javascript:), so they are ignored before checking.
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what browsers ignore
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007F]/g;

/** Whether a link address is one the site may publish. */
export function isSafeLink(address: string): boolean {
  return SAFE_LINK.test(address.replace(IGNORED_BY_BROWSERS, ""));
}
