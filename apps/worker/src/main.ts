import 'reflect-metadata';
import { assertServersReachable } from '@app/common';
import { Environment, validateEnvironment } from '@app/config';
import { ALL_QUEUES, assertOneHandlerPerJob, JOB_NAMES } from '@app/queue';
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
  const env = app.get(Environment);
  app
    .get(Logger)
    .log(
      `worker started: ${JOB_NAMES.length} kinds of job on ${ALL_QUEUES.length} queues, matching ${env.WORKER_CONCURRENCY} at once`,
      'Worker',
    );
  return app;
}

async function bootstrap() {
  await assertServersReachable(validateEnvironment(process.env));
  warmUpText(); // the dictionaries load once here rather than inside the first job
  await createWorker();
}

if (require.main === module) void bootstrap();
