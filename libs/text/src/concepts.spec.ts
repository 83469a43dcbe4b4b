import { conceptTerms, translateTerms } from './concepts';
import { cosine } from './similarity';
import { analyzeEnglish } from './english';
import { warmUpText } from './warm-up';

// The heaviest concept two bags share: max over shared keys of the smaller weight.
function heaviestShared(a: Map<string, number>, b: Map<string, number>): number {
  let best = 0;
  for (const [term, weight] of a) best = Math.max(best, Math.min(weight, b.get(term) ?? 0));
  return best;
}

beforeAll(() => warmUpText(), 60_000);

describe('conceptTerms across languages', () => {
  it.each([
    ['welding robot', '焊接机器人'],
    ['machine vision', '机器视觉'],
    ['bamboo fibre composites', '竹纤维复合材料'],
    ['shrimp disease', '对虾病害'],
    ['lithium battery cathode material', '锂电池正极材料'],
    ['water quality monitoring', '水质监测'],
    ['hydrogen fuel cell', '氢燃料电池'],
    ['traditional Chinese medicine planting', '中药材种植'],
    ['lychee preservation', '荔枝保鲜'],
    ['drone', '无人机'],
  ])('"%s" and "%s" share a heavy concept', (english, chinese) => {
    const a = conceptTerms(english);
    const b = conceptTerms(chinese);
    expect(heaviestShared(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(cosine(a, b)).toBeGreaterThan(0.4);
  });

  it.each([
    ['shrimp disease', '焊接机器人'],
    ['lychee preservation', '锂电池正极材料'],
    ['machine vision', '中药材种植'],
    ['drone', '水质监测'],
    ['welding robot', '荔枝保鲜'],
    ['hydrogen fuel cell', '竹纤维复合材料'],
  ])('"%s" and "%s" barely overlap', (english, chinese) => {
    const a = conceptTerms(english);
    const b = conceptTerms(chinese);
    expect(heaviestShared(a, b)).toBeLessThan(0.2);
    expect(cosine(a, b)).toBeLessThan(0.1);
  });

  it('ranks the matching capability first for a need', () => {
    const need = conceptTerms('寻求锂电池正极材料的研发合作');
    const capabilities = [
      'Shrimp aquaculture and disease control',
      'Cathode materials for lithium-ion batteries',
      'Machine vision inspection of welds',
      'Lychee and longan postharvest preservation',
    ];
    const scores = capabilities.map((text) => cosine(need, conceptTerms(text)));
    expect(scores.indexOf(Math.max(...scores))).toBe(1);
  });

  it('ranks the matching Chinese capability first for an English need', () => {
    const need = conceptTerms('We need drones for crop spraying and plant protection');
    const capabilities = ['对虾病害防控', '植保无人机研发与应用', '锂电池正极材料', '荔枝保鲜'];
    const scores = capabilities.map((text) => cosine(need, conceptTerms(text)));
    expect(scores.indexOf(Math.max(...scores))).toBe(1);
  });
});

describe('conceptTerms weights', () => {
  it('keeps Chinese words at weight 1 and lets long words contribute their parts at lower weight', () => {
    const bag = conceptTerms('锂电池');
    expect(bag.get('锂电池')).toBe(1);
    expect(bag.get('电池')).toBeCloseTo(0.5, 10);
    expect(bag.get('锂电')).toBeCloseTo(0.3, 10);
    expect(bag.get(analyzeEnglish('lithium battery').join(' '))).toBeCloseTo(0.6, 10);
  });

  it('gives English words weight 1 and their Chinese translations less', () => {
    const bag = conceptTerms('drone');
    expect(bag.get(analyzeEnglish('drone')[0])).toBe(1);
    expect(bag.get('无人机')).toBeGreaterThan(0);
    expect(bag.get('无人机')).toBeLessThan(1);
  });

  it('adds repeated words up and halves generic ones', () => {
    expect(conceptTerms('荔枝 荔枝').get('荔枝')).toBe(2);
    expect(conceptTerms('系统').get('系统')).toBe(0.5);
  });

  it('does not bridge across words that a stopword separates', () => {
    const phrase = analyzeEnglish('water quality').join(' ');
    expect(conceptTerms('water quality').has(phrase)).toBe(true);
    expect(conceptTerms('water of quality').has(phrase)).toBe(false);
  });

  it('is empty for empty or boilerplate text', () => {
    expect(conceptTerms('').size).toBe(0);
    expect(conceptTerms('我们公司需要寻求技术合作').size).toBe(0);
  });
});

describe('translateTerms', () => {
  it('gives readable English words for a Chinese text', () => {
    const terms = translateTerms('锂电池正极材料');
    expect(terms).toEqual(expect.arrayContaining(['lithium', 'battery', 'cathode', 'material']));
    expect(terms).not.toContain('anode');
  });

  it('gives Chinese words for an English text', () => {
    expect(translateTerms('machine vision for welding robots')).toEqual(
      expect.arrayContaining(['机器视觉', '焊接机器人']),
    );
    expect(translateTerms('drone')).toEqual(['无人机']);
  });

  it('handles mixed text and lists each word once', () => {
    const terms = translateTerms('无人机 drone 无人机');
    expect(terms).toContain('drone');
    expect(terms).toContain('无人机');
    expect(new Set(terms).size).toBe(terms.length);
  });
});
