import { DomainError, FieldError, labelOf } from '@app/common';
import { findRegion, resolveField } from '@app/reference';
import { ValidateIf } from 'class-validator';
import { CooperationMode, parseCooperationMode } from '../entities/listing-status';

/** Input rules shared by needs and capabilities: taxonomy fields, regions, cooperation modes, dates. */

export const LISTING_LIMITS = {
  title: 500,
  longText: 20000,
  item: 200,
  fields: 20,
  keywords: 50,
  regions: 50,
  attachments: 20,
  url: 2000,
  reason: 2000,
} as const;

/** Optional, but when given it must be valid: unlike @IsOptional, `null` is not skipped (for fields that cannot be cleared). */
export const OptionalNotNull = () => ValidateIf((_, value) => value !== undefined);

/** Collects field errors, so one response names every bad field. */
export class FieldErrorList {
  readonly errors: FieldError[] = [];

  /** `labels`: the DTO whose `@Label`s name the fields in the messages (see FieldLabel). */
  constructor(private readonly labels?: object) {}

  add(field: string, constraint: string, params: Record<string, unknown> = {}): void {
    const label = labelOf(this.labels, field);
    this.errors.push({ field, constraint, params, ...(label ? { label } : {}) });
  }

  throwIfAny(): void {
    if (this.errors.length) throw DomainError.validation(this.errors);
  }
}

/** Trimmed, without empty entries and repeats. */
export function cleanList(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

/** Taxonomy fields by code or name, kept as written; each must resolve (free terms belong in keywords). */
export function normalizeFields(values: string[], path: string, errors: FieldErrorList): string[] {
  const codes = new Set<string>();
  const out: string[] = [];
  values.forEach((raw, i) => {
    const value = raw.trim();
    if (!value) return;
    const field = resolveField(value);
    if (!field) return errors.add(`${path}[${i}]`, 'isField', { value });
    if (codes.has(field.code)) return;
    codes.add(field.code);
    out.push(value);
  });
  return out;
}

/** A region by name ("广东省佛山市", "佛山", "Foshan") or code ("440600"); returns its code. */
export function normalizeRegion(value: string, path: string, errors: FieldErrorList): string | null {
  const region = findRegion(value.trim());
  if (!region) errors.add(path, 'isRegion', { value });
  return region?.code ?? null;
}

export function normalizeModes(values: string[], path: string, errors: FieldErrorList): CooperationMode[] {
  const modes = new Set<CooperationMode>();
  values.forEach((value, i) => {
    const mode = parseCooperationMode(value);
    if (mode) modes.add(mode);
    else errors.add(`${path}[${i}]`, 'isCooperationMode', { value });
  });
  return [...modes];
}

/** Today's date in China (YYYY-MM-DD): deadlines are calendar days there. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Deep equality of two contents, whatever the key order (jsonb does not keep it). */
export function sameContent(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
