import { JOB_NAMES, JobName, JobNameOf, QUEUE_OF_JOB, QueueName } from './jobs';

/** What a processor handles: the queue it listens on and the job names its `switch` answers. */
export interface JobHandlerSet<Q extends QueueName = QueueName> {
  readonly queue: Q;
  readonly jobs: readonly JobNameOf<Q>[];
}

/** Declares the jobs of a processor; only names carried by that queue type-check. */
export const handlesJobs = <Q extends QueueName>(queue: Q, jobs: readonly JobNameOf<Q>[]): JobHandlerSet<Q> => ({
  queue,
  jobs,
});

/** A processor as the start-up check sees it: its name (for the message) and what it declares. */
export interface DeclaredHandler {
  name: string;
  handles: { readonly queue: QueueName; readonly jobs: readonly JobName[] };
}

/**
 * The worker's start-up check: every job name declared in `jobs.ts` has exactly one handler, listening on the queue
 * that job is put on. A job without a handler would wait in Redis forever, and two handlers on one queue would race
 * for its jobs, so either stops the boot with the job's name.
 */
export function assertOneHandlerPerJob(handlers: readonly DeclaredHandler[]): void {
  const problems: string[] = [];
  const owners = new Map<string, string[]>();
  for (const { name, handles } of handlers) {
    for (const job of handles.jobs) {
      owners.set(job, [...(owners.get(job) ?? []), name]);
      const queue = (QUEUE_OF_JOB as Record<string, QueueName | undefined>)[job];
      if (!queue) problems.push(`${name} handles ${job}, which jobs.ts does not declare`);
      else if (queue !== handles.queue)
        problems.push(`${name} handles ${job} on queue ${handles.queue}, but ${job} is put on queue ${queue}`);
    }
  }
  for (const job of JOB_NAMES) {
    const found = owners.get(job) ?? [];
    if (!found.length) problems.push(`no handler for job ${job} (queue ${QUEUE_OF_JOB[job]})`);
    else if (found.length > 1) problems.push(`job ${job} has ${found.length} handlers: ${found.join(', ')}`);
  }
  if (problems.length)
    throw new Error(`The worker's job handlers do not match libs/queue/src/jobs.ts:\n  ${problems.join('\n  ')}`);
}

/** The `default` of an exhaustive `switch (job.name)`, given `job.name`: unreachable while the types hold, loud if a stray job arrives. */
export function unknownJob(name: never, queue: QueueName): never {
  throw new Error(`unknown job ${String(name)} on queue ${queue}`);
}
