import { americanSpelling, analyzeEnglish, englishTokens, inflectedForms, stemEnglish } from './english';

describe('stemEnglish', () => {
  it.each([
    ['batteries', 'battery'],
    ['robots', 'robot'],
    ['processes', 'process'],
    ['boxes', 'box'],
    ['glass', 'glass'],
    ['analysis', 'analysis'],
    ['virus', 'virus'],
  ])('removes plural endings: %s → %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it.each([
    ['welding', 'welded', 'weld'],
    ['coating', 'coated', 'coat'],
    ['monitoring', 'monitored', 'monitor'],
    ['cutting', 'cuts', 'cut'],
    ['mining', 'mined', 'mine'],
    ['curing', 'cured', 'cure'],
    ['manufacturing', 'manufactured', 'manufacture'],
    ['drying', 'dried', 'dry'],
  ])('brings %s and %s to the stem of %s', (first, second, base) => {
    expect(stemEnglish(first)).toBe(stemEnglish(base));
    expect(stemEnglish(second)).toBe(stemEnglish(base));
  });

  it('leaves words that only look inflected alone', () => {
    expect(stemEnglish('need')).toBe('need');
    expect(stemEnglish('speed')).toBe('speed');
    expect(stemEnglish('string')).toBe('string');
    expect(stemEnglish('spring')).toBe('spring');
  });

  it('keeps short words, numbers and codes as they are', () => {
    expect(stemEnglish('gas')).toBe('gas');
    expect(stemEnglish('5G')).toBe('5g');
    expect(stemEnglish('CO2')).toBe('co2');
  });

  it.each([
    ['fibre', 'fiber'],
    ['fibres', 'fibers'],
    ['colour', 'color'],
    ['optimisation', 'optimization'],
    ['modelling', 'modeling'],
    ['aluminium', 'aluminum'],
    ['sulphur', 'sulfur'],
    ['haemoglobin', 'hemoglobin'],
    ['catalyse', 'catalyze'],
    ['tyres', 'tires'],
  ])('folds the British spelling %s into %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
    expect(stemEnglish(british)).toBe(stemEnglish(american));
  });

  it('does not touch American or unrelated spellings', () => {
    expect(americanSpelling('precise')).toBe('precise');
    expect(americanSpelling('hour')).toBe('hour');
    expect(americanSpelling('are')).toBe('are');
  });
});

describe('analyzeEnglish', () => {
  it('lowercases, splits on non-alphanumerics, drops stopwords and numbers, and stems', () => {
    expect(analyzeEnglish('We need a partner for Fibre-reinforced COMPOSITES, 300 tonnes per year.')).toEqual([
      'fiber',
      stemEnglish('reinforced'),
      stemEnglish('composite'),
      stemEnglish('tonne'),
      'year',
    ]);
  });

  it('drops the boilerplate of postings', () => {
    expect(analyzeEnglish('Our company is seeking technology research and development solutions')).toEqual([]);
  });

  it('keeps duplicates and order', () => {
    expect(analyzeEnglish('robot arm, robot hand')).toEqual(['robot', 'arm', 'robot', 'hand']);
  });
});

describe('englishTokens', () => {
  it('numbers word positions including dropped words, so adjacency can be checked', () => {
    const tokens = englishTokens('quality of water monitoring');
    expect(tokens.map((t) => [t.term, t.position])).toEqual([
      ['quality', 0],
      ['water', 2],
      ['monitor', 3],
    ]);
  });

  it('reports the readable spelling next to the stem', () => {
    expect(englishTokens('Machines')[0]).toMatchObject({ term: stemEnglish('machine'), surface: 'machines' });
  });
});

describe('inflectedForms', () => {
  it('gives the plural and verb forms that stem like the word', () => {
    expect(inflectedForms('weld')).toEqual(expect.arrayContaining(['welds', 'welded', 'welding']));
    expect(inflectedForms('guide')).toEqual(expect.arrayContaining(['guides', 'guided', 'guiding']));
    expect(inflectedForms('battery')).toContain('batteries');
    expect(inflectedForms('cut')).toContain('cutting');
    for (const word of ['weld', 'guide', 'battery', 'machine', 'coat'])
      for (const form of inflectedForms(word)) expect(stemEnglish(form)).toBe(stemEnglish(word));
  });

  it('leaves very short words alone', () => {
    expect(inflectedForms('of')).toEqual([]);
  });
});
