import { querySegments, searchSegments, searchTranslations } from './search-segments';

const words = (segments: string): string[] => segments.split(' ').filter(Boolean);

describe('searchSegments', () => {
  it('indexes the words a differently segmented query will use', () => {
    const indexed = words(searchSegments('锂电池正极材料研发'));
    expect(indexed).toEqual(expect.arrayContaining(['锂电池', '电池', '正极', '材料', '正极材料']));
    for (const queryWord of words(querySegments('电池材料'))) expect(indexed).toContain(queryWord);
  });

  it('adds search-mode sub-words and every character bigram of each Chinese run', () => {
    const indexed = words(searchSegments('中药材种植'));
    expect(indexed).toEqual(expect.arrayContaining(['中药', '药材', '中药材', '种植', '材种']));
  });

  it('adds long dictionary words found inside longer words', () => {
    expect(words(searchSegments('氢燃料电池'))).toEqual(expect.arrayContaining(['氢燃料电池', '燃料电池', '电池']));
  });

  it('leaves out function words, English and repeats', () => {
    const indexed = words(searchSegments('荔枝的保鲜 and lychee，荔枝'));
    expect(indexed).not.toContain('的');
    expect(indexed).not.toContain('lychee');
    expect(indexed.filter((w) => w === '荔枝')).toHaveLength(1);
  });

  it('is empty for text without Chinese', () => {
    expect(searchSegments('machine vision')).toBe('');
  });
});

describe('querySegments', () => {
  it('splits a Chinese query into words', () => {
    expect(querySegments('电池材料')).toBe('电池 材料');
    expect(querySegments('锂电池的正极材料')).toBe('锂电池 正极材料');
  });

  it('lowercases other text and splits it at punctuation', () => {
    expect(querySegments('燃料电池 Machine-Vision')).toBe('燃料电池 machine vision');
  });

  it('falls back to the trimmed query when nothing meaningful is left', () => {
    expect(querySegments('  的  ')).toBe('的');
  });

  it('finds documents whatever the query granularity', () => {
    const doc = words(searchSegments('南美白对虾病害防控与水质监测技术'));
    for (const query of ['对虾病害', '水质监测', '病害防控', '监测']) {
      for (const queryWord of words(querySegments(query))) expect(doc).toContain(queryWord);
    }
  });
});

describe('searchTranslations', () => {
  it('gives a Chinese text the English words an English query uses, inflected as people write them', () => {
    const translated = words(searchTranslations('焊接机器人视觉引导改造'));
    for (const queryWord of words(querySegments('welding robots, vision-guided')))
      expect(translated).toContain(queryWord);
    expect(translated).toEqual(expect.arrayContaining(['weld', 'welds', 'welded', 'robot']));
  });

  it('gives an English text the Chinese words of a Chinese query', () => {
    const translated = words(searchTranslations('Vision-guided welding robot for small batches'));
    for (const queryWord of words(querySegments('焊接机器人'))) expect(translated).toContain(queryWord);
  });
});
