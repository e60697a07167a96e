// The one slug function of the site: URLs for articles, keywords, outlets and translators.
import slugifyLibrary from "@sindresorhus/slugify";

// Apostrophes and Arabic transliteration marks vanish instead of splitting a word:
// "al-Sina’a" becomes "al-sinaa", not "al-sina-a".
const APOSTROPHES = /['’‘ʼʻ`´ʿʾ]/g;

// The same few hundred keywords, outlets and translators recur in every article, and the
// library builds its regular expressions anew on each call: remember each name's slug.
const slugs = new Map<string, string>();
// Most file names are slugs already ("raid-in-marat"): the library would return them unchanged.
const ALREADY_A_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A lowercase, ASCII, hyphenated slug; Arabic script is transliterated ("حلب" → "hlb"). */
export function slugify(text: string): string {
  if (ALREADY_A_SLUG.test(text)) return text;
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = slugifyLibrary(text.normalize("NFC").replace(APOSTROPHES, ""));
    slugs.set(text, slug);
  }
  return slug;
}

/**
 * The form under which two spellings count as the same name: case, diacritics, apostrophes,
 * punctuation and spacing folded. "Al-Sina’a", "al-Sina'a" and "Al-Sinaa" share one.
 */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(APOSTROPHES, "")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
