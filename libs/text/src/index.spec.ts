import * as text from '@app/text';

describe('@app/text public API', () => {
  it('is reachable through the path alias and exposes the documented functions', () => {
    expect(Object.keys(text).sort()).toEqual(
      [
        'ENGLISH_STOPWORDS',
        'TECHNICAL_GLOSSARY',
        'TermStatistics',
        'americanSpelling',
        'analyze',
        'analyzeEnglish',
        'bilingualLexicon',
        'chineseWords',
        'englishTokens',
        'textRuns',
        'conceptTerms',
        'cosine',
        'querySegments',
        'searchSegments',
        'searchTranslations',
        'stemEnglish',
        'translateTerms',
        'warmUpText',
      ].sort(),
    );
    expect(text.querySegments('电池材料')).toBe('电池 材料');
  });
});
