// The one slug function of the site: URLs for articles, keywords, outlets and translators.
import slugifyLibrary from "@sindresorhus/slugify";

// Apostrophes and Arabic transliteration marks vanish instead of splitting a word:
// "al-Sina’a" becomes "al-sinaa", not "al-sina-a".
const APOSTROPHES = /['’‘ʼʻ`´ʿʾ]/g;

/** A lowercase, ASCII, hyphenated slug; Arabic script is transliterated ("حلب" → "hlb"). */
export function slugify(text: string): string {
  return slugifyLibrary(text.normalize("NFC").replace(APOSTROPHES, ""));
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
