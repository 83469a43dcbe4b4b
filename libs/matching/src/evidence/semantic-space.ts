// A latent semantic space (LSA) of English provider evidence, fitted on the providers' own texts: a truncated SVD of
// their IDF-weighted whole profiles. Two texts that share no word but whose words occur with the same other words
// come out close. Nothing is downloaded: the space is derived from the index, like its document frequencies.
//
// Measured on the development sets (see README, matching): English against English only; on Chinese and cross-lingual
// pairs the same cosine lowered nDCG@10 (the lexicon's translations and character bigrams make poor co-occurrence).

/** A provider's whole profile as term ids and tf·idf weights, L2-normalised. */
export interface SemanticRow {
  key: string;
  ids: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/** Latent dimensions kept (50–150 measured alike on CSFCube; fewer is cheaper). */
const DIMENSIONS = 100;
/** Extra random directions and power iterations of the randomized SVD (Halko et al.): enough for a stable top 100. */
const OVERSAMPLING = 10;
const POWER_ITERATIONS = 2;
/** The space is fitted on at most this many providers (a fixed sample by hashed id); the rest are folded in. */
const MAX_ROWS = 4000;
/** At most this many terms span the space (the most frequent among those in at least two sampled profiles). */
const MAX_TERMS = 30000;
/**
 * No space below this many English providers: with few more texts than dimensions the truncation keeps nearly
 * everything and the space only adds noise (the own dev set's ~90 English providers: nDCG@10 0.792 → 0.748 with it).
 */
export const MIN_SEMANTIC_ROWS = 4 * DIMENSIONS;
/** Refitted when the number of English providers has moved by more than this share since the last fit. */
const REFIT_SHARE = 0.25;

export class SemanticSpace {
  /** `dimensions`: latent dimensions kept (fewer only in tests on a toy vocabulary). */
  constructor(private readonly dimensions = DIMENSIONS) {}

  /** Term id → row of `basis`. */
  private columns = new Map<number, number>();
  /** Terms × DIMENSIONS, row-major: each term's direction in the latent space. */
  private basis = new Float32Array(0);
  private fittedRows = 0;
  /** Provider embeddings by slot, computed when first needed after a fit. */
  private readonly embeddings = new Map<number, Float32Array | null>();

  get ready(): boolean {
    return this.fittedRows > 0;
  }

  isStale(rows: number): boolean {
    if (rows < MIN_SEMANTIC_ROWS) return this.ready;
    return !this.ready || Math.abs(rows - this.fittedRows) > this.fittedRows * REFIT_SHARE;
  }

  /**
   * Fits the space on these rows (below MIN_SEMANTIC_ROWS it is cleared). The sample and the random start depend only
   * on the rows' keys and contents, so workers holding the same providers fit the same space.
   */
  fit(rows: SemanticRow[]): void {
    this.embeddings.clear();
    this.fittedRows = 0;
    this.columns = new Map();
    this.basis = new Float32Array(0);
    if (rows.length < MIN_SEMANTIC_ROWS) return;
    const sample = rows
      .map((row) => ({ row, hash: fnv(row.key) }))
      .sort((a, b) => a.hash - b.hash || (a.row.key < b.row.key ? -1 : 1))
      .slice(0, MAX_ROWS)
      .map((s) => s.row);
    const df = new Map<number, number>();
    for (const row of sample)
      for (let i = 0; i < row.ids.length; i++) df.set(row.ids[i], (df.get(row.ids[i]) ?? 0) + 1);
    const vocabulary = [...df]
      .filter(([, n]) => n >= 2 && n <= sample.length / 2)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_TERMS)
      .map(([id]) => id)
      .sort((a, b) => a - b);
    const columns = new Map(vocabulary.map((id, i) => [id, i]));
    const matrix: SparseRow[] = sample.map((row) => {
      const idx: number[] = [];
      const val: number[] = [];
      for (let i = 0; i < row.ids.length; i++) {
        const c = columns.get(row.ids[i]);
        if (c === undefined) continue;
        idx.push(c);
        val.push(row.weights[i]);
      }
      return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
    });
    const directions = truncatedSvd(matrix, vocabulary.length, Math.min(this.dimensions, sample.length - OVERSAMPLING));
    const k = directions.length;
    const basis = new Float32Array(vocabulary.length * this.dimensions);
    for (let j = 0; j < k; j++)
      for (let t = 0; t < vocabulary.length; t++) basis[t * this.dimensions + j] = directions[j][t];
    this.columns = columns;
    this.basis = basis;
    this.fittedRows = rows.length;
  }

  /** A text's direction in the space (its tf·idf weights folded in), L2-normalised; null when no term spans it. */
  embed(ids: ArrayLike<number>, weights: ArrayLike<number>): Float32Array | null {
    if (!this.ready) return null;
    const out = new Float64Array(this.dimensions);
    let any = false;
    for (let i = 0; i < ids.length; i++) {
      const row = this.columns.get(ids[i]);
      if (row === undefined) continue;
      any = true;
      const w = weights[i];
      const at = row * this.dimensions;
      for (let j = 0; j < this.dimensions; j++) out[j] += w * this.basis[at + j];
    }
    if (!any) return null;
    let norm = 0;
    for (const v of out) norm += v * v;
    norm = Math.sqrt(norm);
    return norm > 0 ? Float32Array.from(out, (v) => v / norm) : null;
  }

  /** A provider's embedding, computed once per fit (`row` is read only when it is not cached). */
  embeddingOf(slot: number, row: () => SemanticRow): Float32Array | null {
    let e = this.embeddings.get(slot);
    if (e === undefined) {
      const r = row();
      this.embeddings.set(slot, (e = this.embed(r.ids, r.weights)));
    }
    return e;
  }

  forget(slot: number): void {
    this.embeddings.delete(slot);
  }
}

/** Cosine of two normalised embeddings, 0 when either is missing (negative similarities count as none). */
export function semanticCosine(a: Float32Array | null, b: Float32Array | null): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (let j = 0; j < a.length; j++) dot += a[j] * b[j];
  return Math.max(0, dot);
}

interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/**
 * The top-k right singular vectors of a sparse rows × columns matrix (as k arrays over the columns), by a randomized
 * range finder with power iterations and an eigendecomposition of the small projected matrix.
 */
function truncatedSvd(rows: SparseRow[], columns: number, k: number): Float64Array[] {
  const l = k + OVERSAMPLING;
  const random = seededGaussian(2026);
  const omega = Array.from({ length: l }, () => Float64Array.from({ length: columns }, random));
  let y = times(rows, omega);
  orthonormalise(y);
  for (let i = 0; i < POWER_ITERATIONS; i++) {
    const z = transposeTimes(rows, columns, y);
    orthonormalise(z);
    y = times(rows, z);
    orthonormalise(y);
  }
  const b = transposeTimes(rows, columns, y); // the rows of Qᵀ·A
  const gram = b.map((bi) => b.map((bj) => dotOf(bi, bj)));
  const { values, vectors } = symmetricEigen(gram);
  const order = values
    .map((v, i) => ({ v, i }))
    .sort((p, q) => q.v - p.v)
    .slice(0, k);
  return order
    .filter(({ v }) => v > 1e-12)
    .map(({ v, i }) => {
      const s = Math.sqrt(v);
      const direction = new Float64Array(columns);
      for (let m = 0; m < l; m++) {
        const u = vectors[m][i] / s;
        if (u !== 0) for (let t = 0; t < columns; t++) direction[t] += u * b[m][t];
      }
      return direction;
    });
}

const times = (rows: SparseRow[], vectors: Float64Array[]) =>
  vectors.map((v) =>
    Float64Array.from(rows, (r) => {
      let s = 0;
      for (let i = 0; i < r.idx.length; i++) s += r.val[i] * v[r.idx[i]];
      return s;
    }),
  );

function transposeTimes(rows: SparseRow[], columns: number, vectors: Float64Array[]): Float64Array[] {
  return vectors.map((v) => {
    const out = new Float64Array(columns);
    rows.forEach((r, row) => {
      const x = v[row];
      if (x !== 0) for (let i = 0; i < r.idx.length; i++) out[r.idx[i]] += r.val[i] * x;
    });
    return out;
  });
}

function dotOf(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Modified Gram–Schmidt in place (a vector that becomes zero stays zero). */
function orthonormalise(vectors: Float64Array[]): void {
  vectors.forEach((v, j) => {
    for (let i = 0; i < j; i++) {
      const d = dotOf(v, vectors[i]);
      for (let x = 0; x < v.length; x++) v[x] -= d * vectors[i][x];
    }
    const norm = Math.sqrt(dotOf(v, v));
    if (norm > 1e-12) for (let x = 0; x < v.length; x++) v[x] /= norm;
    else v.fill(0);
  });
}

/** Cyclic Jacobi eigendecomposition of a small symmetric matrix: eigenvalues and eigenvectors as columns. */
function symmetricEigen(matrix: number[][]): { values: number[]; vectors: number[][] } {
  const n = matrix.length;
  const a = matrix.map((r) => [...r]);
  const v: number[][] = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-18) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const kp = a[k][p];
          const kq = a[k][q];
          a[k][p] = c * kp - s * kq;
          a[k][q] = s * kp + c * kq;
        }
        for (let k = 0; k < n; k++) {
          const pk = a[p][k];
          const qk = a[q][k];
          a[p][k] = c * pk - s * qk;
          a[q][k] = s * pk + c * qk;
        }
        for (let k = 0; k < n; k++) {
          const kp = v[k][p];
          const kq = v[k][q];
          v[k][p] = c * kp - s * kq;
          v[k][q] = s * kp + c * kq;
        }
      }
  }
  return { values: a.map((r, i) => r[i]), vectors: v };
}

/** Standard normal draws from a fixed seed (mulberry32 and Box–Muller), so every worker starts from the same matrix. */
function seededGaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() + 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

function fnv(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
