// Right-to-left names inside left-to-right pages. In markup a name is isolated with <bdi>; in
// plain text (a page's <title>, a description) with the Unicode isolate marks FSI…PDI, so a
// count or a dash after an Arabic name stays on its side: "حلب – Site", not "Site – حلب".

const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

/** The text isolated from what surrounds it when it holds right-to-left letters; else as is. */
export function isolate(text: string): string {
  return RIGHT_TO_LEFT.test(text)
    ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`
    : text;
}
