import { glossarySenses } from './cedict-senses';
import {
  bestTranslations,
  CandidateTable,
  GLOSSARY_SCORE,
  MAX_TRANSLATIONS,
  offerSenses,
  wordPrior,
} from './translation-ranking';

const ranked = (table: CandidateTable, key: string): string[] =>
  bestTranslations(table.get(key) ?? [{ word: '', score: 0 }]);

describe('wordPrior', () => {
  it('prefers frequent words and multi-character words', () => {
    expect(wordPrior('质量', 8009)).toBeGreaterThan(wordPrior('质素', 32));
    expect(wordPrior('水', 24314)).toBeLessThan(wordPrior('水质', 1437));
    expect(wordPrior('电池', 1e9)).toBe(1);
    expect(wordPrior('罕见词', 0)).toBeCloseTo(0.2, 10);
  });
});

describe('offerSenses and bestTranslations', () => {
  it('ranks an exact first sense above a later sense and a partial match', () => {
    const table: CandidateTable = new Map();
    offerSenses(table, '炮台', glossarySenses('fort; battery'), 1, true);
    offerSenses(table, '电池', glossarySenses('battery; electric cell'), 1, true);
    offerSenses(table, '锂电池', glossarySenses('lithium battery'), 1, true);
    expect(table.get('battery')!.map((c) => c.word)).toEqual(['电池', '炮台', '锂电池']);
    // 锂电池 only contains "battery" (score 0.25), below half of the best: dropped.
    expect(ranked(table, 'battery')).toEqual(['电池', '炮台']);
    expect(ranked(table, 'lithium battery')).toEqual(['锂电池']);
  });

  it('lets glossary senses outrank any CEDICT sense', () => {
    const table: CandidateTable = new Map();
    offerSenses(table, '阴极', glossarySenses('cathode'), 1, true);
    offerSenses(table, '正极', glossarySenses('cathode; positive electrode'), GLOSSARY_SCORE, false);
    expect(ranked(table, 'cathod')).toEqual(['正极']);
  });

  it('keeps a word once, with its best score, and at most the configured number of words', () => {
    const table: CandidateTable = new Map();
    offerSenses(table, '焊接', glossarySenses('weld; welding'), 1, true);
    for (const word of ['甲', '乙', '丙', '丁', '戊']) offerSenses(table, word, glossarySenses('weld'), 0.5, true);
    const words = table.get('weld')!.map((c) => c.word);
    expect(words.length).toBe(MAX_TRANSLATIONS);
    expect(words.filter((w) => w === '焊接')).toHaveLength(1);
    expect(words[0]).toBe('焊接');
  });
});
