/**
 * resolveField: maps free text to a field of the taxonomy.
 *
 * Steps, first hit wins:
 * 1. a field code ("materials.battery"), case-insensitive;
 * 2. an exact Chinese / English name or alias, ignoring case, spaces, punctuation and "and/与/及";
 * 3. the same after dropping a generic ending ("中药学" → "中药", "林业技术" → "林业",
 *    "forestry science" → "forestry") or after English plural stemming ("robot" ↔ "robots");
 * 4. the longest name or alias contained in the input ("锂电池正极材料" → battery materials),
 *    Latin names matched on whole words so "ai" never matches inside "repair";
 * 5. the shortest name or alias containing the input (at least two CJK characters or
 *    four letters: "锂电" → "锂电池"); if such names belong to different top-level
 *    fields the input is ambiguous and null is returned.
 */
import { FieldIndex, fieldKey, getFieldIndex, latinWords, stemWord } from './field-index';
import type { Field } from './field.types';

const CJK = /[\u3400-\u9fff]/;
const CHINESE_ENDINGS = [
  '科学与工程',
  '科学与技术',
  '工程与技术',
  '科学',
  '工程',
  '技术',
  '产业',
  '行业',
  '领域',
  '专业',
  '方向',
  '学',
];
const GENERIC_WORDS = new Set([
  'engineering',
  'science',
  'sciences',
  'technology',
  'technologies',
  'industry',
  'industries',
  'field',
  'sector',
  'studies',
]);

function byEndings(index: FieldIndex, key: string): Field | null {
  for (const ending of CHINESE_ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= 2) {
      const hit = index.keys.get(key.slice(0, -ending.length));
      if (hit) return hit;
    }
  }
  return null;
}

function byStem(index: FieldIndex, words: readonly string[]): Field | null {
  if (words.length === 0) return null;
  const candidates = [words, words.filter((word) => !GENERIC_WORDS.has(word))];
  for (const candidate of candidates) {
    if (candidate.length === 0) continue;
    const hit = index.keys.get(candidate.join('')) ?? index.stemKeys.get(candidate.map(stemWord).join(''));
    if (hit) return hit;
  }
  return null;
}

function indexOfWords(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Longest key found inside the input; ties go to the earliest position. */
function byContainedKey(index: FieldIndex, key: string, words: readonly string[]): Field | null {
  let best: { length: number; position: number; field: Field } | null = null;
  for (const entry of index.entries) {
    const cjk = entry.words.length === 0;
    if (entry.key.length >= key.length) continue;
    if (cjk && entry.key.length < 2) continue;
    const position = cjk ? key.indexOf(entry.key) : indexOfWords(words, entry.words);
    if (position < 0) continue;
    const length = entry.key.length;
    if (!best || length > best.length || (length === best.length && position < best.position))
      best = { length, position, field: entry.field };
  }
  return best?.field ?? null;
}

/** Shortest key containing the input, if all such keys agree on one top-level field. */
function byContainingKey(index: FieldIndex, key: string): Field | null {
  const cjk = CJK.test(key);
  if (key.length < (cjk ? 2 : 4)) return null;
  let shortest = Infinity;
  let matches: Field[] = [];
  for (const entry of index.entries) {
    if (entry.key.length <= key.length || !entry.key.includes(key)) continue;
    if (entry.key.length < shortest) {
      shortest = entry.key.length;
      matches = [entry.field];
    } else if (entry.key.length === shortest && !matches.includes(entry.field)) {
      matches.push(entry.field);
    }
  }
  if (matches.length <= 1) return matches[0] ?? null;
  const tops = new Set(matches.map((field) => field.parentCode ?? field.code));
  if (tops.size !== 1) return null;
  const top = [...tops][0];
  return index.byCode.get(top) ?? null;
}

/** Resolves a code, name or alias (Chinese or English, any case) to a field; null if nothing fits. */
export function resolveField(input: string): Field | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.normalize('NFKC').trim();
  if (!trimmed) return null;
  const index = getFieldIndex();

  const byCode = index.byCode.get(trimmed.toLowerCase());
  if (byCode) return byCode;

  const key = fieldKey(trimmed);
  if (!key) return null;
  const exact = index.keys.get(key);
  if (exact) return exact;

  const words = latinWords(trimmed);
  const variant = byEndings(index, key) ?? (CJK.test(key) ? null : byStem(index, words));
  if (variant) return variant;

  return byContainedKey(index, key, words.map(stemWord)) ?? byContainingKey(index, key);
}
