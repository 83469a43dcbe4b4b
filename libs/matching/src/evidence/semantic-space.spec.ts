import { providerEvidence } from './evidence-documents';
import { EvidenceIndex } from './evidence-index';
import { termCounts } from './evidence-terms';
import { MIN_SEMANTIC_ROWS, semanticCosine, SemanticRow, SemanticSpace } from './semantic-space';

/** Two topics of five words each; every profile uses three words of one topic, so no pair of words always meets. */
const TOPICS = [
  ['neural', 'network', 'gradient', 'layer', 'training'],
  ['soil', 'crop', 'irrigation', 'fertilizer', 'harvest'],
];
const profileWords = (i: number) => {
  const words = TOPICS[i % 2];
  return [words[i % 5], words[(i + 1) % 5], words[(i + 3) % 5]];
};

function rows(count: number): SemanticRow[] {
  const ids = new Map(TOPICS.flat().map((w, i) => [w, i]));
  return Array.from({ length: count }, (_, i) => {
    const words = profileWords(i);
    return { key: `p${i}`, ids: words.map((w) => ids.get(w)!), weights: words.map(() => 1 / Math.sqrt(3)) };
  });
}
const idsOf = (words: string[]) => words.map((w) => TOPICS.flat().indexOf(w));

describe('SemanticSpace', () => {
  it('brings texts of one topic together even when they share no word', () => {
    const space = new SemanticSpace(2);
    space.fit(rows(MIN_SEMANTIC_ROWS));
    const need = space.embed(idsOf(['gradient', 'layer']), [1, 1]);
    const sameTopic = space.embed(idsOf(['neural', 'training']), [1, 1]);
    const otherTopic = space.embed(idsOf(['soil', 'harvest']), [1, 1]);
    expect(semanticCosine(need, sameTopic)).toBeGreaterThan(0.8);
    expect(semanticCosine(need, otherTopic)).toBeLessThan(0.2);
  });

  it('fits the same space whatever order the providers came in', () => {
    const a = new SemanticSpace();
    const b = new SemanticSpace();
    a.fit(rows(MIN_SEMANTIC_ROWS));
    b.fit(rows(MIN_SEMANTIC_ROWS).reverse());
    const text = idsOf(['crop', 'layer', 'soil']);
    expect(Array.from(a.embed(text, [1, 2, 1])!)).toEqual(Array.from(b.embed(text, [1, 2, 1])!));
  });

  it('has no space below the minimum number of providers, and is refitted as their number moves', () => {
    const space = new SemanticSpace();
    space.fit(rows(MIN_SEMANTIC_ROWS - 1));
    expect(space.ready).toBe(false);
    expect(space.embed(idsOf(['soil']), [1])).toBeNull();
    expect(space.isStale(MIN_SEMANTIC_ROWS - 1)).toBe(false);
    expect(space.isStale(MIN_SEMANTIC_ROWS)).toBe(true);
    space.fit(rows(MIN_SEMANTIC_ROWS));
    expect([space.isStale(MIN_SEMANTIC_ROWS + 10), space.isStale(MIN_SEMANTIC_ROWS * 2)]).toEqual([false, true]);
  });

  it('gives the evidence index a semantic similarity for English pairs only', () => {
    const index = new EvidenceIndex();
    for (let i = 0; i < MIN_SEMANTIC_ROWS; i++)
      index.upsert(
        providerEvidence(
          {
            id: `p${i}`,
            revision: 1,
            kind: 'expert',
            regionCode: null,
            available: true,
            name: 'x',
            fields: [],
            keywords: [],
          },
          [],
          [{ title: profileWords(i).join(' ') }],
        ),
      );
    index.upsert(
      providerEvidence(
        {
          id: 'zh',
          revision: 1,
          kind: 'expert',
          regionCode: null,
          available: true,
          name: '专家',
          fields: [],
          keywords: ['土壤改良'],
        },
        [],
        [],
      ),
    );
    // p0 writes neural, network, layer (the need's topic); p1 soil, crop, harvest.
    const english = index.evidenceOf(termCounts('gradient layer training'), 'p0')!;
    const otherTopic = index.evidenceOf(termCounts('gradient layer training'), 'p1')!;
    expect(english.semantic).toBeGreaterThan(0);
    expect(otherTopic.semantic).toBeLessThan(english.semantic);
    expect(index.evidenceOf(termCounts('土壤改良的方法'), 'zh')!.semantic).toBe(0);
    expect(index.evidenceOf(termCounts('土壤改良 soil'), 'p1')!.semantic).toBe(0);
  });
});
