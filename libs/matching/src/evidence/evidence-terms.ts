// The terms the evidence index compares texts by. Lexical terms are what a text says: Han character bigrams,
// jieba words, lower-cased Latin words and English stems. Cross-lingual terms are what the dictionary says the
// text means in the other language (English stems of Chinese words, Chinese words of English stems); they weigh
// less than any term the text itself contains.
import { bilingualLexicon, chineseWords, englishTokens, textRuns } from '@app/text';

/** Term counts of one text: own occurrences as whole counts, cross-lingual ones as fractions (see `termWeight`). */
export interface TermCounts {
  own: Map<string, number>;
  cross: Map<string, number>;
  /** A stem's word as the text wrote it (the first one seen), to show a person instead of the stem. */
  surfaces?: Map<string, string>;
}

const WORD = 'w:';
const STEM = 's:';
/** Weight of a word's first dictionary sense; later senses get 1/2, 1/3 of it. */
const CROSS_WEIGHT = 0.5;
const CROSS_SENSES = 2;
/** A cross-lingual term never weighs more than this, so it stays below any word the text itself contains (≥ 1). */
const CROSS_CAP = 0.8;

const add = (bag: Map<string, number>, term: string, weight: number) => bag.set(term, (bag.get(term) ?? 0) + weight);

function addChinese(run: string, counts: TermCounts): void {
  if (run.length === 1) add(counts.own, run, 1);
  for (let i = 0; i + 1 < run.length; i++) add(counts.own, run.slice(i, i + 2), 1);
  const lexicon = bilingualLexicon();
  for (const word of chineseWords(run)) {
    add(counts.own, WORD + word, 1);
    lexicon
      .glosses(word)
      .slice(0, CROSS_SENSES)
      .forEach((sense, rank) => {
        for (const stem of sense) add(counts.cross, STEM + stem, CROSS_WEIGHT / (1 + rank) / sense.length);
      });
  }
}

function addLatin(run: string, counts: TermCounts): void {
  for (const word of run.toLowerCase().match(/[a-z0-9]+/g) ?? []) add(counts.own, word, 1);
  const lexicon = bilingualLexicon();
  for (const token of englishTokens(run)) {
    add(counts.own, STEM + token.term, 1);
    if (!counts.surfaces!.has(STEM + token.term)) counts.surfaces!.set(STEM + token.term, token.surface);
    lexicon
      .translations(token.term)
      .slice(0, CROSS_SENSES)
      .forEach((word, rank) => add(counts.cross, WORD + word, CROSS_WEIGHT / (1 + rank)));
  }
}

export function termCounts(text: string): TermCounts {
  const counts: TermCounts = { own: new Map(), cross: new Map(), surfaces: new Map() };
  for (const run of textRuns(text)) (run.chinese ? addChinese : addLatin)(run.text, counts);
  return counts;
}

/** Sublinear term frequency; a term known only through translation gets its capped fraction. */
export function termWeights(counts: TermCounts): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, n] of counts.own) out.set(term, 1 + Math.log(n));
  for (const [term, w] of counts.cross) if (!out.has(term)) out.set(term, Math.min(w, CROSS_CAP));
  return out;
}

/** Whether a text is mostly Chinese, by its own terms (Han bigrams and words against Latin words and stems). */
export function isMostlyChinese(counts: TermCounts): boolean {
  let han = 0;
  let latin = 0;
  for (const [term, n] of counts.own) {
    if (term.startsWith(STEM)) latin += n;
    else if (term.startsWith(WORD)) continue;
    else if (/^[a-z0-9]/.test(term)) latin += n;
    else han += n;
  }
  return han > latin;
}
