// The bilingual analyser: meaningful, normalised terms of a Chinese, English
// or mixed text.
import { chineseWords, textRuns } from './chinese';
import { analyzeEnglish } from './english';

/**
 * Meaningful terms of a text in order, duplicates kept: jieba words for
 * Chinese (stopwords, generic posting vocabulary and loose characters
 * dropped) and stemmed, American-spelled words for English.
 */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const run of textRuns(text)) {
    terms.push(...(run.chinese ? chineseWords(run.text) : analyzeEnglish(run.text)));
  }
  return terms;
}
