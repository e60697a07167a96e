// The Content Security Policy: what a page of the site may load and run, and nothing more.
// Pages are static HTML; only the search page runs a script (ours, from /assets/), which loads
// Pagefind: its script and worker come from the site, and it compiles WebAssembly, which
// browsers allow only with 'wasm-unsafe-eval'. Nothing inline runs unless its hash is listed.
import { createHash } from "node:crypto";
import type UserConfig from "@11ty/eleventy/UserConfig";

/** Hosts whose video players an article may embed with <iframe> (https only). */
export const EMBED_HOSTS = ["www.youtube-nocookie.com", "www.youtube.com", "player.vimeo.com"];

/** `'sha256-…'` of an inline script, for script-src. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/**
 * The policy as directives. `inlineScripts` are the exact texts of inline scripts a page
 * carries; each is allowed by its hash, never by 'unsafe-inline'.
 */
export function policyDirectives(inlineScripts: readonly string[] = []): [string, string[]][] {
  return [
    ["default-src", ["'none'"]],
    ["script-src", ["'self'", "'wasm-unsafe-eval'", ...inlineScripts.map(scriptHash)]],
    // Pagefind searches in a worker loaded from /pagefind/.
    ["worker-src", ["'self'"]],
    // The search index is fetched from the site.
    ["connect-src", ["'self'"]],
    ["style-src", ["'self'"]],
    // Images an article body links to may live on other https sites.
    ["img-src", ["'self'", "https:"]],
    ["font-src", ["'self'"]],
    ["frame-src", EMBED_HOSTS.map((host) => `https://${host}`)],
    ["form-action", ["'self'"]],
    ["base-uri", ["'none'"]],
  ];
}

/** The policy as a <meta http-equiv> gives it. */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  return policyDirectives(inlineScripts)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * The policy as an HTTP header gives it: the same, plus what only a header can say. Pages
 * may be framed only by the site itself.
 */
export function contentSecurityPolicyHeader(inlineScripts: readonly string[] = []): string {
  return `${contentSecurityPolicy(inlineScripts)}; frame-ancestors 'self'`;
}

export function securityPolicyPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("contentSecurityPolicy", () => contentSecurityPolicy());
}
