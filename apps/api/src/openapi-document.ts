import { ErrorResponse } from '@app/common';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** Every error answers with the same body (DomainErrorFilter), so every operation declares it once for 4xx and 5xx. */
const ERROR_RESPONSES = {
  '4XX': {
    description:
      'Refused: bad input (400, with `errors` per field), not signed in (401), not allowed (403), not found (404), conflict (409), too many requests (429)',
  },
  '5XX': {
    description:
      'Failed on the server (500), or the database or search is unavailable for a moment (503, with Retry-After)',
  },
};

/** The OpenAPI document of the app: every operation's answer, and the `ErrorResponse` body of its errors. */
export function buildApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Technology matchmaking marketplace API · 科技供需对接平台')
    .setDescription(
      'Needs, capabilities, providers, search and ranked matches. Errors answer in zh-CN or en by Accept-Language.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse] });
  const error = { content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } } };
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      for (const [status, { description }] of Object.entries(ERROR_RESPONSES))
        operation.responses[status] ??= { description, ...error };
    }
  }
  return document;
}
