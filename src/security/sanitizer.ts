// Raw HTML in article bodies passes an allowlist: the markup an article needs (figures, tables,
// quotations, abbreviations, video players from a few hosts) and nothing that runs code —
// no <script>, no on* handlers, no javascript: addresses, no styles, no forms.
// DOMPurify parses with jsdom, a standards-following HTML parser, so markup cannot be crafted to
// look harmless to the sanitizer yet harmful to a browser.
import { createRequire } from "node:module";
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from "dompurify";
import { SAFE_LINK } from "./links.ts";
import { EMBED_HOSTS } from "./policy.ts";

const ALLOWED_TAGS = [
  // text
  ...["p", "br", "hr", "wbr", "span", "div", "h1", "h2", "h3", "h4", "h5", "h6"],
  ...["a", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark"],
  ...["abbr", "cite", "q", "dfn", "kbd", "samp", "var", "time", "bdi", "bdo", "ruby", "rt", "rp"],
  ...["blockquote", "figure", "figcaption", "pre", "code", "details", "summary"],
  // lists and tables
  ...["ul", "ol", "li", "dl", "dt", "dd"],
  ...["table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"],
  // media
  ...["img", "iframe"],
];

const ALLOWED_ATTR = [
  ...["href", "title", "lang", "dir", "id", "class", "cite", "datetime"],
  ...["src", "alt", "width", "height", "loading"],
  ...["start", "reversed", "type", "value", "open"],
  ...["colspan", "rowspan", "span", "scope", "headers", "abbr"],
  // video players
  ...["allow", "allowfullscreen"],
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_LINK,
  // data-pagefind-* and friends would let a body rewrite how the site indexes it.
  ALLOW_DATA_ATTR: false,
};

// Classes the site's own Markdown renders: code languages and table column alignment.
const ALLOWED_CLASSES: Record<string, RegExp> = {
  CODE: /^language-[\w-]+$/,
  TH: /^align-(left|center|right)$/,
  TD: /^align-(left|center|right)$/,
};

// What an embedded player may do in its frame: play, and open its own site in a new tab.
const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-presentation allow-popups";

let purifier: DOMPurify | undefined;

function purifierOf(): DOMPurify {
  if (purifier) return purifier;
  // Loaded on first use: jsdom takes a second to start, and most bodies have no raw HTML.
  const { JSDOM } = createRequire(import.meta.url)("jsdom") as typeof import("jsdom");
  const instance = createDOMPurify(new JSDOM("").window as unknown as WindowLike);
  instance.addHook("uponSanitizeAttribute", (node, data) => {
    if (data.attrName === "class") {
      data.keepAttr = ALLOWED_CLASSES[node.nodeName]?.test(data.attrValue) ?? false;
    } else if (data.attrName === "src" && node.nodeName === "IFRAME") {
      data.keepAttr = isAllowedEmbed(data.attrValue);
    }
  });
  instance.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName !== "IFRAME") return;
    // A frame from anywhere else is dropped with its fallback content.
    if (!node.hasAttribute("src")) {
      node.parentNode?.removeChild(node);
      return;
    }
    node.setAttribute("sandbox", EMBED_SANDBOX);
    node.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    node.setAttribute("loading", "lazy");
    if (!node.getAttribute("title")) node.setAttribute("title", "Embedded video");
  });
  purifier = instance;
  return instance;
}

function isAllowedEmbed(address: string): boolean {
  try {
    const url = new URL(address.trim());
    return url.protocol === "https:" && EMBED_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/** Only allowed tags and attributes of `html`, as HTML. */
export function sanitizeHtml(html: string): string {
  return purifierOf().sanitize(html, CONFIG) as unknown as string;
}
