import type { Provider } from '@app/listings/entities/provider.entity';
import { needProfile, providerProfile } from '../profiles/profiles';
import { rankPair, scoreOf } from './match-ranker';
import { FEATURE_NAMES, Features } from './features';

const provider = (id: string, fields: Partial<Provider>) => providerProfile({
  id, externalId: id, kind: 'expert', revision: 1, regionCode: null, available: true, fields: [], keywords: [], bio: '', ...fields,
} as Provider, [], []);

const need = (title: string, keywords: string[], regionCode: string | null = null) =>
  needProfile({ id: title, revision: 1, regionCode, cooperationModes: [], fields: [], title, keywords, description: '' });

describe('MatchRanker', () => {
  const bamboo = provider('bamboo', { keywords: ['bamboo fibre composites', 'furniture panels'], bio: 'Bamboo fibre boards with low formaldehyde.', regionCode: '440200' });
  const shrimp = provider('shrimp', { keywords: ['对虾养殖', '病害防控'], bio: '为养殖户提供对虾病害诊断。', regionCode: '440800' });

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

  it('puts a pinned candidate at 100', () => {
    expect(rankPair(need('对虾病害', []), bamboo, { pinned: true }).score).toBe(100);
  });

  it("moves the score by the provider's track record and says why, in both languages", () => {
    const n = need('竹纤维复合材料家具板材', ['竹纤维']);
    const plain = rankPair(n, bamboo);
    const record = { openEngagements: 2, positiveOutcomes: 3, negativeOutcomes: 1, adjustment: 0.8 };
    const recorded = rankPair(n, bamboo, { record });
    expect(plain.reasons.trackRecord).toBeNull();
    expect(recorded.score).toBeGreaterThan(plain.score);
    expect(recorded.reasons.trackRecord).toEqual(record);
    expect(recorded.reasons.summary['zh-CN']).toContain('以往推荐 3 项成功、1 项未成');
    expect(recorded.reasons.summary['zh-CN']).toContain('在谈对接 2 项');
    expect(recorded.reasons.summary.en).toContain('2 introduction(s) under way');
    expect(rankPair(n, bamboo, { record: { ...record, adjustment: -0.8 } }).score).toBeLessThan(plain.score);
  });
});
