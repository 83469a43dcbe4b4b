// Chinese word segmentation with jieba (native, @node-rs/jieba). The default
// dictionary is loaded once, on first use, and extended with the technical
// glossary so terms such as 机器视觉 or 低空经济 come out as single words.
import { Jieba } from '@node-rs/jieba';
import { readJiebaDictionary } from './jieba-dictionary';
import { TECHNICAL_GLOSSARY } from './technical-glossary';

// Frequency given to glossary words jieba does not know. Any positive count
// beats splitting a compound into two known words; a modest one keeps the
// new word from swallowing characters of its neighbours.
const ADDED_WORD_FREQUENCY = 200;

let jieba: Jieba | undefined;

/** The shared jieba instance, created on first call. */
export function segmenter(): Jieba {
  if (!jieba) {
    const instance = Jieba.withDict(readJiebaDictionary());
    // Without the HMM, jieba returns a string whole only if it is a dictionary word.
    const missing = TECHNICAL_GLOSSARY.map(([chinese]) => chinese).filter(
      (word) => instance.cut(word, false).length > 1,
    );
    if (missing.length > 0) {
      instance.loadDict(Buffer.from(missing.map((word) => `${word} ${ADDED_WORD_FREQUENCY} n\n`).join('')));
    }
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
