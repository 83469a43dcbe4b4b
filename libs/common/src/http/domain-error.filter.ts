import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, FieldError, STATUS_BY_CODE } from '../errors/domain-error';
import { constraintArgs } from '../errors/validation';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { fieldName } from '../i18n/field-labels';
import { Language, languageFrom } from '../i18n/language';
import { CONSTRAINT_MESSAGES, ERROR_MESSAGES, renderMessage } from '../i18n/messages';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; constraint: string; message: string }[];
  details?: Record<string, unknown>;
  requestId?: string;
}

export function renderFieldErrors(errors: FieldError[], lang: Language) {
  return errors.map((e) => {
    const args = constraintArgs(e);
    const params = {
      ...Object.fromEntries(args.map((a, i) => [String(i), a])),
      ...e.params,
      field: fieldName(e.field, lang, e.label),
    };
    const known = CONSTRAINT_MESSAGES[e.constraint];
    const message = known
      ? joinChinese(renderMessage(CONSTRAINT_MESSAGES, e.constraint, lang, params), lang)
      : String(e.params?.message ?? e.constraint);
    return { field: e.field, constraint: e.constraint, message };
  });
}

/** Chinese needs no space between a field's label and the words after it: "需求标题不能为空". */
function joinChinese(message: string, lang: Language): string {
  return lang === 'zh-CN' ? message.replace(/(?<=[\u3400-\u9fff）”])\s+(?=[\u3400-\u9fff（“])/g, '') : message;
}

/** Maps every error to one JSON shape, in the caller's language (Accept-Language: zh-CN by default, or en). */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const lang = languageFrom(req.headers['accept-language']);
    const body = this.toBody(exception, lang);
    body.requestId = req.id;
    if (body.code === 'DATABASE_UNAVAILABLE') {
      res.setHeader('Retry-After', '5');
      this.logger.warn({ err: exception, requestId: req.id }, 'database unavailable');
    } else if (body.statusCode >= 500) this.logger.error({ err: exception, requestId: req.id }, 'request failed');
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, lang: Language): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_BY_CODE[exception.code];
      const body: ErrorBody = {
        statusCode,
        code: exception.code,
        message: renderMessage(ERROR_MESSAGES, exception.code, lang, exception.params),
      };
      if (exception.fieldErrors.length) body.errors = renderFieldErrors(exception.fieldErrors, lang);
      if (exception.details) body.details = exception.details;
      return body;
    }
    if (exception instanceof HttpException) {
      const statusCode: HttpStatus = exception.getStatus();
      const code = codeForStatus(statusCode);
      const fallback = exception.message;
      const message =
        code === 'INTERNAL'
          ? fallback
          : renderMessage(ERROR_MESSAGES, code, lang, { entity: lang === 'en' ? 'Resource' : '资源' });
      const body: ErrorBody = { statusCode, code, message: ERROR_MESSAGES[code] ? message : fallback };
      // Express refuses a path whose percent-encoding is not UTF-8 before any handler sees it.
      if (statusCode === HttpStatus.BAD_REQUEST && /^Failed to decode param/.test(fallback))
        body.errors = renderFieldErrors([{ field: '(path)', constraint: 'isUrlEncoded' }], lang);
      return body;
    }
    // PostgreSQL unreachable or restarting: the transaction did not commit, and a retry will do (not a bug: no 500).
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: renderMessage(ERROR_MESSAGES, 'DATABASE_UNAVAILABLE', lang),
      };
    }
    const typed = exception as { type?: string; status?: number };
    if (typed?.type === 'entity.too.large') {
      return {
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: renderMessage(ERROR_MESSAGES, 'PAYLOAD_TOO_LARGE', lang),
      };
    }
    if (typed?.type === 'entity.parse.failed') {
      return {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: lang === 'en' ? 'The body is not valid JSON' : '请求体不是有效的 JSON',
      };
    }
    return { statusCode: 500, code: 'INTERNAL', message: renderMessage(ERROR_MESSAGES, 'INTERNAL', lang) };
  }
}

function codeForStatus(status: number): string {
  switch (status as HttpStatus) {
    case HttpStatus.UNAUTHORIZED:
      return 'UNAUTHENTICATED';
    case HttpStatus.FORBIDDEN:
      return 'FORBIDDEN';
    case HttpStatus.NOT_FOUND:
      return 'NOT_FOUND';
    case HttpStatus.TOO_MANY_REQUESTS:
      return 'TOO_MANY_REQUESTS';
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'PAYLOAD_TOO_LARGE';
    default:
      return status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
  }
}
