// The bilingual concept space. Every text, whatever its language, becomes a
// weighted bag over one vocabulary made of Chinese words and English stems
// (or stem phrases such as "machin vision"):
//
//   Chinese word  → itself (1), the dictionary words ending/starting it
//                   (0.5/0.3), and its first three English senses (0.6, 0.3,
//                   0.2; each stem of a phrase sense gets half of that)
//   English word  → its stem (1), every known 2–3 word phrase it is part of (1),
//                   and its best Chinese translations (0.6, 0.36, 0.24;
//                   phrases 0.8, 0.48, 0.32; words inside a phrase 40% of that)
//   generic words (系统, "system") count half.
//
// A Chinese need and an English capability that mean the same thing then
// meet twice: on the Chinese words the English side translates to and on the
// English stems the Chinese side glosses to. Each side's own words keep full
// weight, so a projection never outweighs what a text actually says.
import { bilingualLexicon, BilingualLexicon } from './bilingual-lexicon';
import { MAX_PHRASE_TERMS } from './cedict-senses';
import { chineseWords, innerWords, textRuns } from './chinese';
import { englishTokens, EnglishToken, stemEnglish } from './english';
import { LOW_WEIGHT_CHINESE, LOW_WEIGHT_ENGLISH } from './stopwords';

const SUFFIX_WEIGHT = 0.5;
const PREFIX_WEIGHT = 0.3;
const GLOSS_WEIGHT = 0.6;
const FALLBACK_GLOSS_WEIGHT = 0.3;
const MAX_GLOSS_SENSES = 3;
const PHRASE_MEMBER_WEIGHT = 0.5;
const TRANSLATION_WEIGHT = 0.6;
const PHRASE_TRANSLATION_WEIGHT = 0.8;
const RANK_DECAY = [1, 0.6, 0.4];
const COVERED_BY_PHRASE = 0.4;
const LOW_WEIGHT = 0.5;

let lowWeightStems: Set<string> | undefined;
function englishWeight(term: string): number {
  lowWeightStems ??= new Set([...LOW_WEIGHT_ENGLISH].map(stemEnglish));
  return lowWeightStems.has(term) ? LOW_WEIGHT : 1;
}

function add(bag: Map<string, number>, key: string, weight: number): void {
  bag.set(key, (bag.get(key) ?? 0) + weight);
}

/** English senses of a Chinese word, or of the words inside it when the dictionary lacks the word itself. */
function sensesOf(word: string, lexicon: BilingualLexicon): { senses: string[][]; weight: number } {
  const own = lexicon.glosses(word);
  if (own.length > 0) return { senses: own, weight: GLOSS_WEIGHT };
  const inner = innerWords(word);
  const senses = [...inner.suffixes, ...inner.prefixes].flatMap((part) => lexicon.glosses(part).slice(0, 1));
  return { senses, weight: FALLBACK_GLOSS_WEIGHT };
}

function addChineseWord(bag: Map<string, number>, word: string, lexicon: BilingualLexicon): void {
  const base = LOW_WEIGHT_CHINESE.has(word) ? LOW_WEIGHT : 1;
  add(bag, word, base);
  const inner = innerWords(word);
  for (const suffix of inner.suffixes) add(bag, suffix, base * SUFFIX_WEIGHT);
  for (const prefix of inner.prefixes) add(bag, prefix, base * PREFIX_WEIGHT);
  const { senses, weight } = sensesOf(word, lexicon);
  senses.slice(0, MAX_GLOSS_SENSES).forEach((terms, index) => {
    const senseWeight = (base * weight) / (1 + index);
    add(bag, terms.join(' '), senseWeight);
    if (terms.length > 1) for (const term of terms) add(bag, term, senseWeight * PHRASE_MEMBER_WEIGHT);
  });
}

interface PhraseMatch {
  key: string;
  start: number;
  length: number;
}

/** Runs of 2–3 adjacent English words that the lexicon knows as a phrase ("fuel cell"). */
function knownPhrases(tokens: EnglishToken[], lexicon: BilingualLexicon): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let length = 2; length <= MAX_PHRASE_TERMS && start + length <= tokens.length; length++) {
      const last = tokens[start + length - 1];
      if (last.position - tokens[start].position !== length - 1) break; // a stopword sits in between
      const key = tokens
        .slice(start, start + length)
        .map((token) => token.term)
        .join(' ');
      if (lexicon.translations(key).length > 0) matches.push({ key, start, length });
    }
  }
  return matches;
}

function addEnglishRun(bag: Map<string, number>, run: string, lexicon: BilingualLexicon): void {
  const tokens = englishTokens(run);
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const phrase of knownPhrases(tokens, lexicon)) {
    add(bag, phrase.key, 1);
    lexicon
      .translations(phrase.key)
      .forEach((word, rank) => add(bag, word, PHRASE_TRANSLATION_WEIGHT * RANK_DECAY[rank]));
    covered.fill(true, phrase.start, phrase.start + phrase.length);
  }
  tokens.forEach((token, index) => {
    const base = englishWeight(token.term);
    add(bag, token.term, base);
    const factor = base * TRANSLATION_WEIGHT * (covered[index] ? COVERED_BY_PHRASE : 1);
    lexicon.translations(token.term).forEach((word, rank) => add(bag, word, factor * RANK_DECAY[rank]));
  });
}

/**
 * A weighted bag of concepts in the shared Chinese + English space, for
 * cosine similarity between texts of either language.
 */
export function conceptTerms(text: string): Map<string, number> {
  const lexicon = bilingualLexicon();
  const bag = new Map<string, number>();
  for (const run of textRuns(text)) {
    if (run.chinese) for (const word of chineseWords(run.text)) addChineseWord(bag, word, lexicon);
    else addEnglishRun(bag, run.text, lexicon);
  }
  return bag;
}

/**
 * The other-language words of a text, for a low-priority search field:
 * readable English words from the first two senses of each Chinese word, and
 * for English the two best Chinese words of each known phrase plus the best
 * one of each word (both for mixed text). Each appears once, in text order.
 */
export function translateTerms(text: string): string[] {
  const lexicon = bilingualLexicon();
  const out = new Set<string>();
  for (const run of textRuns(text)) {
    if (run.chinese) {
      for (const word of chineseWords(run.text)) {
        for (const terms of sensesOf(word, lexicon).senses.slice(0, 2)) {
          for (const term of terms) out.add(lexicon.surface(term));
        }
      }
      continue;
    }
    const tokens = englishTokens(run.text);
    const phrases = knownPhrases(tokens, lexicon);
    tokens.forEach((token, index) => {
      for (const phrase of phrases) {
        if (phrase.start === index) for (const word of lexicon.translations(phrase.key).slice(0, 2)) out.add(word);
      }
      for (const word of lexicon.translations(token.term).slice(0, 1)) out.add(word);
    });
  }
  return [...out];
}
