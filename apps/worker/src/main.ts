import 'reflect-metadata';
import { assertServersReachable } from '@app/common';
import { validateEnvironment } from '@app/config';
import { warmUpText } from '@app/text';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

export async function createWorker() {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(); // BullMQ workers close gracefully: in-flight jobs finish or return to the queue
  return app;
}

async function bootstrap() {
  await assertServersReachable(validateEnvironment(process.env));
  warmUpText(); // the dictionaries load once here rather than inside the first job
  await createWorker();
}

if (require.main === module) void bootstrap();
