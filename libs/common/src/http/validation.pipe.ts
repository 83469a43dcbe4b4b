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
    return super.transform(value, metadata);
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
