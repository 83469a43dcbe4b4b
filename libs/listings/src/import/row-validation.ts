import { FieldError, findUnstorableText, flattenValidationErrors, Language, renderFieldErrors } from '@app/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ImportFailure } from './import-rows.dto';

export interface ValidRow<T> {
  index: number;
  row: T;
}

/**
 * Validates rows one by one; returns the good ones with their index and a report of the bad ones. Called chunk by
 * chunk (`offset` is the chunk's first index; `seen` carries the externalIds of earlier chunks), so that a large
 * request never holds a validated copy of every row at once.
 */
export function validateRows<T extends { externalId: string }>(
  cls: ClassConstructor<T>,
  items: unknown[],
  lang: Language,
  offset = 0,
  seen = new Set<string>(),
) {
  const valid: ValidRow<T>[] = [];
  const failed: ImportFailure[] = [];
  items.forEach((item, k) => {
    const index = offset + k;
    const fail = (errors: FieldError[]) =>
      failed.push({
        index,
        externalId: (item as { externalId?: string })?.externalId,
        errors: renderFieldErrors(errors, lang),
      });
    if (!item || typeof item !== 'object' || Array.isArray(item))
      return fail([{ field: '(row)', constraint: 'isObject' }]);
    const unstorable = findUnstorableText(item);
    if (unstorable.length) return fail(unstorable);
    const row = plainToInstance(cls, item);
    const errors = validateSync(row as object, { whitelist: true, forbidUnknownValues: false });
    if (errors.length) return fail(flattenValidationErrors(errors));
    if (seen.has(row.externalId))
      return fail([
        { field: 'externalId', constraint: 'unique', params: { message: 'externalId appears twice in this request' } },
      ]);
    seen.add(row.externalId);
    valid.push({ index, row });
  });
  return { valid, failed };
}
