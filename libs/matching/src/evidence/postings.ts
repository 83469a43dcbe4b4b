/**
 * The evidence index's postings (slots per term term id). Most live in one frozen array, term t's slots at
 * `frozen[start[t]] … frozen[start[t + 1] - 1]`: at 62 500 providers there are tens of millions of entries, 4 bytes
 * each here against 8 and a header per term as JavaScript arrays. Slots added since the last freeze sit in small
 * arrays until the next one, which also drops the slots of removed providers.
 */
export class Postings {
  private static readonly MIN_REFREEZE = 1 << 20;
  frozen = new Int32Array(0);
  private start = new Int32Array(1);
  private recent: number[][] = [];
  private recentCount = 0;

  constructor(private readonly alive: (slot: number) => boolean) {}

  get size(): number {
    return this.frozen.length + this.recentCount;
  }

  add(term: number, slot: number): void {
    (this.recent[term] ??= []).push(slot);
    this.recentCount++;
  }

  /** Where the term's frozen slots begin and end in `frozen` (empty for a term frozen before it existed). */
  from(term: number): number {
    return term + 1 < this.start.length ? this.start[term] : 0;
  }

  to(term: number): number {
    return term + 1 < this.start.length ? this.start[term + 1] : 0;
  }

  recentOf(term: number): number[] | undefined {
    return this.recent[term];
  }

  /** Freezes when the small arrays have grown to a quarter of the frozen ones (amortised: each entry is copied a few times). */
  freezeIfDue(termCount: number): void {
    if (this.recentCount >= Math.max(Postings.MIN_REFREEZE, this.frozen.length / 4)) this.freeze(termCount);
  }

  freeze(termCount: number): void {
    const start = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++)
      start[t + 1] = start[t] + (this.to(t) - this.from(t)) + (this.recent[t]?.length ?? 0);
    const frozen = new Int32Array(start[termCount]);
    let at = 0;
    for (let t = 0; t < termCount; t++) {
      start[t] = at;
      for (let i = this.from(t); i < this.to(t); i++) if (this.alive(this.frozen[i])) frozen[at++] = this.frozen[i];
      for (const slot of this.recent[t] ?? []) if (this.alive(slot)) frozen[at++] = slot;
    }
    start[termCount] = at;
    this.frozen = frozen.slice(0, at);
    this.start = start;
    this.recent = [];
    this.recentCount = 0;
  }
}
