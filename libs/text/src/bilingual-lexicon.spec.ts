import { bilingualLexicon, definitionSenses } from './bilingual-lexicon';
import { analyzeEnglish } from './english';

const key = (english: string): string => analyzeEnglish(english).join(' ');

describe('definitionSenses', () => {
  it('splits synonyms, drops "to" and parenthesised notes, and stems', () => {
    expect(definitionSenses('to weld; welding (metalwork)')).toEqual([
      { terms: ['weld'], key: 'weld', exact: true },
      { terms: ['weld'], key: 'weld', exact: true },
    ]);
  });

  it('marks senses with extra words as inexact', () => {
    expect(definitionSenses('under the water')).toEqual([{ terms: ['water'], key: 'water', exact: false }]);
    expect(definitionSenses('lithium battery')[0]).toMatchObject({ key: key('lithium battery'), exact: true });
  });

  it('splits alternatives joined by "or"', () => {
    expect(definitionSenses('litchi or lychee fruit').map((s) => s.key)).toEqual(['litchi', 'lychee fruit']);
  });

  it.each([
    'variant of 床[chuang2]',
    'old variant of 線|线[xian4]',
    'surname Shui',
    'classifier for rows or lines',
    'CL:個|个[ge4]',
    'see 道行[dao4 heng2]',
    'used in 蝦蟆|虾蟆[ha2 ma5]',
    'abbr. for 中國|中国',
    '(onom.) buzz; drone; hum',
    '(slang) threesome',
    'Kangxi radical 118',
  ])('ignores the non-translation %p', (definition) => {
    expect(definitionSenses(definition)).toEqual([]);
  });

  it('drops long descriptions', () => {
    expect(definitionSenses('the emergency number for firefighting services in Mainland China')).toEqual([]);
  });
});

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
