/** Code-based taxonomy queries: paths, listing, top-level lookup and proximity. */
import { getFieldIndex } from './field-index';
import type { Field, FieldProximity, ListFieldsOptions } from './field.types';

/** The field with exactly this code (case-insensitive), or null. */
export function getField(code: string | null | undefined): Field | null {
  if (typeof code !== 'string') return null;
  return getFieldIndex().byCode.get(code.trim().toLowerCase()) ?? null;
}

/** From the top-level field down to the field itself; empty for an unknown code. */
export function fieldPath(code: string): Field[] {
  const index = getFieldIndex();
  const path: Field[] = [];
  for (
    let field = getField(code);
    field;
    field = field.parentCode ? (index.byCode.get(field.parentCode) ?? null) : null
  ) {
    path.unshift(field);
  }
  return path;
}

/**
 * Lists fields in taxonomy order.
 * `{}` → every field; `{ parentCode: null }` → top-level fields; `{ parentCode: 'materials' }` → its sub-fields.
 */
export function listFields(options: ListFieldsOptions = {}): Field[] {
  const index = getFieldIndex();
  if (options.parentCode === undefined) return [...index.all];
  if (options.parentCode === null) return [...(index.children.get('') ?? [])];
  const parent = getField(options.parentCode);
  return parent ? [...(index.children.get(parent.code) ?? [])] : [];
}

/** Code of the top-level field a field belongs to (itself if top-level); "" for an unknown code. */
export function topLevelOf(code: string): string {
  return fieldPath(code)[0]?.code ?? '';
}

/**
 * "same": one field; "parent-child": a top-level field and one of its sub-fields;
 * "sibling": two sub-fields of one top-level field; otherwise (unknown codes included) "other".
 */
export function fieldProximity(a: string, b: string): FieldProximity {
  const fa = getField(a);
  const fb = getField(b);
  if (!fa || !fb) return 'other';
  if (fa === fb) return 'same';
  if (fa.parentCode === fb.code || fb.parentCode === fa.code) return 'parent-child';
  if (fa.parentCode !== null && fa.parentCode === fb.parentCode) return 'sibling';
  return 'other';
}
