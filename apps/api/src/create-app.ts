import { createValidationPipe, DomainErrorFilter } from '@app/common';
import { Environment, serveApiDocs } from '@app/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { mountBodyParsers } from './body-limits';
import { buildApiDocument } from './openapi-document';
import { mountSecurityHeaders } from './security-headers';
import { mountQueueDashboard } from './queue-dashboard';
import { mountWebConsole } from './web-console';

/** The configured HTTP app, shared by `main.ts` and the end-to-end tests. */
export async function createApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  const env = app.get(Environment);
  const trustProxy = env.TRUST_PROXY;
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  mountSecurityHeaders(app);
  mountBodyParsers(app);
  app.setGlobalPrefix('api/v1');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  app.enableShutdownHooks();
  if (serveApiDocs(env))
    SwaggerModule.setup('api/docs', app, () => buildApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  mountQueueDashboard(app);
  mountWebConsole(app);
  return app;
}
