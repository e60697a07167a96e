// The one slug function of the site: URLs for articles, keywords, outlets and translators.
import slugifyLibrary from "@sindresorhus/slugify";

// Apostrophes and Arabic transliteration marks vanish instead of splitting a word:
// "al-Sina’a" becomes "al-sinaa", not "al-sina-a".
const APOSTROPHES = /['’‘ʼʻ`´ʿʾ]/g;

// Arabic vowel marks (tashkeel, Quranic marks) and the kashida stretch (ـ) change how a word
// looks, not which word it is: "مُحَمَّد", "محـمد" and "محمد" are one name with one address.
const ARABIC_MARKS = /[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;

// Letters of Arabic-script languages (Kurdish, Persian, Urdu) the transliteration library
// leaves out: without these, "ڤ" would give no address and "گەل" would give "g-l".
const ARABIC_SCRIPT_LETTERS: [string, string][] = [
  ["ٱ", "a"],
  ["ە", "e"],
  ["ێ", "e"],
  ["ۓ", "e"],
  ["ڕ", "r"],
  ["ڵ", "l"],
  ["ۆ", "o"],
  ["ۇ", "u"],
  ["ۋ", "v"],
  ["ڤ", "v"],
  ["ڨ", "g"],
  ["ڭ", "ng"],
];

/**
 * A lowercase, ASCII, hyphenated slug; Arabic script is transliterated ("حلب" → "hlb"). Empty
 * when the text has no letters or digits that can be written in ASCII (emoji, Hebrew, Chinese):
 * callers must treat "" as "no address".
 */
export function slugify(text: string): string {
  if (ALREADY_A_SLUG.test(text)) return text;
  // NFKC: ligatures (ﬁ) and Arabic presentation forms (ﻻ) become the letters they stand for.
  const cleaned = text.normalize("NFKC").replace(ARABIC_MARKS, "").replace(APOSTROPHES, "");
  if (ASCII.test(cleaned)) return asciiSlug(cleaned);
  let slug = slugs.get(cleaned);
  if (slug === undefined) {
    slug = slugifyLibrary(cleaned, { customReplacements: ARABIC_SCRIPT_LETTERS });
    slugs.set(cleaned, slug);
  }
  return slug;
}

// Most file names are slugs already ("raid-in-marat"): the library would return them unchanged.
const ALREADY_A_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// The library tries some 2,000 replacements, each a new pattern, on every call (about 0.7 ms):
// 5 s of a 2,000-article build when every subheading went through it. Plain ASCII (nearly every
// English headline, subheading and keyword) needs none of them: asciiSlug gives the library's
// result by the library's own steps (test/slug.test.ts compares the two on thousands of texts).
// Other text goes to the library once per distinct text: names recur in thousands of articles.
const ASCII = /^[ -~\t\n\r]*$/;
const slugs = new Map<string, string>();

function asciiSlug(text: string): string {
  return (
    text
      // The library's one ASCII replacement, and the ASCII accent it drops (` went above).
      .replace(/&/g, " and ")
      .replace(/\^/g, "")
      // Words run together in camel case become separate words: "McDonald" → "Mc Donald".
      .replace(/([A-Z]{2,})(\d+)/g, "$1 $2")
      .replace(/([a-z\d]+)([A-Z]{2,})/g, "$1 $2")
      .replace(/([a-z\d])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-rt-z\d]+)/g, "$1 $2")
      .toLowerCase()
      .replace(/[^a-z\d]+/g, "-")
      .replace(/^-|-$/g, "")
  );
}

// Persian keyboards type their own yeh and kaf in Arabic words (سوریا for سوريا), and alef
// wasla (ٱ) is a plain alef written with a mark: the same letters for matching names.
const ARABIC_VARIANTS: Record<string, string> = { ی: "ي", ک: "ك", ٱ: "ا" };

/**
 * The form under which two spellings count as the same name: case, diacritics, apostrophes,
 * punctuation and spacing folded. "Al-Sina’a", "al-Sina'a" and "Al-Sinaa" share one.
 */
export function foldName(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    folds.set(text, folded);
  }
  return folded;
}

// Names recur in thousands of articles, like slugs.
const folds = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(ARABIC_MARKS, "")
    .replace(/[یکٱ]/g, (letter) => ARABIC_VARIANTS[letter] ?? letter)
    .replace(APOSTROPHES, "")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
