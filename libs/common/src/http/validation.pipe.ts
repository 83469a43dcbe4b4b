import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { findUnstorableText } from '../errors/hostile-text';
import { flattenValidationErrors } from '../errors/validation';
import { labelOf } from '../i18n/field-labels';

const ROWS_ALONE = Symbol('rows validated alone');

/** Marks a request body whose rows are validated one by one by the service (a bad row fails alone, never the request). */
export function RowsValidatedAlone(): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(ROWS_ALONE, true, target);
  };
}

const CONTENT_RULES = Symbol('content rules');
type ContentCheck = (body: Record<string, unknown>) => void;

/**
 * Rules a service checks once the DTO passed (lookups in reference data, ranges between fields), given as a function
 * that throws a VALIDATION_FAILED DomainError. When the DTO itself fails they are checked too, so one request hears
 * of every bad field at once instead of in two rounds.
 */
export function ContentRules(check: ContentCheck): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(CONTENT_RULES, check, target);
  };
}

/** The DTO's errors, plus those its content rules find in properties the DTO did not already refuse. */
function withContentRules(err: unknown, value: unknown, metatype: ArgumentMetadata['metatype']): unknown {
  const check = metatype && (Reflect.getMetadata(CONTENT_RULES, metatype) as ContentCheck | undefined);
  if (!check || !(err instanceof DomainError) || err.code !== 'VALIDATION_FAILED') return err;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return err;
  const top = (field: string) => field.split(/[.[]/)[0];
  const refused = new Set(err.fieldErrors.map((e) => top(e.field)));
  try {
    check(value as Record<string, unknown>);
  } catch (more) {
    // Anything else than a validation error comes from a value the DTO already refused (a number where text goes).
    if (more instanceof DomainError && more.code === 'VALIDATION_FAILED')
      return DomainError.validation([
        ...err.fieldErrors,
        ...more.fieldErrors.filter((e) => !refused.has(top(e.field))),
      ]);
  }
  return err;
}

/**
 * DTO validation whose failures name each field; the filter renders them in the caller's language. Text PostgreSQL
 * cannot store (a NUL character anywhere in a body or query) is refused here with its field, never reaching the database.
 */
class MarketplaceValidationPipe extends ValidationPipe {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const rowsAlone = !!metadata.metatype && Reflect.getMetadata(ROWS_ALONE, metadata.metatype) === true;
    if (metadata.type !== 'custom' && !rowsAlone) {
      const errors = findUnstorableText(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (errors.length)
        throw DomainError.validation(
          errors.map((e) => ({ ...e, label: e.label ?? labelOf(metadata.metatype, e.field) })),
        );
    }
    try {
      return await super.transform(value, metadata);
    } catch (err) {
      throw withContentRules(err, value, metadata.metatype);
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new MarketplaceValidationPipe({
    whitelist: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // Each error keeps the object it was found in: its class's `@Label`s name the field (never sent to the caller).
    validationError: { target: true },
    exceptionFactory: (errors) => DomainError.validation(flattenValidationErrors(errors)),
  });
}
