import { ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { flattenValidationErrors } from '../errors/validation';

/** DTO validation whose failures name each field; the filter renders them in the caller's language. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => DomainError.validation(flattenValidationErrors(errors)),
  });
}
