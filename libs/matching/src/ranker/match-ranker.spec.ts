import { needEvidenceText, providerEvidence, ProviderText } from '../evidence/evidence-documents';
import { EvidenceIndex } from '../evidence/evidence-index';
import { termCounts } from '../evidence/evidence-terms';
import { NeedFacts, needFacts } from './facts';
import { PairOptions, rankPair as rankWithOptions, scoreOf } from './match-ranker';
import { FEATURE_NAMES, Features } from './features';

const listed: ProviderText[] = [];
const provider = (id: string, fields: Partial<ProviderText>) => {
  listed.push({
    id,
    revision: 1,
    kind: 'expert',
    regionCode: null,
    available: true,
    name: id,
    fields: [],
    keywords: [],
    bio: '',
    ...fields,
  });
  return id;
};

const texts = new Map<string, { keywords: string[] }>();
const need = (title: string, keywords: string[], regionCode: string | null = null): NeedFacts => {
  texts.set(title, { keywords });
  return needFacts({ id: title, revision: 1, regionCode, cooperationModes: [], fields: [] });
};

/** As the product ranks: the evidence index over every provider of the test, asked for the pair's evidence. */
let index: EvidenceIndex | null = null;
function rankPair(n: NeedFacts, providerId: string, options: PairOptions = {}) {
  if (!index) {
    index = new EvidenceIndex();
    for (const p of listed) index.upsert(providerEvidence(p, [], []));
  }
  const counts = termCounts(needEvidenceText({ title: n.id, keywords: texts.get(n.id)?.keywords ?? [], fields: [] }));
  const evidence = index.evidenceOf(counts, providerId)!;
  index.describe(counts, [evidence]);
  return rankWithOptions(n, evidence, options);
}

describe('MatchRanker', () => {
  const bamboo = provider('bamboo', {
    keywords: ['bamboo fibre composites', 'furniture panels'],
    bio: 'Bamboo fibre boards with low formaldehyde.',
    regionCode: '440200',
  });
  const shrimp = provider('shrimp', {
    keywords: ['对虾养殖', '病害防控'],
    bio: '为养殖户提供对虾病害诊断。',
    regionCode: '440800',
  });
  provider('welding', { keywords: ['焊接机器人', '焊缝跟踪'], bio: '焊接工艺与机器视觉。', regionCode: '440600' });
  const vision = provider('vision', {
    keywords: ['machine vision', 'defect inspection'],
    bio: 'Machine vision systems for inspecting welded seams.',
  });

  it('ranks the provider whose meaning fits first, across languages', () => {
    const n = need('竹纤维复合材料家具板材', ['竹纤维', '复合材料']);
    expect(rankPair(n, bamboo).score).toBeGreaterThan(rankPair(n, shrimp).score + 20);
    const m = need('Shrimp farm losing stock to disease', ['shrimp', 'disease']);
    expect(rankPair(m, shrimp).score).toBeGreaterThan(rankPair(m, bamboo).score * 5);
  });

  it('scores on one 0–100 scale from the features alone', () => {
    const zero = Object.fromEntries(FEATURE_NAMES.map((k) => [k, 0])) as Features;
    const full = Object.fromEntries(FEATURE_NAMES.map((k) => [k, 1])) as Features;
    expect(scoreOf(zero)).toBeLessThan(5);
    expect(scoreOf(full)).toBeGreaterThan(95);
  });

  it('explains itself: shared terms, region fit and one sentence per language', () => {
    const n = need('竹纤维复合材料家具板材', ['竹纤维'], '440200');
    const { reasons } = rankPair(n, bamboo);
    expect(reasons.matchedKeywords.length).toBeGreaterThan(0);
    expect(reasons.region).toBe('same-city');
    expect(reasons.summary['zh-CN']).toMatch(/^匹配度 \d+：/);
    expect(reasons.summary.en).toMatch(/^Fit \d+: /);
  });

  it('shows shared words as written, never stems or character pairs', () => {
    const { reasons } = rankPair(need('Machine vision inspection of battery cathodes', ['machine vision']), vision);
    expect(reasons.matchedKeywords).toEqual(expect.arrayContaining(['machine', 'vision']));
    expect(reasons.matchedKeywords.every((w) => !w.includes(':') && w !== 'machin')).toBe(true);
    const zh = rankPair(need('竹纤维复合材料家具板材', ['竹纤维']), bamboo).reasons.matchedKeywords;
    expect(zh.every((w) => w.length >= 2)).toBe(true);
  });

  it('puts a pinned candidate at 100', () => {
    expect(rankPair(need('对虾病害', []), bamboo, { pinned: true }).score).toBe(100);
  });

  it("moves the score by the provider's track record and says why, in both languages", () => {
    const n = need('水产养殖场的水质', ['水质']); // a partial fit: its score is far from either end of the scale
    const plain = rankPair(n, shrimp);
    const record = { openEngagements: 2, positiveOutcomes: 3, negativeOutcomes: 1, adjustment: 0.8 };
    const recorded = rankPair(n, shrimp, { record });
    expect(plain.reasons.trackRecord).toBeNull();
    expect(recorded.score).toBeGreaterThan(plain.score);
    expect(recorded.reasons.trackRecord).toEqual(record);
    expect(recorded.reasons.summary['zh-CN']).toContain('以往推荐 3 项成功、1 项未成');
    expect(recorded.reasons.summary['zh-CN']).toContain('在谈对接 2 项');
    expect(recorded.reasons.summary.en).toContain('2 introduction(s) under way');
    expect(plain.score).toBeGreaterThan(1);
    expect(plain.score).toBeLessThan(99);
    expect(rankPair(n, shrimp, { record: { ...record, adjustment: -0.8 } }).score).toBeLessThan(plain.score);
  });
});
