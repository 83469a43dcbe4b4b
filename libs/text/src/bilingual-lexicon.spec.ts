import { bilingualLexicon } from './bilingual-lexicon';
import { analyzeEnglish } from './english';

const key = (english: string): string => analyzeEnglish(english).join(' ');

describe('bilingualLexicon', () => {
  const lexicon = bilingualLexicon();

  it('is built once and shared', () => {
    expect(bilingualLexicon()).toBe(lexicon);
    expect(lexicon.stats.chineseWords).toBeGreaterThan(30_000);
    expect(lexicon.stats.englishKeys).toBeGreaterThan(30_000);
  });

  it('glosses Chinese words with stemmed English senses, preferred sense first', () => {
    expect(lexicon.glosses('电池')[0]).toEqual(['battery']);
    expect(lexicon.glosses('对虾')).toContainEqual(['shrimp']);
    expect(lexicon.glosses('水质')[0]).toEqual(analyzeEnglish('water quality'));
    expect(lexicon.glosses('不存在的词')).toEqual([]);
  });

  it('lets the glossary override CEDICT for industry meanings', () => {
    // CEDICT glosses 正极 as "positive electrode; positive pole; anode"; in batteries it is the cathode.
    expect(lexicon.glosses('正极')[0]).toEqual(analyzeEnglish('cathode'));
    expect(lexicon.glosses('正极').flat()).not.toContain(analyzeEnglish('anode')[0]);
    expect(lexicon.translations(key('cathode'))[0]).toBe('正极');
  });

  it('translates English words and phrases to the precise Chinese term first', () => {
    expect(lexicon.translations('robot')[0]).toBe('机器人');
    expect(lexicon.translations(key('welding'))[0]).toBe('焊接');
    expect(lexicon.translations(key('battery'))[0]).toBe('电池');
    expect(lexicon.translations(key('water quality'))[0]).toBe('水质');
    expect(lexicon.translations(key('fuel cell'))[0]).toBe('燃料电池');
    expect(lexicon.translations(key('machine vision'))[0]).toBe('机器视觉');
    expect(lexicon.translations(key('drone'))[0]).toBe('无人机');
    expect(lexicon.translations(key('traditional Chinese medicine'))).toContain('中药');
  });

  it('keeps at most three translations and none for unknown words', () => {
    expect(lexicon.translations('water').length).toBeLessThanOrEqual(3);
    expect(lexicon.translations('qwertyuiop')).toEqual([]);
  });

  it('skips surnames, proper names and cross references', () => {
    // CEDICT has 水 both as "surname Shui" (capitalised pinyin) and as water.
    expect(lexicon.glosses('水').flat()).not.toContain('shui');
    expect(lexicon.glosses('水').flat()).not.toContain(key('surname'));
    expect(lexicon.translations(key('surname'))).not.toContain('水');
    // 行 "used in 道行[dao4 heng2]" and "classifier for rows" give no senses.
    expect(lexicon.glosses('行').flat()).not.toContain('dao4');
    expect(lexicon.glosses('行').flat()).not.toContain(key('classifier'));
  });

  it('maps stems back to readable words', () => {
    expect(lexicon.surface(analyzeEnglish('machine')[0])).toBe('machine');
    expect(lexicon.surface('unknownstem')).toBe('unknownstem');
  });
});
