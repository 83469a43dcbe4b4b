// Chinese word segmentation with jieba (native, @node-rs/jieba). The default
// dictionary is loaded once, on first use, and extended with the technical
// glossary so terms such as 机器视觉 or 低空经济 come out as single words.
import { Jieba } from '@node-rs/jieba';
import { readFileSync } from 'fs';
import { TECHNICAL_GLOSSARY } from './technical-glossary';

// Frequency given to glossary words jieba does not know. Any positive count
// beats splitting a compound into two known words; a modest one keeps the
// new word from swallowing characters of its neighbours.
const ADDED_WORD_FREQUENCY = 200;

let jieba: Jieba | undefined;

/**
 * jieba's default dictionary file ("word frequency tag" per line). Read on
 * demand and not kept: jieba copies it into native memory, and the lexicon
 * only needs it while it is being built.
 */
export function readJiebaDictionary(): Buffer {
  return readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
}

function missingGlossaryWords(dictionary: string): string[] {
  const wanted = new Set(TECHNICAL_GLOSSARY.map(([chinese]) => chinese));
  let start = 0;
  while (start < dictionary.length && wanted.size > 0) {
    const space = dictionary.indexOf(' ', start);
    const end = dictionary.indexOf('\n', start);
    if (space > start && (end < 0 || space < end)) wanted.delete(dictionary.slice(start, space));
    if (end < 0) break;
    start = end + 1;
  }
  return [...wanted];
}

/** The shared jieba instance, created on first call. */
export function segmenter(): Jieba {
  if (!jieba) {
    const dictionary = readJiebaDictionary();
    const instance = Jieba.withDict(dictionary);
    const extra = missingGlossaryWords(dictionary.toString('utf8')).map((word) => `${word} ${ADDED_WORD_FREQUENCY} n`);
    if (extra.length > 0) instance.loadDict(Buffer.from(extra.join('\n') + '\n'));
    jieba = instance;
  }
  return jieba;
}

/**
 * Precise-mode words of a Chinese text. With the HMM on (the default) runs of
 * characters unknown to the dictionary are grouped into new words.
 */
export function cutWords(text: string, hmm = true): string[] {
  return segmenter().cut(text, hmm);
}

/** Search-mode words: the precise words plus the dictionary words found inside longer ones. */
export function cutForSearch(text: string): string[] {
  return segmenter().cutForSearch(text, true);
}
