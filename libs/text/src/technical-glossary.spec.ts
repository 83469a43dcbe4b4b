import { cutWords } from './segmenter';
import { TECHNICAL_GLOSSARY } from './technical-glossary';

describe('TECHNICAL_GLOSSARY', () => {
  it('has between 100 and 300 entries, each Chinese word once', () => {
    expect(TECHNICAL_GLOSSARY.length).toBeGreaterThanOrEqual(100);
    expect(TECHNICAL_GLOSSARY.length).toBeLessThanOrEqual(300);
    const words = TECHNICAL_GLOSSARY.map(([chinese]) => chinese);
    expect(new Set(words).size).toBe(words.length);
  });

  it('pairs Chinese words with non-empty English senses', () => {
    for (const [chinese, english] of TECHNICAL_GLOSSARY) {
      expect(chinese).toMatch(/^[\u4e00-\u9fff]{2,}$/);
      for (const sense of english.split(';')) expect(sense.trim()).toMatch(/^[A-Za-z][A-Za-z0-9 -]*$/);
    }
  });

  it('covers the modern terms CEDICT lacks', () => {
    const glossary = new Map(TECHNICAL_GLOSSARY);
    expect(glossary.get('正极')).toMatch(/^cathode/);
    expect(glossary.get('负极')).toMatch(/^anode/);
    expect(glossary.get('低空经济')).toContain('low-altitude economy');
    expect(glossary.get('刀剪')).toContain('knives and scissors');
  });

  it('is taught to the segmenter: every entry comes out of jieba as one word', () => {
    const split = TECHNICAL_GLOSSARY.map(([chinese]) => chinese).filter((word) => cutWords(word).length !== 1);
    expect(split).toEqual([]);
  });
});
