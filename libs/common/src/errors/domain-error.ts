import { HttpStatus } from '@nestjs/common';
import type { FieldLabel } from '../i18n/field-labels';

export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'LOGIN_LOCKED'
  | 'TOKEN_INVALID'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ALREADY_EXISTS'
  | 'INVALID_TRANSITION'
  | 'SEARCH_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS'
  | 'INVITATION_INVALID'
  | 'INVITATION_ACCOUNT_MISMATCH'
  | 'OUTSIDE_JURISDICTION'
  | 'LAST_ADMIN'
  | 'ALREADY_MEMBER'
  | 'NOT_A_WORKSTATION'
  | 'ALREADY_INTRODUCED'
  | 'ALREADY_RESPONDED'
  | 'NEED_NOT_PUBLISHED'
  | 'ENGAGEMENT_NOT_ACCEPTED'
  | 'CONFLICT_OF_INTEREST'
  | 'ON_BEHALF_ONE_SIDE'
  | 'WRITTEN_CONFIRMATION_REQUIRED'
  | 'MEETING_CLASH'
  | 'EVENT_FULL'
  | 'EVENT_NOT_HELD'
  | 'CONTACT_UNCONFIRMED'
  | 'ALREADY_APPLIED'
  | 'APPLICATIONS_CLOSED'
  | 'DECLARATION_REQUIRED'
  | 'CONFLICTED_REVIEWER'
  | 'PROVIDER_UNREACHABLE'
  | 'PROVIDER_NOT_REVIEWED'
  | 'DATABASE_UNAVAILABLE'
  | 'ACCOUNT_CLAIMED';

/** The one place an error code meets its HTTP status. */
export const STATUS_BY_CODE: Record<ErrorCode, HttpStatus> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  TOKEN_INVALID: HttpStatus.UNAUTHORIZED,
  LOGIN_LOCKED: HttpStatus.TOO_MANY_REQUESTS,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  ALREADY_EXISTS: HttpStatus.CONFLICT,
  INVALID_TRANSITION: HttpStatus.CONFLICT,
  SEARCH_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INVITATION_INVALID: HttpStatus.GONE,
  INVITATION_ACCOUNT_MISMATCH: HttpStatus.FORBIDDEN,
  OUTSIDE_JURISDICTION: HttpStatus.FORBIDDEN,
  LAST_ADMIN: HttpStatus.CONFLICT,
  ALREADY_MEMBER: HttpStatus.CONFLICT,
  NOT_A_WORKSTATION: HttpStatus.CONFLICT,
  ALREADY_INTRODUCED: HttpStatus.CONFLICT,
  ALREADY_RESPONDED: HttpStatus.CONFLICT,
  NEED_NOT_PUBLISHED: HttpStatus.CONFLICT,
  ENGAGEMENT_NOT_ACCEPTED: HttpStatus.CONFLICT,
  CONFLICT_OF_INTEREST: HttpStatus.CONFLICT,
  ON_BEHALF_ONE_SIDE: HttpStatus.CONFLICT,
  WRITTEN_CONFIRMATION_REQUIRED: HttpStatus.FORBIDDEN,
  MEETING_CLASH: HttpStatus.CONFLICT,
  EVENT_FULL: HttpStatus.CONFLICT,
  EVENT_NOT_HELD: HttpStatus.CONFLICT,
  CONTACT_UNCONFIRMED: HttpStatus.FORBIDDEN,
  ALREADY_APPLIED: HttpStatus.CONFLICT,
  APPLICATIONS_CLOSED: HttpStatus.CONFLICT,
  DECLARATION_REQUIRED: HttpStatus.CONFLICT,
  CONFLICTED_REVIEWER: HttpStatus.FORBIDDEN,
  PROVIDER_UNREACHABLE: HttpStatus.CONFLICT,
  PROVIDER_NOT_REVIEWED: HttpStatus.CONFLICT,
  DATABASE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  ACCOUNT_CLAIMED: HttpStatus.CONFLICT,
};

export interface FieldError {
  field: string;
  constraint: string;
  params?: Record<string, unknown>;
  /** How the form labels the field; without it the message uses a common label or the path itself. */
  label?: FieldLabel;
}

/** A failure the user can act on. The HTTP filter renders it in the caller's language. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
  }

  static notFound(entity: string): DomainError {
    return new DomainError('NOT_FOUND', { entity });
  }

  static forbidden(): DomainError {
    return new DomainError('FORBIDDEN');
  }

  static validation(fieldErrors: FieldError[]): DomainError {
    return new DomainError('VALIDATION_FAILED', {}, fieldErrors);
  }
}
