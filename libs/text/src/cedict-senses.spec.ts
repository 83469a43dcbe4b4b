import { definitionSenses, glossarySenses } from './cedict-senses';
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
    '(question particle for "yes-no" questions)',
    'particle expressing surprise',
    'prefix indicating an ordinal number',
  ])('ignores the non-translation %p', (definition) => {
    expect(definitionSenses(definition)).toEqual([]);
  });

  it('keeps content words that merely resemble grammatical labels', () => {
    expect(definitionSenses('(elementary) particle').map((s) => s.key)).toEqual([key('particle')]);
    expect(definitionSenses('prefix (linguistics)').map((s) => s.key)).toEqual([key('prefix')]);
  });

  it('reports the readable word behind each stem', () => {
    const seen: Array<[string, string]> = [];
    definitionSenses('batteries; fibre', (term, surface) => seen.push([term, surface]));
    expect(seen).toEqual([
      ['battery', 'batteries'],
      ['fiber', 'fiber'],
    ]);
  });

  it('drops long descriptions', () => {
    expect(definitionSenses('the emergency number for firefighting services in Mainland China')).toEqual([]);
  });
});

describe('glossarySenses', () => {
  it('treats every sense of a glossary entry as an exact translation', () => {
    expect(glossarySenses('cathode; positive electrode')).toEqual([
      { terms: [key('cathode')], key: key('cathode'), exact: true },
      { terms: analyzeEnglish('positive electrode'), key: key('positive electrode'), exact: true },
    ]);
  });

  it('skips senses too long to be a translation', () => {
    expect(glossarySenses('energy saving and emission reduction; X')).toEqual([]);
  });
});
