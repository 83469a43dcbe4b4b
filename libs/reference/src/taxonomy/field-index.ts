/** Builds the field taxonomy index (codes, children, normalised name keys) once per process. */
import { FIELD_SEEDS, FieldSeed } from './fields.data';
import type { Field } from './field.types';

export interface FieldKeyEntry {
  /** Compact key: lower case, no spaces or punctuation ("materialsscience", "材料科学"). */
  key: string;
  /** Stemmed Latin words of the key, empty for Chinese keys. */
  words: readonly string[];
  field: Field;
}

export interface FieldIndex {
  /** Top-level fields in data order, each followed by its sub-fields. */
  readonly all: readonly Field[];
  readonly byCode: ReadonlyMap<string, Field>;
  /** Children by parent code; top-level fields under "". */
  readonly children: ReadonlyMap<string, readonly Field[]>;
  /** Compact key → field, for names and aliases (codes are looked up in byCode). */
  readonly keys: ReadonlyMap<string, Field>;
  /** Stemmed Latin key ("materialsscience" → "materialscience") → field; null when two fields share it. */
  readonly stemKeys: ReadonlyMap<string, Field | null>;
  readonly entries: readonly FieldKeyEntry[];
  /** Names or aliases claimed by more than one field (expected empty; the first claim wins). */
  readonly conflicts: readonly string[];
}

const CJK = /[\u3400-\u9fff]/;
const DROPPED_WORDS = new Set(['and', 'of', 'the']);

/** Lower-case words of a Latin string, with "&", "and", "of" and punctuation removed. */
export function latinWords(value: string): string[] {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3400-\u9fff]+/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !DROPPED_WORDS.has(word));
}

/** Crude English plural stemming, applied to keys and input alike. */
export function stemWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Compact lookup key: NFKC, lower case, letters / digits / CJK only, connectives "and", "与", "及" dropped. */
export function fieldKey(value: string): string {
  const normalised = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[与及]/g, ' ');
  return normalised
    .split(/[^a-z0-9\u3400-\u9fff]+/)
    .filter((word) => word && !DROPPED_WORDS.has(word))
    .join('');
}

function makeField(code: string, zh: string, en: string, parentCode: string | null, aliases: readonly string[]): Field {
  return Object.freeze({ code, zh, en, parentCode, aliases: Object.freeze([...aliases]) as string[] });
}

function expand(seeds: readonly FieldSeed[]): Field[] {
  const fields: Field[] = [];
  for (const seed of seeds) {
    fields.push(makeField(seed.code, seed.zh, seed.en, null, seed.aliases));
    for (const [sub, zh, en, aliases] of seed.subs)
      fields.push(makeField(`${seed.code}.${sub}`, zh, en, seed.code, aliases));
  }
  return fields;
}

/** Builds an index from seeds (exposed for tests; use getFieldIndex()). */
export function buildFieldIndex(seeds: readonly FieldSeed[] = FIELD_SEEDS): FieldIndex {
  const all = expand(seeds);
  const byCode = new Map<string, Field>();
  const children = new Map<string, Field[]>();
  const keys = new Map<string, Field>();
  const stemKeys = new Map<string, Field | null>();
  const entries: FieldKeyEntry[] = [];
  const conflicts: string[] = [];

  for (const field of all) {
    if (byCode.has(field.code)) throw new Error(`@app/reference: duplicate field code ${field.code}`);
    if (field.parentCode !== null && !byCode.has(field.parentCode)) {
      throw new Error(`@app/reference: field ${field.code} has unknown parent ${field.parentCode}`);
    }
    byCode.set(field.code, field);
    const siblings = children.get(field.parentCode ?? '');
    if (siblings) siblings.push(field);
    else children.set(field.parentCode ?? '', [field]);
  }

  for (const field of all) {
    const spellings = new Map<string, string>();
    for (const spelling of [field.zh, field.en, ...field.aliases]) {
      const key = fieldKey(spelling);
      if (key && !spellings.has(key)) spellings.set(key, spelling);
    }
    for (const [key, spelling] of spellings) {
      const owner = keys.get(key);
      if (owner && owner !== field) {
        conflicts.push(`"${key}" claimed by ${owner.code} and ${field.code}`);
        continue;
      }
      keys.set(key, field);
      const words = CJK.test(key) ? [] : latinWords(spelling).map(stemWord);
      entries.push({ key, words, field });
      if (words.length > 0) {
        const stem = words.join('');
        const previous = stemKeys.get(stem);
        stemKeys.set(stem, previous === undefined || previous === field ? field : null);
      }
    }
  }
  return { all, byCode, children, keys, stemKeys, entries, conflicts };
}

let cached: FieldIndex | null = null;

/** The process-wide index, built on first use. */
export function getFieldIndex(): FieldIndex {
  if (!cached) cached = buildFieldIndex();
  return cached;
}
