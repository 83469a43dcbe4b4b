/**
 * A provider's documents stored by whole-profile position: for position p of the provider's whole vector, the
 * documents holding that term are `doc[start[p]] … doc[start[p + 1] - 1]` (ascending), with their quantised tf weights
 * beside them. Scoring a candidate then costs the few positions the query hits instead of every term of every
 * document (a provider with 60 publications has ten times as many document entries as query hits), and the
 * additions into each document's dot product and norm happen in the same order as a walk over that document alone.
 */
export interface DocumentTable {
  start: Uint16Array | Int32Array;
  doc: Uint16Array | Int32Array;
  weights: Uint16Array;
  /** Entries per document, and the largest of them. */
  lengths: Int32Array;
  longest: number;
  /** Each document's IDF-weighted norm under the statistics of `normEpoch`. */
  norms: Float64Array;
  normEpoch: number;
}

/** Typed arrays carved out of larger shared chunks (see the index's arena). */
export interface TableArena {
  ids(length: number): Int32Array;
  positions(length: number): Uint16Array;
  weights(length: number): Uint16Array;
  floats(length: number): Float64Array;
}

/**
 * `documents[d]`: document d's entries as [position in the whole vector, quantised weight], positions ascending and
 * each below `wholeLength`.
 */
export function documentTable(
  documents: (readonly [number, number])[][],
  wholeLength: number,
  arena: TableArena,
): DocumentTable {
  const next = new Int32Array(wholeLength + 1);
  for (const entries of documents) for (const [position] of entries) next[position + 1]++;
  for (let p = 0; p < wholeLength; p++) next[p + 1] += next[p];
  const total = next[wholeLength];
  const start = total <= 0xffff ? arena.positions(wholeLength + 1) : arena.ids(wholeLength + 1);
  start.set(next);
  const doc = documents.length <= 0xffff ? arena.positions(total) : arena.ids(total);
  const weights = arena.weights(total);
  const lengths = arena.ids(documents.length);
  let longest = 0;
  documents.forEach((entries, d) => {
    lengths[d] = entries.length;
    longest = Math.max(longest, entries.length);
    for (const [position, weight] of entries) {
      const at = next[position]++;
      doc[at] = d;
      weights[at] = weight;
    }
  });
  return { start, doc, weights, lengths, longest, norms: arena.floats(documents.length), normEpoch: -1 };
}

/** Where document d's entry for position p is in the table, or -1. */
export function entryOf(table: DocumentTable, position: number, d: number): number {
  let lo = table.start[position];
  let hi = table.start[position + 1] - 1;
  const doc = table.doc;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = doc[mid];
    if (v === d) return mid;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
