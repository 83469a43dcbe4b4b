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

const EXP = (name: string, fallback: number) => (process.env[name] !== undefined ? Number(process.env[name]) : fallback);
const BIGRAM = 'p:';
const BIGRAM_WEIGHT = EXP('EXP_BIGRAM', 0);
const TITLE_EXTRA = EXP('EXP_TITLE', 0);
const EN_CROSS = EXP('EXP_ENCROSS', 1);
const TF = process.env.EXP_TF ?? 'log';
const WORD_STOP = EXP('EXP_WORDSTOP', 0);
const PREFIX = EXP('EXP_PREFIX', 0);
const PHRASE = EXP('EXP_PHRASE', 0);
const WHOLE_NOBIGRAM = EXP('EXP_WHOLE_NOBIGRAM', 0);
const ROUND_TRIP = EXP('EXP_RT', 0);
const EN_SENSES = EXP('EXP_ENSENSES', 2);
const FUNC_STOP = EXP('EXP_FUNCSTOP', 0);
const FUNCTION_WORDS = new Set('a an the and or of for in on at to by with from as is are was were be been this that these those it its we our which'.split(' '));
const TITLE_TERMS = EXP('EXP_TITLETERMS', 0);
const PLAIN_WORDS = EXP('EXP_WORDS', 1);
const add = (bag: Map<string, number>, term: string, weight: number) => bag.set(term, (bag.get(term) ?? 0) + weight);

function addChinese(run: string, counts: TermCounts): void {
  if (run.length === 1) add(counts.own, run, 1);
  for (let i = 0; i + 1 < run.length; i++) add(counts.own, run.slice(i, i + 2), 1);
  const lexicon = bilingualLexicon();
  for (const word of chineseWords(run)) {
    add(counts.own, WORD + word, 1);
    lexicon.glosses(word).slice(0, CROSS_SENSES).forEach((sense, rank) => {
      for (const stem of sense) add(counts.cross, STEM + stem, CROSS_WEIGHT / (1 + rank) / sense.length);
    });
  }
}

function addLatin(run: string, counts: TermCounts, times = 1): void {
  if (PLAIN_WORDS && !WORD_STOP) for (const word of run.toLowerCase().match(/[a-z0-9]+/g) ?? []) if (!(FUNC_STOP && FUNCTION_WORDS.has(word))) add(counts.own, word, times);
  const lexicon = bilingualLexicon();
  let previous: { term: string; position: number } | null = null;
  const tokens = englishTokens(run);
  if (PHRASE) for (let i = 0; i + 1 < tokens.length; i++) {
    for (let n = 2; n <= 3 && i + n <= tokens.length; n++) {
      if (tokens[i + n - 1].position !== tokens[i].position + n - 1) break;
      const phrase = tokens.slice(i, i + n).map((t) => t.term).join(' ');
      lexicon.translations(phrase).slice(0, CROSS_SENSES).forEach((word, rank) => add(counts.cross, WORD + word, (PHRASE * CROSS_WEIGHT) / (1 + rank)));
    }
  }
  for (const token of tokens) {
    add(counts.own, STEM + token.term, times);
    if (WORD_STOP) add(counts.own, token.surface, times);
    if (PREFIX && token.term.length > PREFIX) add(counts.own, 'r:' + token.term.slice(0, PREFIX), times);
    if (BIGRAM_WEIGHT && previous && previous.position === token.position - 1) add(counts.own, BIGRAM + previous.term + ' ' + token.term, times);
    previous = token;
    if (!counts.surfaces!.has(STEM + token.term)) counts.surfaces!.set(STEM + token.term, token.surface);
    if (EN_CROSS) lexicon.translations(token.term).slice(0, EN_SENSES).forEach((word, rank) => {
      add(counts.cross, WORD + word, (EN_CROSS * CROSS_WEIGHT) / (1 + rank));
      if (ROUND_TRIP) for (const stem of lexicon.glosses(word)[0] ?? []) if (stem !== token.term) add(counts.cross, STEM + stem, (ROUND_TRIP * CROSS_WEIGHT) / (1 + rank));
    });
  }
}

export function termCounts(text: string): TermCounts {
  const counts: TermCounts = { own: new Map(), cross: new Map(), surfaces: new Map() };
  const cut = TITLE_EXTRA ? text.indexOf('\n') : -1;
  if (cut > 0) for (const run of textRuns(text.slice(0, cut))) if (!run.chinese) addLatin(run.text, counts, TITLE_EXTRA);
  const firstLine = TITLE_TERMS ? text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length) : '';
  for (const run of textRuns(firstLine)) if (!run.chinese) for (const token of englishTokens(run.text)) add(counts.own, 't:' + token.term, 1);
  for (const run of textRuns(text)) (run.chinese ? addChinese : addLatin)(run.text, counts);
  return counts;
}

const TFA = EXP('EXP_TFA', 1);
const WORD_W = EXP('EXP_WORDW', 1);
const tf = (n: number) => (TF === 'log' ? 1 + TFA * Math.log(n) : TF === 'loglog' ? 1 + Math.log(1 + Math.log(n)) : TF === 'sqrt' ? Math.sqrt(n) : TF === 'bin' ? 1 : n);

/** Sublinear term frequency; a term known only through translation gets its capped fraction. */
export function termWeights(counts: TermCounts): Map<string, number> {
  const out = new Map<string, number>();
  const merged = counts.surfaces === undefined;
  for (const [term, n] of counts.own) if (!(merged && WHOLE_NOBIGRAM && (term.startsWith(BIGRAM) || term.startsWith('t:')))) out.set(term, n < 1 ? n : term.startsWith('t:') ? TITLE_TERMS * tf(n) : term.startsWith(BIGRAM) ? BIGRAM_WEIGHT * tf(n) : /^[a-z0-9]/.test(term) && term[1] !== ':' ? WORD_W * tf(n) : tf(n));
  for (const [term, w] of counts.cross) if (!out.has(term)) out.set(term, Math.min(w, CROSS_CAP));
  return out;
}

/** Whether a text is mostly Chinese, by its own terms (Han bigrams and words against Latin words and stems). */
export function isMostlyChinese(counts: TermCounts): boolean {
  let han = 0;
  let latin = 0;
  for (const [term, n] of counts.own) {
    if (term.startsWith(BIGRAM) || term.startsWith('r:') || term.startsWith('t:')) continue;
    if (term.startsWith(STEM)) latin += n;
    else if (!term.startsWith(WORD)) (/^[a-z0-9]/.test(term) ? (latin += n) : (han += n));
  }
  return han > latin;
}
