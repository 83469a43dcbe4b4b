import { providerEvidence } from './evidence-documents';
import { EvidenceIndex, mergeCounts, ProviderEvidenceInput } from './evidence-index';
import { TermCounts, termCounts, termWeights } from './evidence-terms';

const expert = (id: string, keywords: string[], fields: string[], publications: string[] = [], revision = 1) =>
  providerEvidence(
    { id, revision, kind: 'expert', regionCode: null, available: true, name: 'expert', fields, keywords },
    [],
    publications.map((title) => ({ title })),
  );

describe('EvidenceIndex', () => {
  const build = () => {
    const index = new EvidenceIndex();
    index.upsert(expert('battery', ['锂离子电池', '正极材料', '循环寿命'], ['材料科学']));
    index.upsert(expert('shrimp', ['对虾养殖', '病害防控'], ['水产']));
    index.upsert(
      expert(
        'broad',
        ['材料表征'],
        ['材料科学'],
        ['高镍正极材料的循环衰减机理', '钢结构焊接', '混凝土裂缝', '桥梁检测', '隧道监测'],
      ),
    );
    index.upsert(expert('nlp', ['machine translation', 'neural networks'], ['computer science']));
    return index;
  };

  it('recalls and ranks by IDF-weighted similarity, with the documents that carried it', () => {
    const index = build();
    const need = termCounts('电池正极材料循环寿命衰减');
    const found = index.search(need, 10);
    expect(found.map((e) => e.providerId).slice(0, 2)).toEqual(['battery', 'broad']);
    expect(found.find((e) => e.providerId === 'shrimp')).toBeUndefined();
    const broad = found.find((e) => e.providerId === 'broad')!;
    expect(broad.bestDocument).toBeGreaterThan(broad.whole); // one fitting paper among unrelated ones
    expect(broad.documents).toEqual([]); // explained only on request, for the pairs a list explains
    index.describe(need, [broad]);
    expect(broad.documents[0]).toMatchObject({ kind: 'publication', title: '高镍正极材料的循环衰减机理' });
    expect(broad.publications[0].similarity).toBeCloseTo(broad.bestDocument, 3);
    expect(broad.matchedTerms).toEqual(expect.arrayContaining(['正极材料']));
  });

  it('meets a Chinese text with an English profile through the dictionary, below its own words', () => {
    const index = build();
    const [best] = index.search(termCounts('机器翻译的神经网络方法'), 5);
    expect(best.providerId).toBe('nlp');
    const own = index.evidenceOf(termCounts('neural machine translation'), 'nlp')!;
    expect(own.whole).toBeGreaterThan(best.whole);
    expect([best.crossLingual, own.crossLingual]).toEqual([1, 0]);
  });

  it('scores a field by the providers who declare it', () => {
    const index = build();
    const need = termCounts('正极材料');
    expect(index.evidenceOf(need, 'broad')!.field).toBeGreaterThan(index.evidenceOf(need, 'shrimp')!.field);
  });

  it('replaces a provider on a new revision and forgets a removed one, statistics included', () => {
    const index = build();
    index.upsert(expert('shrimp', ['锂离子电池'], ['水产'], [], 2));
    expect(index.revisionOf('shrimp')).toBe(2);
    expect(index.search(termCounts('对虾养殖'), 5)).toEqual([]);
    index.remove('battery');
    expect(index.size).toBe(3);
    expect(index.search(termCounts('锂离子电池'), 5).map((e) => e.providerId)).toEqual(['shrimp']);
  });

  it("reuses a text's query vector only while the statistics stay as they were", () => {
    const index = build();
    const need = termCounts('正极材料的循环寿命与表征');
    const first = index.search(need, 10);
    expect(index.search(need, 10)).toEqual(first); // asked again: the kept vector
    index.upsert(expert('cathode', ['正极材料', '正极材料表征'], ['材料科学']));
    // N and document frequencies moved: the same counts object must score as a text never seen before.
    expect(index.search(need, 10)).toEqual(index.search(termCounts('正极材料的循环寿命与表征'), 10));
    expect(index.search(need, 10).map((e) => e.providerId)).toContain('cathode');
    expect(index.evidenceOf(need, 'broad')).toEqual(index.evidenceOf(termCounts('正极材料的循环寿命与表征'), 'broad'));
  });

  it('gives the same evidence whatever order and history built it (several workers rank alike)', () => {
    const inputs = [
      expert('battery', ['锂离子电池', '正极材料', '循环寿命'], ['材料科学']),
      expert('shrimp', ['对虾养殖', '病害防控'], ['水产']),
      expert('broad', ['材料表征'], ['材料科学'], ['高镍正极材料的循环衰减机理', '钢结构焊接']),
      expert('nlp', ['machine translation', 'neural networks'], ['computer science']),
    ];
    const forward = new EvidenceIndex();
    for (const input of inputs) forward.upsert(input);
    const shuffled = new EvidenceIndex();
    shuffled.upsert(expert('gone', ['桥梁检测'], ['土木']));
    for (const input of [...inputs].reverse()) shuffled.upsert(input);
    shuffled.upsert(inputs[0]);
    shuffled.remove('gone');
    const need = termCounts('正极材料的循环寿命与表征');
    // Term ids (and so the order of float additions) depend on history: equal to the 12th digit, scores keep 2.
    const rounded = (index: EvidenceIndex) =>
      index.search(need, 10).map((e) => ({
        ...e,
        whole: e.whole.toFixed(12),
        field: e.field.toFixed(12),
        bestDocument: e.bestDocument.toFixed(12),
        nextDocuments: e.nextDocuments.toFixed(12),
      }));
    expect(rounded(shuffled)).toEqual(rounded(forward));
  });

  it('scores a document far longer than the need as the plain IDF cosine of the two texts', () => {
    // 300 distinct words: longer than eight times the need's terms, the document's own lookup path.
    const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
    const inputs = [
      expert('long', ['sensor'], ['engineering'], [`corrosion sensor ${words.join(' ')}`, 'bridge inspection']),
      expert('short', ['corrosion monitoring'], ['engineering'], ['sensor networks']),
      expert('other', ['shrimp farming'], ['aquaculture']),
    ];
    const index = new EvidenceIndex();
    for (const input of inputs) index.upsert(input);
    const need = termCounts('corrosion sensor');
    const found = index.search(need, 10);
    index.describe(need, found);
    const long = found.find((e) => e.providerId === 'long')!;
    const publication = long.publications.find((p) => p.title.startsWith('corrosion sensor'))!;
    expect(publication.similarity).toBeCloseTo(plainCosine(need, inputs[0].documents[1].counts, inputs), 3);
    expect(long.bestDocument).toBeCloseTo(Math.max(...long.documents.map((d) => d.similarity)), 3);
  });
});

/** Smoothed-IDF cosine of two texts with sublinear tf, document weights quantised as the index stores them. */
function plainCosine(query: TermCounts, document: TermCounts, corpus: ProviderEvidenceInput[]): number {
  const profiles = corpus.map((p) => termWeights(mergeCounts(p.documents.map((d) => d.counts))));
  const idf = (term: string) => Math.log((1 + corpus.length) / (1 + profiles.filter((p) => p.has(term)).length)) + 1;
  const weigh = (weights: Map<string, number>, quantised: boolean) =>
    new Map(
      [...weights]
        .filter(([term]) => profiles.some((p) => p.has(term)))
        .map(([term, w]) => [term, (quantised ? Math.round(w * 4096) / 4096 : w) * idf(term)]),
    );
  const q = weigh(termWeights(query), false);
  const d = weigh(termWeights(document), true);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
  let dot = 0;
  for (const [term, w] of q) dot += w * (d.get(term) ?? 0);
  return dot / norm(q) / norm(d);
}
