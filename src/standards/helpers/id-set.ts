/** Ids per page of the bitmap: 65 536 bits, 8 KB. */
const PAGE_BITS = 16;
const PAGE_WORDS = (1 << PAGE_BITS) / 32;

/**
 * A set of portal ids (deals with an open activity, deals bound to an NPS task …) in one bit per id:
 * Bitrix24 ids grow one by one, so a million deals fit in about 128 KB where a Set of numbers takes tens
 * of megabytes. Pages of the bitmap exist only where ids are; anything that is not a non-negative
 * whole number (never seen in practice) goes to a plain Set.
 */
export class IdSet {
  private readonly pages = new Map<number, Uint32Array>();
  private readonly odd = new Set<number>();

  add(id: number): void {
    if (!Number.isSafeInteger(id) || id < 0) {
      this.odd.add(id);
      return;
    }
    const key = Math.floor(id / 65_536);
    let page = this.pages.get(key);
    if (!page) {
      page = new Uint32Array(PAGE_WORDS);
      this.pages.set(key, page);
    }
    const bit = id % 65_536;
    page[bit >>> 5] = (page[bit >>> 5] as number) | (1 << (bit & 31));
  }

  has(id: number): boolean {
    if (!Number.isSafeInteger(id) || id < 0) return this.odd.has(id);
    const page = this.pages.get(Math.floor(id / 65_536));
    if (!page) return false;
    const bit = id % 65_536;
    return ((page[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }

  /** The ids in ascending order (the odd ones, negative or fractional, first). */
  *ascending(): Generator<number> {
    yield* [...this.odd].sort((a, b) => a - b);
    for (const key of [...this.pages.keys()].sort((a, b) => a - b)) {
      const page = this.pages.get(key) as Uint32Array;
      for (let w = 0; w < PAGE_WORDS; w++) {
        let word = page[w] as number;
        while (word !== 0) {
          const low = word & -word;
          const bit = 31 - Math.clz32(low);
          yield key * 65_536 + w * 32 + bit;
          word ^= low;
        }
      }
    }
  }
}
