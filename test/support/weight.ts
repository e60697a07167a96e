// What a page weighs on the wire: its HTML and the stylesheets it links, gzipped (zlib's default
// level, what hosts commonly send), read from a built site's files. Also the same page with its
// stylesheet inlined, to compare a shared, cached stylesheet with none.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { parseHTML } from "linkedom";

/** HTML and CSS of an article page, gzipped: what fits in the first round trip of a connection. */
export const ARTICLE_BUDGET = 14 * 1024;

export interface PageWeight {
  /** Site-relative address: "/2025/11/raid-in-marat/". */
  url: string;
  html: number;
  css: number;
  /** html + css. */
  total: number;
  /** The page with each linked stylesheet in a <style> element in its place. */
  inlined: number;
  stylesheets: string[];
  /** Script files the page loads (src of <script>), before anything the reader does. */
  scripts: string[];
}

export const gzipped = (text: string | Buffer): number => zlib.gzipSync(text).length;

/** The weight of the page at `url` of a site built into `folder` under `base`. */
export function pageWeight(folder: string, url: string, base = "/"): PageWeight {
  const fileOf = (address: string) => {
    const local = address.startsWith(base) ? address.slice(base.length) : address.slice(1);
    return path.join(folder, local.endsWith("/") || local === "" ? `${local}index.html` : local);
  };
  const html = fs.readFileSync(fileOf(`${base}${url.slice(1)}`), "utf8");
  const { document } = parseHTML(html);
  const links = [...document.querySelectorAll('link[rel="stylesheet"]')];
  const stylesheets = links.map((link) => link.getAttribute("href") ?? "");
  const css = stylesheets.map((href) => fs.readFileSync(fileOf(href), "utf8"));
  let inlined = html;
  links.forEach((link, index) => {
    inlined = inlined.replace(link.outerHTML, `<style>${css[index]}</style>`);
  });
  const htmlBytes = gzipped(html);
  const cssBytes = css.reduce((sum, text) => sum + gzipped(text), 0);
  return {
    url,
    html: htmlBytes,
    css: cssBytes,
    total: htmlBytes + cssBytes,
    inlined: gzipped(inlined),
    stylesheets,
    scripts: [...document.querySelectorAll("script[src]")].map(
      (script) => script.getAttribute("src") ?? "",
    ),
  };
}
