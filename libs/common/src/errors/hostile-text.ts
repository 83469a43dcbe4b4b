import { FieldError } from './domain-error';

/** Deeper than any body the API defines; a deeper one is refused rather than walked. */
const MAX_DEPTH = 32;

/** Half of a UTF-16 surrogate pair without its other half: no character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Fields (as dotted paths, like class-validator's) holding text PostgreSQL cannot store: the NUL character, and half a
 * surrogate pair (JSON's `"\ud800"`; validator's e-mail check threw on it, a 500). Also reports nesting beyond
 * MAX_DEPTH at the first field that goes too deep.
 */
export function findUnstorableText(value: unknown, prefix = '', depth = 0): FieldError[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [{ field: prefix || '(body)', constraint: 'noNulCharacter' }];
    return LONE_SURROGATE.test(value) ? [{ field: prefix || '(body)', constraint: 'noLoneSurrogate' }] : [];
  }
  if (!value || typeof value !== 'object') return [];
  if (depth >= MAX_DEPTH) return [{ field: prefix || '(body)', constraint: 'tooDeep', params: { 0: MAX_DEPTH } }];
  const out: FieldError[] = [];
  for (const [key, child] of Object.entries(value)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (key.includes('\u0000')) out.push({ field: field.replaceAll('\u0000', '\\0'), constraint: 'noNulCharacter' });
    else out.push(...findUnstorableText(child, field, depth + 1));
  }
  return out;
}
