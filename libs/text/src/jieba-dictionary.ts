// jieba's default dictionary file ("word frequency tag" per line), read on
// demand and never kept: jieba copies it into native memory, and the lexicon
// only needs word frequencies while it is being built.
import { readFileSync } from 'fs';
import { nodeRequire } from './node-require';

/** The raw dictionary file of @node-rs/jieba. */
export function readJiebaDictionary(): Buffer {
  return readFileSync(nodeRequire.resolve('@node-rs/jieba/dict.txt'));
}

/** Calls `visit` with the word and the rest of each dictionary line ("frequency tag"). */
function forEachLine(dictionary: string, visit: (word: string, rest: string) => void): void {
  let start = 0;
  while (start < dictionary.length) {
    let end = dictionary.indexOf('\n', start);
    if (end < 0) end = dictionary.length;
    const space = dictionary.indexOf(' ', start);
    if (space > start && space < end) visit(dictionary.slice(start, space), dictionary.slice(space + 1, end));
    start = end + 1;
  }
}

/** jieba's corpus frequency of each of `words` it knows; unknown words are absent. */
export function wordFrequencies(
  words: ReadonlySet<string>,
  dictionary = readJiebaDictionary().toString('utf8'),
): Map<string, number> {
  const frequencies = new Map<string, number>();
  forEachLine(dictionary, (word, rest) => {
    if (words.has(word)) frequencies.set(word, parseInt(rest, 10) || 0);
  });
  return frequencies;
}
