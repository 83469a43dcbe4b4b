import type { FormInstance } from 'antd';

/** The API's error body: `{statusCode, code, message, errors?: [{field, constraint, message}]}`, in the caller's language. */
export interface ApiFieldError {
  field: string;
  constraint: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: ApiFieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static from(status: number, body: unknown): ApiError {
    const b = (body ?? {}) as Record<string, unknown>;
    const errors = Array.isArray(b.errors) ? (b.errors as ApiFieldError[]) : [];
    const message = typeof b.message === 'string' ? b.message : `HTTP ${status}`;
    return new ApiError(status, typeof b.code === 'string' ? b.code : 'HTTP_ERROR', message, errors, b);
  }
}

/** `items.0.title` or `regions[0]` → ['items', 0, 'title'] / ['regions', 0], the name paths Ant Design forms use. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form: FormInstance<unknown> rejects typed forms (its field-name parameters)
type AnyForm = FormInstance<any>;

/**
 * Shows each field error beside its form field. Returns the errors that belong to no field of the form,
 * which the caller shows above the form. The messages come from the API: the console states no rule itself.
 */
export function showFieldErrors(form: AnyForm, error: unknown, knownFields?: string[]): ApiFieldError[] {
  if (!(error instanceof ApiError)) return [];
  const names = new Set(knownFields ?? Object.keys(form.getFieldsValue(true) as object));
  const byField = new Map<string, string[]>();
  const rest: ApiFieldError[] = [];
  for (const e of error.fieldErrors) {
    const top = String(fieldPath(e.field)[0]);
    if (!names.has(top)) {
      rest.push(e);
      continue;
    }
    const key = fieldPath(e.field).join('.');
    byField.set(key, [...(byField.get(key) ?? []), e.message]);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: fieldPath(field), errors })));
  return rest;
}
