// Similarity between weighted term bags, and corpus statistics for IDF weighting.

/** Cosine similarity of two sparse vectors; 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

/** Norms of bags already seen: a need's bag is compared with hundreds of candidates, a cached provider's with many needs. */
const norms = new WeakMap<ReadonlyMap<string, number>, { size: number; value: number }>();

function norm(vector: ReadonlyMap<string, number>): number {
  const known = norms.get(vector);
  if (known && known.size === vector.size) return known.value;
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  const value = Math.sqrt(sum);
  norms.set(vector, { size: vector.size, value });
  return value;
}

/**
 * Document frequencies over a corpus of bags. `idf` is smoothed,
 * ln((1 + N) / (1 + df)) + 1, so it is at least 1 and unseen terms get the
 * highest value; `weigh` multiplies a bag by it, damping terms every
 * document shares (系统, "system").
 */
export class TermStatistics {
  private readonly documentFrequency = new Map<string, number>();
  private documents = 0;

  /** Counts one document; each distinct term counts once. */
  add(bag: ReadonlyMap<string, number> | Iterable<string>): void {
    this.documents++;
    const terms = bag instanceof Map ? bag.keys() : (bag as Iterable<string>);
    for (const term of new Set(terms)) {
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
  }

  get documentCount(): number {
    return this.documents;
  }

  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log((1 + this.documents) / (1 + df)) + 1;
  }

  /** A copy of the bag with every weight multiplied by its term's IDF. */
  weigh(bag: ReadonlyMap<string, number>): Map<string, number> {
    const weighted = new Map<string, number>();
    for (const [term, weight] of bag) weighted.set(term, weight * this.idf(term));
    return weighted;
  }
}
