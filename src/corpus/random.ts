// Seeded randomness for the corpus generator: the same seed gives the same numbers on every
// machine and Node version, so a generated corpus is reproducible byte for byte.

/** A 32-bit hash of text (FNV-1a), to turn a seed and a salt into generator state. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** A generator for `seed`; `stream` gives independent sequences from one seed. */
  constructor(seed: string, stream = "") {
    this.#a = hash(`a${seed}\u0000${stream}`);
    this.#b = hash(`b${seed}\u0000${stream}`);
    this.#c = hash(`c${seed}\u0000${stream}`);
    this.#d = hash(`d${seed}\u0000${stream}`) | 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A number in [0, 1) (the sfc32 generator). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/**
 * Draws items with Zipf-like frequencies: the item at rank r (from 1) comes up in proportion to
 * 1 / r^exponent, or in proportion to the weights given. A few items are everywhere, most are rare.
 */
export class Zipf<T> {
  readonly items: readonly T[];
  #cumulative: Float64Array;

  constructor(items: readonly T[], exponent = 1, weights?: readonly number[]) {
    if (items.length === 0) throw new Error("Zipf needs at least one item");
    this.items = items;
    this.#cumulative = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total += weights?.[i] ?? 1 / (i + 1) ** exponent;
      this.#cumulative[i] = total;
    }
  }

  draw(random: Random): T {
    const target = random.next() * (this.#cumulative[this.#cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#cumulative[middle] ?? 0) <= target) low = middle + 1;
      else high = middle;
    }
    return this.items[low] as T;
  }

  /** `count` different items (fewer if there are not that many). */
  drawDistinct(random: Random, count: number): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, this.items.length);
    for (let tries = 0; chosen.size < wanted && tries < wanted * 50; tries++) {
      chosen.add(this.draw(random));
    }
    return [...chosen];
  }
}
