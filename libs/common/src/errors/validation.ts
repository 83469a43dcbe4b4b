import { ValidationError } from 'class-validator';
import { FieldError } from './domain-error';
import { labelOf } from '../i18n/field-labels';

/** In this order: a missing text is reported as missing, not as "not a text". */
const PRIMARY = ['isDefined', 'isNotEmpty', 'isString', 'isArray', 'isIn'];

/** Flattens class-validator's tree into `field.path` errors, keeping each constraint's arguments for the message. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    // One message per field: the most basic failure first (missing before malformed before too long).
    const primary = PRIMARY.map((p) => constraints.find(([c]) => c === p)).find(Boolean);
    const [constraint, message] = primary ?? constraints[0] ?? [];
    const label = labelOf(error.target, error.property);
    const context = (error.contexts?.[constraint ?? ''] ?? {}) as Record<string, unknown>;
    if (constraint) out.push({ field, constraint, params: { message, ...context }, ...(label ? { label } : {}) });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** Numbers quoted in class-validator's English message, e.g. "must be shorter than or equal to 200 characters". */
export function constraintArgs(error: FieldError): string[] {
  const message = String(error.params?.message ?? '');
  const list = message.match(/one of the following values: (.*)$/);
  if (list) return [list[1]];
  const date = message.match(/no later than (\d{4}-\d{2}-\d{2})/);
  if (date) return [date[1]];
  return message.match(/\d+/g) ?? [];
}
