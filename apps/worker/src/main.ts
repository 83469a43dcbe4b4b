import 'reflect-metadata';
import { assertServersReachable } from '@app/common';
import { validateEnvironment } from '@app/config';
import { assertOneHandlerPerJob } from '@app/queue';
import { warmUpText } from '@app/text';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { declaredHandlers, WorkerModule } from './worker.module';

export async function createWorker() {
  // Before any BullMQ worker exists: a job name without exactly one handler stops the boot, naming the job.
  assertOneHandlerPerJob(declaredHandlers());
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
