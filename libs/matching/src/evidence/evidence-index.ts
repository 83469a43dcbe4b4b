// An in-memory inverted index of provider evidence with the corpus statistics it needs (document frequencies
// over providers' whole profiles). Recall and lexical scoring for a need run here, in one pass over the postings
// of the need's terms, instead of one search request per term.
import { ENGLISH_STOPWORDS } from '@app/text';
import type { ProviderFacts } from '../ranker/facts';
import { DocumentTable, documentTable, entryOf } from './document-table';
import { isMostlyChinese, termWeights, TermCounts } from './evidence-terms';
import { Postings } from './postings';
import { SemanticRow, semanticCosine, SemanticSpace } from './semantic-space';

/** One document of a provider's evidence: its profile text, a capability or a publication. */
export interface EvidenceDocument {
  kind: 'profile' | 'capability' | 'publication';
  /** The capability's id, or the publication's position; null for the profile text. */
  ref: string | null;
  title: string;
  /** A publication's year, when known. */
  year?: number | null;
  counts: TermCounts;
}

export interface ProviderEvidenceInput {
  id: string;
  revision: number;
  /** Declared fields of the provider and its capabilities, as written. */
  fields: string[];
  facts: ProviderFacts;
  documents: EvidenceDocument[];
}

/** How a need's text meets one provider's evidence; every similarity is an IDF-weighted cosine in 0–1. */
export interface Evidence {
  providerId: string;
  revision: number;
  facts: ProviderFacts;
  /**
   * Words written in the provider's evidence that the text shares, heaviest first (jieba words and Latin words, no stems
   * or bigrams); empty until `describe` fills them in for the pairs that are explained.
   */
  matchedTerms: string[];
  /** The need against the provider's whole profile (all its documents as one text). */
  whole: number;
  /** The need against the provider's best-fitting document. */
  bestDocument: number;
  /** The next three documents, damped (½, ¼, ⅛), so breadth of fit counts without drowning specialists. */
  nextDocuments: number;
  /** The need against the centroid of the providers who declare the same field (best field). */
  field: number;
  /** 1 when the need and the provider write mostly in different languages (Chinese against English). */
  crossLingual: number;
  /** Cosine in the latent semantic space of English evidence, when both texts are English; 0 otherwise. */
  semantic: number;
  /** The documents that carried the score, best first (score above a small floor); empty until `describe`. */
  documents: EvidenceDocumentScore[];
  /** The best-fitting capability and the three best-fitting publications above the same floor, wherever they rank; empty until `describe`. */
  bestCapability: EvidenceDocumentScore | null;
  publications: EvidenceDocumentScore[];
}

export interface EvidenceDocumentScore {
  kind: EvidenceDocument['kind'];
  ref: string | null;
  title: string;
  year: number | null;
  similarity: number;
}

/**
 * A provider's whole profile: term ids ascending, tf weights quantised (× WEIGHT_SCALE); `norm` is the IDF-weighted
 * norm under the statistics of `normEpoch`.
 */
interface WholeVector {
  ids: Int32Array;
  weights: Uint16Array;
  norm: number;
  normEpoch: number;
}
/** A text's query vector: term ids and normalised tf weights in the order the text's terms came, for one statistics epoch. */
interface Query {
  ids: Int32Array;
  weights: Float64Array;
  size: number;
  chinese: boolean;
  epoch: number;
}
/** Weights are stored as round(w × 4096) in 16 bits: tf weights are under 16, and 1/4096 is far below what ranks. */
const WEIGHT_SCALE = 4096;

interface Slot {
  id: string;
  revision: number;
  fields: string[];
  /** The same fields as ids into `fieldNames` (the per-need field scores are kept by id). */
  fieldIds: number[];
  facts: ProviderFacts;
  whole: WholeVector;
  documents: {
    kind: EvidenceDocument['kind'];
    ref: string | null;
    title: string;
    year: number | null;
  }[];
  /**
   * The documents' terms by whole-profile position (see DocumentTable). Every document term is in the whole profile;
   * positions and weights take 2 bytes each instead of a 4-byte id and a 4-byte weight per entry.
   */
  table: DocumentTable;
  chinese: boolean;
  alive: boolean;
}

/** Terms in more than this share of profiles are left out of candidate generation (they still count in scoring). */
const COMMON_TERM_SHARE = 0.2;
/** Candidates kept from the first, approximate pass for exact scoring. */
const FIRST_PASS_CANDIDATES = 300;
const DOCUMENT_FLOOR = 0.05;
const MATCHED_TERMS = 8;
/**
 * Posting entries the first pass reads at most per text. No development set comes near it (a text reads at most
 * 1 357, 4 433, 8 902 and 9 323 entries against the 317–1 000 providers of the own, CSL, CSFCube and CCL sets); at
 * 62 500 providers with the benchmark's narrow vocabulary the first pass took 17 of a search's 24 ms. Reading only a fixed number of the heaviest terms instead was measured on the development
 * sets: 64 terms cost CSL 0.008 nDCG@10 and raised its pairwise loss from 0.19 to 0.33.
 */
const RECALL_POSTINGS = 250_000;
/** Own terms weigh at least 1 (sublinear tf); a term known only through the dictionary weighs less. */
const OWN_TERM_WEIGHT = 1;

export class EvidenceIndex {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Stem term id → a word some provider wrote for it. */
  private readonly surfaces = new Map<number, string>();
  private documentFrequency: Int32Array = new Int32Array(1024);
  private readonly postings = new Postings((slot) => this.slots[slot].alive);
  private readonly arena = new VectorArena();
  private readonly slots: Slot[] = [];
  /**
   * Per slot, the whole profile's norm under the IDF of the last norm refresh (candidate generation only), 0 for a
   * removed provider. A typed array: the first pass reads it for every provider it touches.
   */
  private approximateNorms: Float64Array = new Float64Array(1024);
  private readonly slotOf = new Map<string, number>();
  private readonly fieldMembers = new Map<string, Set<number>>();
  private readonly centroids = new Map<string, TermTable | null>();
  private readonly fieldIds = new Map<string, number>();
  private readonly fieldNames: string[] = [];
  /**
   * The loaded query's similarity to each field's centroid, by field id, valid where `fieldScoreRound` equals
   * `scoreRound` (moved once per search): a search meets the same few fields in hundreds of candidates.
   */
  private fieldScore: Float64Array = new Float64Array(64);
  private fieldScoreRound: Int32Array = new Int32Array(64);
  private scoreRound = 0;
  private liveCount = 0;
  /** Moves whenever N or a document frequency does: a norm computed in the same epoch is still exact. */
  private epoch = 0;
  private normsAtCount = 0;
  private scratch = new Float64Array(1024);
  /** The current query's weights by term id (zero elsewhere), set for one synchronous search and cleared after. */
  private dense = new Float64Array(1024);
  /**
   * The same query's term ids as a bit set: a whole profile's walk tests a bit (the set fits in the CPU's first-level
   * cache at 75 000 terms) and reads `dense` only for the few terms that hit.
   */
  private inQuery = new Int32Array((1024 >>> 5) + 1);
  /** The current query's term ids (the non-zero entries of `dense`), and each one's q·idf. */
  private queryIds: number[] = [];
  private queryIdf: number[] = [];
  /** Query vectors by the text's term counts (see queryVector). */
  private readonly queries = new WeakMap<TermCounts, Query>();
  /**
   * Where the loaded query hits the whole profile last walked (positions ascending) and its q·idf² there: the
   * documents' dot products are summed from these alone (see documentDots).
   */
  private hitAt = new Int32Array(256);
  private hitWeight = new Float64Array(256);
  private hitCount = 0;
  /** Per document of the provider being scored, its dot product with the loaded query. */
  private documentDot = new Float64Array(256);
  /** Scratch sums by term id while a field centroid is built (zero between builds). */
  private centroidSum = new Float64Array(1024);
  private idfValue = new Float64Array(1024);
  private idfCount: Int32Array = new Int32Array(1024).fill(-1);
  private idfFrequency: Int32Array = new Int32Array(1024);
  private readonly semantic = new SemanticSpace();
  private englishCount = 0;
  /** The loaded query's direction in the semantic space (English queries only). */
  private queryEmbedding: Float32Array | null = null;

  get size(): number {
    return this.liveCount;
  }

  /** Sizes, for logs and benchmarks: distinct terms, posting entries and vector entries (documents and whole profiles). */
  stats(): { providers: number; terms: number; postings: number; vectorEntries: number } {
    const postings = this.postings.size;
    let vectorEntries = 0;
    for (const slot of this.slots) if (slot.alive) vectorEntries += slot.whole.ids.length + slot.table.doc.length;
    return { providers: this.liveCount, terms: this.terms.length, postings, vectorEntries };
  }

  providerIds(): string[] {
    return [...this.slotOf.keys()];
  }

  revisionOf(providerId: string): number | undefined {
    const slot = this.slotOf.get(providerId);
    return slot === undefined ? undefined : this.slots[slot].revision;
  }

  /** Adds a provider, or replaces what the index holds for it. */
  upsert(input: ProviderEvidenceInput): void {
    this.remove(input.id);
    const merged = mergeCounts(input.documents.map((d) => d.counts));
    const whole = this.wholeVectorOf(termWeights(merged));
    const documents = input.documents.map((d) => ({
      kind: d.kind,
      ref: d.ref,
      title: d.title,
      year: d.year ?? null,
    }));
    const table = documentTable(
      input.documents.map((d) => this.documentEntries(termWeights(d.counts), whole.ids)),
      whole.ids.length,
      this.arena,
    );
    for (const d of input.documents)
      for (const [stem, surface] of d.counts.surfaces ?? []) {
        const id = this.termIds.get(stem);
        if (id !== undefined && !this.surfaces.has(id)) this.surfaces.set(id, surface);
      }
    const index = this.slots.length;
    const fields = [...new Set(input.fields.map(fieldKey).filter(Boolean))];
    this.slots.push({
      id: input.id,
      revision: input.revision,
      fields,
      fieldIds: fields.map((f) => this.fieldId(f)),
      facts: input.facts,
      whole,
      documents,
      table,
      chinese: isMostlyChinese(merged),
      alive: true,
    });
    this.slotOf.set(input.id, index);
    for (let i = 0; i < whole.ids.length; i++) {
      const term = whole.ids[i];
      this.documentFrequency[term]++;
      this.postings.add(term, index);
    }
    this.postings.freezeIfDue(this.terms.length);
    for (const field of fields) {
      let members = this.fieldMembers.get(field);
      if (!members) this.fieldMembers.set(field, (members = new Set()));
      members.add(index);
      this.centroids.set(field, null);
    }
    this.liveCount++;
    if (!isMostlyChinese(merged)) this.englishCount++;
    this.epoch++;
    if (index >= this.approximateNorms.length) this.approximateNorms = growFloat(this.approximateNorms, index * 2);
    this.approximateNorms[index] = this.norm(whole, whole.ids);
  }

  remove(providerId: string): void {
    const index = this.slotOf.get(providerId);
    if (index === undefined) return;
    const slot = this.slots[index];
    slot.alive = false;
    this.approximateNorms[index] = 0;
    if (!slot.chinese) this.englishCount--;
    this.semantic.forget(index);
    for (let i = 0; i < slot.whole.ids.length; i++) this.documentFrequency[slot.whole.ids[i]]--;
    for (const field of slot.fields) {
      this.fieldMembers.get(field)?.delete(index);
      this.centroids.set(field, null);
    }
    this.slotOf.delete(providerId);
    this.liveCount--;
    this.epoch++;
  }

  /** Smoothed IDF, ln((1 + N) / (1 + df)) + 1, cached per term until N or the term's df moves. */
  idf(term: number): number {
    const df = this.documentFrequency[term];
    if (this.idfCount[term] === this.liveCount && this.idfFrequency[term] === df) return this.idfValue[term];
    const value = Math.log((1 + this.liveCount) / (1 + df)) + 1;
    this.idfValue[term] = value;
    this.idfCount[term] = this.liveCount;
    this.idfFrequency[term] = df;
    return value;
  }

  /**
   * Every provider whose evidence shares a distinctive term with the text, scored, best first (at most `limit`).
   * The first pass accumulates dot products over postings with norms from the last refresh; the best
   * FIRST_PASS_CANDIDATES are then scored exactly with today's statistics.
   */
  search(counts: TermCounts, limit: number): Evidence[] {
    this.refreshNormsIfStale();
    this.refreshSemanticIfStale();
    const query = this.queryVector(counts);
    if (!query.size) return [];
    this.load(query);
    try {
      return this.searchWith(query, limit, query.chinese);
    } finally {
      this.unload();
    }
  }

  private searchWith(query: Query, limit: number, chinese: boolean): Evidence[] {
    if (this.scratch.length < this.slots.length) this.scratch = new Float64Array(this.slots.length * 2);
    const scores = this.scratch;
    const touched: number[] = [];
    const frozen = this.postings.frozen;
    let read = 0;
    for (const [term, w] of this.recallTerms(query)) {
      if (read >= RECALL_POSTINGS) break;
      read += this.postings.to(term) - this.postings.from(term);
      for (let i = this.postings.from(term), end = this.postings.to(term); i < end; i++) {
        const slot = frozen[i];
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] += w;
      }
      const recent = this.postings.recentOf(term);
      if (recent)
        for (const slot of recent) {
          if (scores[slot] === 0) touched.push(slot);
          scores[slot] += w;
        }
    }
    const best = new BestSlots(Math.max(FIRST_PASS_CANDIDATES, limit), (a, b) =>
      this.slots[a].id < this.slots[b].id ? 1 : -1,
    );
    const norms = this.approximateNorms;
    for (const slot of touched) {
      const norm = norms[slot];
      const score = scores[slot] / norm;
      scores[slot] = 0;
      if (norm > 0 && score >= best.floor) best.offer(slot, score);
    }
    this.scoreRound++;
    const exact = best.slots().map((slot) => this.evidenceFor(query, this.slots[slot], chinese));
    return exact
      .sort((a, b) => b.whole + b.bestDocument - (a.whole + a.bestDocument) || (a.providerId < b.providerId ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * The query's terms that recall candidates, heaviest (q·idf) first: those in at most COMMON_TERM_SHARE of profiles.
   * The first pass reads their postings in this order until RECALL_POSTINGS entries are read; lighter terms still count
   * when the candidates are scored exactly.
   */
  private recallTerms(query: Query): [number, number][] {
    const commonLimit = this.commonTermLimit();
    const terms: [number, number][] = [];
    for (let i = 0; i < query.size; i++) {
      const term = query.ids[i];
      if (this.documentFrequency[term] <= commonLimit) terms.push([term, query.weights[i] * this.idf(term)]);
    }
    return terms.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  /** The provider's most distinctive readable words (tf·idf over its whole evidence), to look for needs by. */
  topWords(providerId: string, n: number): string[] {
    const index = this.slotOf.get(providerId);
    if (index === undefined) return [];
    const { ids, weights } = this.slots[index].whole;
    const commonLimit = this.commonTermLimit();
    const words: { term: string; weight: number }[] = [];
    for (let i = 0; i < ids.length; i++) {
      const term =
        weights[i] >= OWN_TERM_WEIGHT * WEIGHT_SCALE && this.documentFrequency[ids[i]] <= commonLimit
          ? this.readable(ids[i])
          : null;
      if (term && !words.some((w) => w.term === term))
        words.push({ term, weight: (weights[i] / WEIGHT_SCALE) * this.idf(ids[i]) });
    }
    return words
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, n)
      .map((w) => w.term);
  }

  /** A term as a person reads it: a word, or the word written for a stem; null for character pairs. */
  private readable(id: number): string | null {
    const term = this.terms[id];
    if (term.startsWith('s:')) return this.surfaces.get(id) ?? null;
    return readableWord(term);
  }

  /** Document frequency above which a term is too common to recall by or to show as a shared word. */
  private commonTermLimit(): number {
    return Math.max(50, this.liveCount * COMMON_TERM_SHARE);
  }

  /**
   * Fills in what explains each of these pairs (the documents that carried the score and the shared words): only for
   * the pairs that are explained, a need's best 50 of up to 500.
   */
  describe(counts: TermCounts, found: Evidence[]): void {
    this.load(this.queryVector(counts));
    try {
      for (const evidence of found) {
        const slot = this.slotOf.get(evidence.providerId);
        if (slot !== undefined) this.explainEvidence(evidence, this.slots[slot]);
      }
    } finally {
      this.unload();
    }
  }

  /** Evidence of one provider for the text, whether or not it would be recalled (pinned providers). */
  evidenceOf(counts: TermCounts, providerId: string): Evidence | null {
    const index = this.slotOf.get(providerId);
    if (index === undefined) return null;
    this.refreshSemanticIfStale();
    const query = this.queryVector(counts);
    this.load(query);
    try {
      this.scoreRound++;
      return this.evidenceFor(query, this.slots[index], query.chinese);
    } finally {
      this.unload();
    }
  }

  /** Loads the query as q·idf² per term: a vector's dot product with it is then a plain sum of q·idf² · w. */
  private load(query: Query): void {
    this.queryIds = Array.from(query.ids);
    this.queryIdf = this.queryIds.map((id, i) => query.weights[i] * this.idf(id));
    for (let i = 0; i < query.size; i++) {
      const id = query.ids[i];
      this.dense[id] = query.weights[i] * this.idf(id) ** 2;
      this.inQuery[id >>> 5] |= 1 << (id & 31);
    }
    this.queryEmbedding = query.chinese ? null : this.semantic.embed(this.queryIds, this.queryIdf);
  }

  private unload(): void {
    for (const id of this.queryIds) {
      this.dense[id] = 0;
      this.inQuery[id >>> 5] = 0;
    }
    this.queryIds = [];
    this.queryIdf = [];
    this.queryEmbedding = null;
  }

  /**
   * The query as term ids and tf weights (IDF applied when scoring); terms the index has never seen cannot match. Kept
   * per text until the statistics move: a provider's run meets the same cached need texts again and again, and a need's
   * run asks twice (search, then describe).
   */
  private queryVector(counts: TermCounts): Query {
    const cached = this.queries.get(counts);
    if (cached && cached.epoch === this.epoch) return cached;
    const query = this.computeQueryVector(counts);
    this.queries.set(counts, query);
    return query;
  }

  private computeQueryVector(counts: TermCounts): Query {
    const query = new Map<number, number>();
    let norm = 0;
    for (const [term, weight] of termWeights(counts)) {
      const id = this.termIds.get(term);
      if (id === undefined || this.documentFrequency[id] === 0) continue;
      query.set(id, weight);
      norm += (weight * this.idf(id)) ** 2;
    }
    norm = Math.sqrt(norm);
    const ids = new Int32Array(query.size);
    const weights = new Float64Array(query.size);
    let i = 0;
    for (const [id, w] of query) {
      ids[i] = id;
      weights[i++] = w / norm;
    }
    return { ids, weights, size: ids.length, chinese: isMostlyChinese(counts), epoch: this.epoch };
  }

  private evidenceFor(query: Query, slot: Slot, chinese: boolean): Evidence {
    const whole = this.wholeCosine(slot.whole, query.size);
    const dots = this.documentDots(slot.table, slot.whole.ids, query.size);
    const norms = this.documentNorms(slot.table, slot.whole.ids);
    // The four best document similarities, kept in place: sorting every candidate's documents cost more than scoring them.
    const top = [0, 0, 0, 0];
    for (let d = 0; d < slot.documents.length; d++) {
      const dot = dots[d];
      if (dot === 0) continue;
      dots[d] = 0;
      let sim = dot / WEIGHT_SCALE / norms[d];
      for (let r = 0; r < 4 && sim > 0; r++) {
        if (sim <= top[r]) continue;
        const lower = top[r];
        top[r] = sim;
        sim = lower;
      }
    }
    let field = 0;
    for (const id of slot.fieldIds) {
      if (this.fieldScoreRound[id] !== this.scoreRound) {
        this.fieldScore[id] = this.centroidSimilarity(this.fieldNames[id]);
        this.fieldScoreRound[id] = this.scoreRound;
      }
      field = Math.max(field, this.fieldScore[id]);
    }
    return {
      providerId: slot.id,
      revision: slot.revision,
      facts: slot.facts,
      whole,
      field,
      crossLingual: chinese === slot.chinese ? 0 : 1,
      semantic:
        chinese || slot.chinese || !this.queryEmbedding
          ? 0
          : semanticCosine(
              this.queryEmbedding,
              this.semantic.embeddingOf(this.slotOf.get(slot.id)!, () => this.semanticRow(slot)),
            ),
      bestDocument: top[0],
      nextDocuments: top[1] / 2 + top[2] / 4 + top[3] / 8,
      matchedTerms: [],
      documents: [],
      bestCapability: null,
      publications: [],
    };
  }

  /** The documents of the loaded query's best fit, best first, and the words it shares with the provider (for an explanation). */
  private explainEvidence(evidence: Evidence, slot: Slot): void {
    this.wholeCosine(slot.whole, this.queryIds.length); // finds the hits that documentDots reads
    const dots = this.documentDots(slot.table, slot.whole.ids, this.queryIds.length);
    const norms = this.documentNorms(slot.table, slot.whole.ids);
    const shown = slot.documents
      .map((d, i) => ({
        kind: d.kind,
        ref: d.ref,
        title: d.title,
        year: d.year,
        similarity: round(takeAt(dots, i) / WEIGHT_SCALE / norms[i]),
      }))
      .filter((d) => d.similarity >= DOCUMENT_FLOOR)
      .sort((a, b) => b.similarity - a.similarity);
    evidence.documents = shown.slice(0, 3);
    evidence.bestCapability = shown.find((d) => d.kind === 'capability') ?? null;
    evidence.publications = shown.filter((d) => d.kind === 'publication').slice(0, 3);
    evidence.matchedTerms = this.sharedWords(slot.whole);
  }

  /**
   * Cosine of the loaded query (`dense`, `querySize` terms) with a whole profile, both IDF-weighted. The vector's norm
   * is kept per statistics epoch; the dot product walks the vector, or looks the query's terms up in a long one.
   */
  private wholeCosine(vector: WholeVector, querySize: number): number {
    const { ids, weights } = vector;
    const dense = this.dense;
    const most = Math.max(querySize, this.queryIds.length);
    if (this.hitAt.length < most) {
      this.hitAt = new Int32Array(most * 2);
      this.hitWeight = new Float64Array(most * 2);
    }
    const hitAt = this.hitAt;
    const hitWeight = this.hitWeight;
    let hits = 0;
    let dot = 0;
    if (ids.length <= querySize * 8) {
      const inQuery = this.inQuery;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if ((inQuery[id >>> 5] & (1 << (id & 31))) === 0) continue;
        const q = dense[id];
        if (q !== 0) {
          dot += q * weights[i];
          hitAt[hits] = i;
          hitWeight[hits++] = q;
        }
      }
    } else {
      for (const id of this.queryIds) {
        const i = binarySearch(ids, id);
        if (i >= 0) {
          dot += dense[id] * weights[i];
          hitAt[hits] = i;
          hitWeight[hits++] = dense[id];
        }
      }
      sortHits(hitAt, hitWeight, hits);
    }
    this.hitCount = hits;
    return dot / WEIGHT_SCALE / this.exactNorm(vector, ids);
  }

  /**
   * Each document's dot product with the loaded query, from the hits of the whole-profile walk just made (positions
   * ascending, so each document's sum is added up in its own term order). A document more than eight times as long as
   * the query is summed over the query's terms in the query's order instead, as its own lookup always did, so every
   * similarity comes out bit for bit as before. The array is scratch, all zeros between uses: whoever reads a
   * document's dot product sets it back to 0 (clearing the whole array per candidate cost more than the sums).
   */
  private documentDots(table: DocumentTable, wholeIds: Int32Array, querySize: number): Float64Array {
    const count = table.lengths.length;
    if (this.documentDot.length < count) this.documentDot = new Float64Array(count * 2);
    const dots = this.documentDot;
    const { start, doc, weights } = table;
    const hitAt = this.hitAt;
    const hitWeight = this.hitWeight;
    for (let k = 0; k < this.hitCount; k++) {
      const q = hitWeight[k];
      const p = hitAt[k];
      for (let j = start[p], end = start[p + 1]; j < end; j++) dots[doc[j]] += q * weights[j];
    }
    const long = querySize * 8;
    if (table.longest > long)
      for (let d = 0; d < count; d++) if (table.lengths[d] > long) dots[d] = this.longDocumentDot(table, wholeIds, d);
    return dots;
  }

  private longDocumentDot(table: DocumentTable, wholeIds: Int32Array, d: number): number {
    let dot = 0;
    for (const id of this.queryIds) {
      const position = binarySearch(wholeIds, id);
      const at = position >= 0 ? entryOf(table, position, d) : -1;
      if (at >= 0) dot += this.dense[id] * table.weights[at];
    }
    return dot;
  }

  /** Every document's IDF-weighted norm, kept per statistics epoch (each summed in its own term order). */
  private documentNorms(table: DocumentTable, wholeIds: Int32Array): Float64Array {
    const norms = table.norms;
    if (table.normEpoch === this.epoch) return norms;
    norms.fill(0);
    const { start, doc, weights } = table;
    for (let p = 0; p < wholeIds.length; p++) {
      const idf = this.idf(wholeIds[p]);
      for (let j = start[p], end = start[p + 1]; j < end; j++)
        norms[doc[j]] += ((weights[j] / WEIGHT_SCALE) * idf) ** 2;
    }
    for (let d = 0; d < norms.length; d++) norms[d] = Math.sqrt(norms[d]) || 1;
    table.normEpoch = this.epoch;
    return norms;
  }

  /**
   * The loaded query's terms that the vector holds as written (not only through the dictionary), as readable words:
   * jieba words and Latin words; character bigrams and stems are matching devices, not words to show a person.
   */
  private sharedWords(vector: WholeVector): string[] {
    const shared: { term: string; weight: number }[] = [];
    const { ids, weights } = vector;
    const commonLimit = this.commonTermLimit();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (
        this.dense[id] === 0 ||
        weights[i] < OWN_TERM_WEIGHT * WEIGHT_SCALE ||
        this.documentFrequency[id] > commonLimit
      )
        continue;
      const term = this.readable(id);
      if (term && !shared.some((s) => s.term === term)) shared.push({ term, weight: this.dense[id] * weights[i] });
    }
    return shared
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, MATCHED_TERMS)
      .map((s) => s.term);
  }

  /** `ids`: the whole profile's term ids (a document's positions point into them). */
  private exactNorm(vector: WholeVector, ids: Int32Array): number {
    if (vector.normEpoch !== this.epoch) {
      vector.norm = this.norm(vector, ids);
      vector.normEpoch = this.epoch;
    }
    return vector.norm;
  }

  /**
   * Cosine of the loaded query with the mean of the normalised whole profiles of a field's providers (the centroid is
   * cached until a member changes).
   */
  private centroidSimilarity(field: string): number {
    let centroid = this.centroids.get(field);
    if (!centroid) this.centroids.set(field, (centroid = this.buildCentroid(field)));
    const ids = this.queryIds;
    const weights = this.queryIdf;
    const values = centroid.values;
    let dot = 0;
    for (let i = 0; i < ids.length; i++) {
      const at = centroid.find(ids[i]);
      if (at >= 0) dot += weights[i] * values[at];
    }
    return dot;
  }

  /**
   * Sums in a scratch array indexed by term id, keeping the order terms first appear in: the same additions in the same
   * order as a Map would make, without its lookups (a centroid is rebuilt whenever one of its providers changes).
   */
  private buildCentroid(field: string): TermTable {
    if (this.centroidSum.length < this.terms.length) this.centroidSum = new Float64Array(this.terms.length * 2);
    const sum = this.centroidSum;
    const order: number[] = [];
    for (const index of this.fieldMembers.get(field) ?? []) {
      const { whole } = this.slots[index];
      const norm = this.exactNorm(whole, whole.ids);
      for (let i = 0; i < whole.ids.length; i++) {
        const id = whole.ids[i];
        if (sum[id] === 0) order.push(id); // every added weight is above 0
        sum[id] += ((whole.weights[i] / WEIGHT_SCALE) * this.idf(id)) / norm;
      }
    }
    let norm = 0;
    for (const id of order) norm += sum[id] * sum[id];
    norm = Math.sqrt(norm) || 1;
    const table = new TermTable(order.length);
    for (const id of order) {
      table.set(id, sum[id] / norm);
      sum[id] = 0;
    }
    return table;
  }

  private norm(vector: WholeVector, ids: Int32Array): number {
    let sum = 0;
    for (let i = 0; i < vector.weights.length; i++) sum += ((vector.weights[i] / WEIGHT_SCALE) * this.idf(ids[i])) ** 2;
    return Math.sqrt(sum) || 1;
  }

  /**
   * The semantic space is fitted on the English providers' whole profiles (tf·idf, normalised) and refitted when their
   * number has moved by a quarter; providers added in between are folded into the space as it is.
   */
  private refreshSemanticIfStale(): void {
    if (!this.semantic.isStale(this.englishCount)) return;
    this.semantic.fit(this.slots.filter((slot) => slot.alive && !slot.chinese).map((slot) => this.semanticRow(slot)));
  }

  private semanticRow(slot: Slot): SemanticRow {
    const { ids, weights } = slot.whole;
    const values = Float64Array.from(weights, (w, i) => (w / WEIGHT_SCALE) * this.idf(ids[i]));
    const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
    return { key: slot.id, ids, weights: values.map((v) => v / norm) };
  }

  /** Norms for the first pass drift as the corpus grows; recomputed when it has changed by more than 5 %. */
  private refreshNormsIfStale(): void {
    if (Math.abs(this.liveCount - this.normsAtCount) <= this.normsAtCount * 0.05) return;
    this.slots.forEach((slot, i) => {
      if (slot.alive) this.approximateNorms[i] = this.norm(slot.whole, slot.whole.ids);
    });
    for (const field of this.centroids.keys()) this.centroids.set(field, null);
    this.normsAtCount = this.liveCount;
  }

  private wholeVectorOf(termWeightsOf: Map<string, number>): WholeVector {
    const entries = [...termWeightsOf].map(([term, w]) => [this.termId(term), w] as const).sort((a, b) => a[0] - b[0]);
    const ids = this.arena.ids(entries.length);
    const weights = this.arena.weights(entries.length);
    entries.forEach(([id, w], i) => {
      ids[i] = id;
      weights[i] = quantise(w);
    });
    return { ids, weights, norm: 1, normEpoch: -1 };
  }

  /** A document's terms as [position in the whole vector, quantised weight], positions ascending. */
  private documentEntries(termWeightsOf: Map<string, number>, wholeIds: Int32Array): (readonly [number, number])[] {
    return [...termWeightsOf]
      .map(([term, w]) => [binarySearch(wholeIds, this.termIds.get(term) ?? -1), quantise(w)] as const)
      .filter(([position]) => position >= 0)
      .sort((a, b) => a[0] - b[0]);
  }

  private fieldId(field: string): number {
    let id = this.fieldIds.get(field);
    if (id === undefined) {
      id = this.fieldNames.length;
      this.fieldIds.set(field, id);
      this.fieldNames.push(field);
      if (id >= this.fieldScore.length) {
        this.fieldScore = growFloat(this.fieldScore, id * 2);
        this.fieldScoreRound = grow(this.fieldScoreRound, id * 2);
      }
    }
    return id;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      if (id >= this.documentFrequency.length) {
        const size = id * 2;
        this.documentFrequency = grow(this.documentFrequency, size);
        this.idfFrequency = grow(this.idfFrequency, size);
        const counts = new Int32Array(size).fill(-1);
        counts.set(this.idfCount);
        this.idfCount = counts;
        const values = new Float64Array(size);
        values.set(this.idfValue);
        this.idfValue = values;
        const dense = new Float64Array(size);
        dense.set(this.dense);
        this.dense = dense;
        const inQuery = new Int32Array((size >>> 5) + 1);
        inQuery.set(this.inQuery);
        this.inQuery = inQuery;
      }
    }
    return id;
  }

  /** Packs the postings into one array (after a bulk load; later additions are packed as they accumulate). */
  compact(): void {
    this.postings.freeze(this.terms.length);
  }
}

/**
 * Term id → weight in two typed arrays (open addressing, linear probing, at most half full): a need's run looks each of
 * its terms up in the centroid of every field its candidates declare, and a Map's lookups were most of that cost.
 */
class TermTable {
  private readonly keys: Int32Array;
  readonly values: Float64Array;
  private readonly mask: number;

  constructor(size: number) {
    let capacity = 8;
    while (capacity < size * 2) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  /** The term's position in `values`, or -1. */
  find(id: number): number {
    for (let at = Math.imul(id, 0x9e3779b1) & this.mask; ; at = (at + 1) & this.mask) {
      const key = this.keys[at];
      if (key === id) return at;
      if (key === -1) return -1;
    }
  }

  set(id: number, value: number): void {
    let at = Math.imul(id, 0x9e3779b1) & this.mask;
    while (this.keys[at] !== -1 && this.keys[at] !== id) at = (at + 1) & this.mask;
    this.keys[at] = id;
    this.values[at] = value;
  }
}

/**
 * Vectors as views into large shared buffers: at full size the index held about 1.4 million small typed arrays, each
 * a buffer of its own for V8 to track. A replaced provider's old vectors stay in their chunk until the index is rebuilt.
 */
class VectorArena {
  readonly ids = chunked((n) => new Int32Array(n));
  readonly positions = chunked((n) => new Uint16Array(n));
  readonly weights = chunked((n) => new Uint16Array(n));
  readonly floats = chunked((n) => new Float64Array(n));
}

function chunked<T extends Int32Array | Uint16Array | Float64Array>(
  create: (length: number) => T,
): (length: number) => T {
  const CHUNK = 1 << 20;
  let buffer = create(0);
  let used = 0;
  return (length) => {
    if (used + length > buffer.length) {
      buffer = create(Math.max(CHUNK, length));
      used = 0;
    }
    used += length;
    return buffer.subarray(used - length, used) as T;
  };
}

const quantise = (weight: number) => Math.max(1, Math.min(0xffff, Math.round(weight * WEIGHT_SCALE)));

/**
 * The k best slots by score (ties: the smaller provider id first, so the choice never depends on the order providers
 * were added), kept in a min-heap: at full size a need touches tens of thousands of providers and sorting them all
 * cost more than scoring the few hundred kept.
 */
class BestSlots {
  private readonly heapSlots: number[] = [];
  private readonly heapScores: number[] = [];

  /** `tieOrder(a, b)` > 0 when slot a is better than slot b at equal scores. */
  constructor(
    private readonly k: number,
    private readonly tieOrder: (a: number, b: number) => number,
  ) {}

  /** Scores below this cannot enter (equal ones may, by the tie order). */
  get floor(): number {
    return this.heapSlots.length < this.k ? -Infinity : this.heapScores[0];
  }

  offer(slot: number, score: number): void {
    if (this.heapSlots.length < this.k) {
      this.heapSlots.push(slot);
      this.heapScores.push(score);
      this.up(this.heapSlots.length - 1);
    } else if (this.better(slot, score, this.heapSlots[0], this.heapScores[0])) {
      this.heapSlots[0] = slot;
      this.heapScores[0] = score;
      this.down(0);
    }
  }

  /** The kept slots, best first. */
  slots(): number[] {
    const order = this.heapSlots.map((_, i) => i);
    order.sort((a, b) =>
      this.better(this.heapSlots[a], this.heapScores[a], this.heapSlots[b], this.heapScores[b]) ? -1 : 1,
    );
    return order.map((i) => this.heapSlots[i]);
  }

  private better(a: number, scoreA: number, b: number, scoreB: number): boolean {
    return scoreA > scoreB || (scoreA === scoreB && this.tieOrder(a, b) > 0);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(this.heapSlots[parent], this.heapScores[parent], this.heapSlots[i], this.heapScores[i])) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.heapSlots.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (
        left < n &&
        this.better(this.heapSlots[worst], this.heapScores[worst], this.heapSlots[left], this.heapScores[left])
      )
        worst = left;
      if (
        right < n &&
        this.better(this.heapSlots[worst], this.heapScores[worst], this.heapSlots[right], this.heapScores[right])
      )
        worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    [this.heapSlots[i], this.heapSlots[j]] = [this.heapSlots[j], this.heapSlots[i]];
    [this.heapScores[i], this.heapScores[j]] = [this.heapScores[j], this.heapScores[i]];
  }
}

export function mergeCounts(list: TermCounts[]): TermCounts {
  const out: TermCounts = { own: new Map(), cross: new Map() };
  for (const counts of list) {
    for (const [t, n] of counts.own) out.own.set(t, (out.own.get(t) ?? 0) + n);
    for (const [t, n] of counts.cross) out.cross.set(t, (out.cross.get(t) ?? 0) + n);
  }
  return out;
}

const fieldKey = (field: string) => field.trim().toLowerCase();

/** A jieba word without its prefix, or a Latin word; null for bigrams, single characters, bare numbers and English stopwords. */
function readableWord(term: string): string | null {
  if (term.startsWith('w:')) return term.length > 3 ? term.slice(2) : null;
  if (/^[a-z][a-z0-9]+$/.test(term) && !ENGLISH_STOPWORDS.has(term)) return term;
  return null;
}
const round = (v: number) => Math.round(v * 1000) / 1000;

/** The value at i, leaving 0 in its place. */
function takeAt(values: Float64Array, i: number): number {
  const value = values[i];
  values[i] = 0;
  return value;
}

/** Sorts the first `count` hits by position (a long profile's hits come in the query's order). */
function sortHits(at: Int32Array, weight: Float64Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const p = at[i];
    const w = weight[i];
    let j = i - 1;
    for (; j >= 0 && at[j] > p; j--) {
      at[j + 1] = at[j];
      weight[j + 1] = weight[j];
    }
    at[j + 1] = p;
    weight[j + 1] = w;
  }
}

function binarySearch(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function growFloat(array: Float64Array, size: number): Float64Array {
  const next = new Float64Array(size);
  next.set(array);
  return next;
}

function grow(array: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}
