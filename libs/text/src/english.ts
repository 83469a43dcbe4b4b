// English side of the analyser: lowercase words, British spellings folded to
// American ones, a light deterministic stemmer and stopword removal.
import { ENGLISH_STOPWORDS } from './stopwords';

/** A stemmed English term and the position of its word in the source text. */
export interface EnglishToken {
  term: string;
  /** The lowercased word as written (after spelling normalisation). */
  surface: string;
  /** Index of the word among all words of the text, stopwords included. */
  position: number;
}

// Whole-word or prefix respellings, applied before stemming.
const RESPELLINGS: Array<[RegExp, string]> = [
  [/^(fib|cent|lit|calib|theat|lust|sab|spect|(?:kilo|centi|milli|micro|nano)?met)re(s|d)?$/, '$1er$2'],
  [/^(col|flav|od|vap|behavi|lab|harb|hum|rum|tum|fav|hon|neighb|sav|vig|arm)our(s|ed|ing|ful|less|able)?$/, '$1or$2'],
  [
    /^(model|label|travel|fuel|signal|channel|level|cancel|tunnel|total|dial|counsel|marvel|jewel)l(ing|ed|er|ers)$/,
    '$1$2',
  ],
  [/isation(s?)$/, 'ization$1'],
  [
    /^(optim|organ|util|recogn|character|synthes|commercial|industrial|digital|standard|stabil|minim|maxim|modern|special|visual|custom|steril|fertil|mechan|neutral|crystall|polymer|real|local|global|capital|harmon|normal|emphas|summar|author|prior|categor|ion|oxid|immun|subsid|vulcan|homogen|miniatur|magnet|energ|pasteur|carbon|hybrid|metabol|mobil|revital|urban)is(e|es|ed|ing|er|ers)$/,
    '$1iz$2',
  ],
  [/^(anal|catal|paral|electrol|hydrol|dial)ys(e|es|ed|ing|er|ers)$/, '$1yz$2'],
  [/^(an)?aem/, '$1em'],
  [/haem/, 'hem'],
  [/aemia$/, 'emia'],
  [/paed/, 'ped'],
  [/^oe(str|dem|soph)/, 'e$1'],
  [/anaesth/, 'anesth'],
  [/^caesium$/, 'cesium'],
  [/^diarrhoea$/, 'diarrhea'],
  [/^foet/, 'fet'],
  [/^aluminium$/, 'aluminum'],
  [/sulph/, 'sulf'],
  [/^ageing$/, 'aging'],
  [/^mould/, 'mold'],
  [/^moult/, 'molt'],
  [/^plough/, 'plow'],
  [/^tyre(s?)$/, 'tire$1'],
  [/^grey/, 'gray'],
  [/^programme(s?)$/, 'program$1'],
  [/^(cata|ana|dia)logue(s?)$/, '$1log$2'],
  [/^defence(s?)$/, 'defense$1'],
  [/^licence(s?)$/, 'license$1'],
  [/^jewellery$/, 'jewelry'],
  [/^aeroplane(s?)$/, 'airplane$1'],
  [/^draught/, 'draft'],
  [/^storey(s?)$/, 'story$1'],
];

// Verbs whose British forms double the final l (modelling, labelled).
const DOUBLED_L = new Set([
  'model',
  'label',
  'travel',
  'fuel',
  'signal',
  'channel',
  'level',
  'cancel',
  'tunnel',
  'total',
  'dial',
  'pedal',
  'counsel',
  'marvel',
  'control',
  'patrol',
  'propel',
  'compel',
  'repel',
  'expel',
  'excel',
]);

const IRREGULAR: Record<string, string> = {
  used: 'use',
  uses: 'use',
  using: 'use',
  data: 'data',
  media: 'media',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  bacteria: 'bacterium',
  fungi: 'fungus',
  larvae: 'larva',
  algae: 'alga',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  leaves: 'leaf',
  shelves: 'shelf',
  knives: 'knife',
  wolves: 'wolf',
  halves: 'half',
};

const VOWEL = /[aeiouy]/;

/** Folds common British spellings to American ones (fibre → fiber, colour → color). */
export function americanSpelling(word: string): string {
  let out = word;
  for (const [pattern, replacement] of RESPELLINGS) {
    if (pattern.test(out)) out = out.replace(pattern, replacement);
  }
  return out;
}

function stripSuffix(word: string, suffix: string): string | null {
  if (!word.endsWith(suffix)) return null;
  const rest = word.slice(0, -suffix.length);
  return rest.length >= 3 && VOWEL.test(rest) ? rest : null;
}

function undouble(stem: string): string {
  const last = stem[stem.length - 1];
  if (stem.length < 4 || last !== stem[stem.length - 2] || VOWEL.test(last)) return stem;
  if (last === 'l') return DOUBLED_L.has(stem.slice(0, -1)) ? stem.slice(0, -1) : stem;
  return last === 's' || last === 'z' ? stem : stem.slice(0, -1);
}

function dropPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|[^aeiou]ch|sh|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

function dropVerbEnding(word: string): string {
  if (word.endsWith('ied') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('eed')) return word;
  const base = stripSuffix(word, 'ing') ?? stripSuffix(word, 'ed');
  if (base === null) return word;
  const single = undouble(base);
  // A short consonant-vowel-consonant stem lost its silent e: mining → mine, cured → cure.
  return single === base && /^[^aeiou][aeiou][^aeiouwxy]$/.test(base) ? base + 'e' : single;
}

/**
 * Light, deterministic stemmer: plurals, -ing and -ed are removed and the
 * final silent "e" of longer words is dropped so that "coating"/"coated"/"coat",
 * "mining"/"mine" and "manufacture"/"manufacturing" meet. Stems are keys, not
 * display words.
 */
export function stemEnglish(input: string): string {
  return normalizedWord(input.toLowerCase())[1];
}

function computeStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (IRREGULAR[word]) return IRREGULAR[word];
  let stem = dropVerbEnding(dropPlural(word));
  if (stem.length > 4 && stem.endsWith('e') && !stem.endsWith('ee')) stem = stem.slice(0, -1);
  return stem;
}

// Lowercased word → [American spelling, stem]. Texts reuse a small vocabulary,
// so memoising makes the analyser several times faster.
const wordCache = new Map<string, readonly [string, string]>();
const WORD_CACHE_LIMIT = 200_000;

function normalizedWord(lower: string): readonly [string, string] {
  let known = wordCache.get(lower);
  if (!known) {
    const american = americanSpelling(lower);
    known = [american, computeStem(american)];
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(lower, known);
  }
  return known;
}

let stopStemSet: Set<string> | undefined;
function stopStems(): Set<string> {
  stopStemSet ??= new Set([...ENGLISH_STOPWORDS].map(stemEnglish));
  return stopStemSet;
}

const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);

/** All meaningful English tokens of a text, with word positions so callers can spot adjacent words. */
export function englishTokens(text: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  let position = 0;
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digitsOnly = true;
    while (i < text.length && isWordChar(text.charCodeAt(i))) {
      if (text.charCodeAt(i) > 57) digitsOnly = false;
      i++;
    }
    const index = position++;
    if (i - start < 2 || digitsOnly) continue;
    const raw = text.slice(start, i).toLowerCase();
    if (ENGLISH_STOPWORDS.has(raw)) continue;
    const [surface, term] = normalizedWord(raw);
    if (stopStems().has(term)) continue;
    tokens.push({ term, surface, position: index });
  }
  return tokens;
}

/** Stemmed meaningful English terms in text order. */
export function analyzeEnglish(text: string): string[] {
  return englishTokens(text).map((token) => token.term);
}

const inflectionCache = new Map<string, string[]>();
const INFLECTION_CACHE_LIMIT = 50_000;

// The regular plural, -ing and -ed forms by the spelling rules (batch → batches, study → studies, coat → coating,
// guide → guiding, cut → cutting; the final consonant doubled for one-syllable words only).
function regularForms(word: string): string[] {
  const root = word.slice(0, -1);
  const plural = /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${root}ies` : `${word}s`;
  if (/[^aeiou]y$/.test(word)) return [plural, `${word}ing`, `${root}ied`];
  if (/[^e]e$/.test(word)) return [plural, `${root}ing`, `${word}d`];
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(word)) {
    const doubled = word + word[word.length - 1];
    return [plural, `${doubled}ing`, `${doubled}ed`];
  }
  return [plural, `${word}ing`, `${word}ed`];
}

/**
 * The plural and verb forms of an English word that stem like it (weld → welds, welded, welding; guide → guides,
 * guided, guiding). A search engine that does not stem then finds a text holding the word when asked for any of them.
 */
export function inflectedForms(word: string): string[] {
  const lower = word.toLowerCase();
  let forms = inflectionCache.get(lower);
  if (!forms) {
    const stem = stemEnglish(lower);
    forms = /^[a-z]{3,}$/.test(lower) ? regularForms(lower).filter((form) => stemEnglish(form) === stem) : [];
    if (inflectionCache.size >= INFLECTION_CACHE_LIMIT) inflectionCache.clear();
    inflectionCache.set(lower, forms);
  }
  return forms;
}
