// Turns CC-CEDICT definitions and glossary entries into senses: short lists
// of English stems that can serve as translations.
import { englishTokens } from './english';

/** Most stems a sense may have (longer definitions are descriptions, not translations). */
export const MAX_PHRASE_TERMS = 3;

/** A sense as stems, and whether it is exactly those words ("to weld") or says more ("under the water"). */
export interface Sense {
  terms: string[];
  /** The terms joined by spaces: the sense's key in the English → Chinese table. */
  key: string;
  exact: boolean;
}

/** Receives each stem with the word it was written as, to build a stem → readable word table. */
export type SurfaceSink = (term: string, surface: string) => void;

// Definitions (or synonyms) that are not translations: cross references,
// surnames, classifiers, abbreviations, grammatical particles, onomatopoeia,
// slang and archaic uses.
const UNUSABLE = new RegExp(
  '^(\\((onom|slang|internet slang|vulgar|derog|dialect|cantonese|archaic|old|obsolete|literary|euphemism|coll|polite|humble|honorific|loanword)\\b[^)]*\\)' +
    '|\\(\\w* ?particle' +
    '|(\\w+ )*variant of|used in|see |surname|abbr|classifier|cl:|kangxi|radical|also pr|pr\\.|also written|name of|transliteration' +
    '|(\\w+ )?particle (used|expressing|indicating|marking|for|of)|interjection|(prefix|suffix) (used|for|indicating|meaning|of))',
  'i',
);

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

/**
 * Splits a raw CEDICT definition into synonyms ("a; b", "a or b"), drops
 * parenthesised notes and turns each usable synonym into 1–3 stems.
 */
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
      const exact = wordCount(piece.trim().replace(LEADING_FILLER, '')) === tokens.length;
      senses.push({ terms, key: terms.join(' '), exact });
      if (noteSurface) for (const token of tokens) noteSurface(token.term, token.surface);
    }
  }
  return senses;
}

/** Senses of a glossary entry ("cathode; positive electrode"), all exact. */
export function glossarySenses(english: string, noteSurface?: SurfaceSink): Sense[] {
  return english.split(';').flatMap((sense) => {
    const tokens = englishTokens(sense);
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TERMS) return [];
    if (noteSurface) for (const token of tokens) noteSurface(token.term, token.surface);
    const terms = tokens.map((token) => token.term);
    return [{ terms, key: terms.join(' '), exact: true }];
  });
}
