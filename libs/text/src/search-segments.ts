// Extra segmentations for a search-engine field. Meilisearch segments
// Chinese on its own and may cut a document and a query differently
// ("锂电池正极材料研发" vs "电池材料"); indexing every plausible word and all
// character bigrams, and sending queries as plain words, closes that gap.
import { innerWords, isChinese, textRuns } from './chinese';
import { translateTerms } from './concepts';
import { inflectedForms } from './english';
import { cutForSearch, cutWords } from './segmenter';
import { CHINESE_FUNCTION_WORDS } from './stopwords';

const keep = (word: string): boolean => isChinese(word) && !CHINESE_FUNCTION_WORDS.has(word);

function bigrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * Space-separated words for a secondary index field: jieba search-mode words
 * (锂电池 → 锂电, 电池, 锂电池), dictionary words ending or starting long
 * words (氢燃料电池 → 燃料电池), and the character bigrams of every Chinese
 * run. Only Chinese is emitted; each segment appears once.
 */
export function searchSegments(text: string): string {
  const segments = new Set<string>();
  for (const run of textRuns(text)) {
    if (!run.chinese) continue;
    for (const word of cutForSearch(run.text)) {
      if (!keep(word)) continue;
      segments.add(word);
      if (word.length > 4) {
        const inner = innerWords(word);
        for (const part of [...inner.suffixes, ...inner.prefixes]) segments.add(part);
      }
    }
    for (const pair of bigrams(run.text)) segments.add(pair);
  }
  return [...segments].join(' ');
}

/**
 * A user query as space-separated words, segmented the way documents are
 * ("电池材料" → "电池 材料"): Chinese runs become jieba words without function
 * words, other text is lowercased and kept. Falls back to the trimmed query
 * when nothing would be left.
 */
export function querySegments(q: string): string {
  const words: string[] = [];
  for (const run of textRuns(q)) {
    if (run.chinese) words.push(...cutWords(run.text).filter(keep));
    else words.push(...(run.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  }
  return words.length > 0 ? words.join(' ') : q.trim();
}

const ENGLISH_WORD = /^[a-z]+$/;

/**
 * The other language's words of a text for a low-priority search field: `translateTerms`, plus the inflected forms
 * of each English word it gives (焊接 → weld, welds, welded, welding), so that an English query, which the engine
 * does not stem, reaches a Chinese text in whatever form it names the thing.
 */
export function searchTranslations(text: string): string {
  const words = new Set<string>();
  for (const term of translateTerms(text)) {
    words.add(term);
    if (ENGLISH_WORD.test(term)) for (const form of inflectedForms(term)) words.add(form);
  }
  return [...words].join(' ');
}
