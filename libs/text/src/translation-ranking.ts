// Ranks the Chinese words offered for each English key (a stem or a phrase
// of stems) so that precise technical mappings come first.
import { Sense } from './cedict-senses';

/** Translations kept per English key. */
export const MAX_TRANSLATIONS = 3;
/** Base score of a glossary sense; CEDICT senses score at most 1. */
export const GLOSSARY_SCORE = 3;
const PARTIAL_SCORE = 0.25;
const MIN_RELATIVE_SCORE = 0.5;

interface Candidate {
  word: string;
  score: number;
}

/** English key → its best Chinese words, best first. */
export type CandidateTable = Map<string, Candidate[]>;

/**
 * Prior for a CEDICT headword: words jieba sees often outrank rare synonyms
 * (质量 "quality", seen 8,000 times, beats 质素), and single characters,
 * being ambiguous, rank lower.
 */
export function wordPrior(word: string, frequency: number): number {
  const common = Math.min(1, (Math.log10(1 + frequency) + 1) / 5);
  return common * (word.length === 1 ? 0.6 : 1);
}

// Each key keeps only its best few candidates, sorted best first (ties go to
// the shorter word), so the table stays small while it is being filled.
function addCandidate(table: CandidateTable, key: string, word: string, score: number): void {
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

/**
 * Offers `word` as a translation of each of its senses. Earlier senses score
 * higher, and so do words with few senses (when `ambiguous`, i.e. for CEDICT).
 * An exact sense ("to weld") translates its whole key; the stems of a longer
 * sense ("under the water", "lithium battery") only weakly suggest the word.
 */
export function offerSenses(
  table: CandidateTable,
  word: string,
  senses: Sense[],
  base: number,
  ambiguous: boolean,
): void {
  const ambiguity = ambiguous ? 1 / (1 + 0.15 * (senses.length - 1)) : 1;
  senses.forEach(({ terms, key, exact }, index) => {
    const score = (base * ambiguity) / (1 + 0.3 * index);
    const partial = PARTIAL_SCORE * Math.min(score, 1);
    addCandidate(table, key, word, exact ? score : partial);
    if (terms.length > 1) for (const term of terms) addCandidate(table, term, word, partial);
  });
}

/** The translations of one key worth keeping: those scoring at least half the best. */
export function bestTranslations(ranked: readonly Candidate[]): string[] {
  const floor = ranked[0].score * MIN_RELATIVE_SCORE;
  return ranked.filter((candidate) => candidate.score >= floor).map((candidate) => candidate.word);
}
