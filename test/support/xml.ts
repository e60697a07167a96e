// Feeds and sitemaps as a feed reader or a crawler reads them: checked for well-formedness, then
// parsed with a real XML parser.
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Elements that may repeat, always returned as lists. */
const REPEATED = new Set(["entry", "link", "author", "contributor", "category", "url", "sitemap"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

// biome-ignore lint/suspicious/noExplicitAny: tests walk parsed XML freely and assert on it.
export type Xml = any;

/** Parses XML text, failing with the parser's message when it is not well-formed. */
export function parseXml(text: string): Xml {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  }
  return parser.parse(text);
}
