import { assertOneHandlerPerJob, DeclaredHandler, handlesJobs, unknownJob } from './job-handlers';
import { JOB_NAMES, JobName, QUEUE_OF_JOB, QueueName } from './jobs';

/** One handler per queue, covering every job of jobs.ts, optionally without some names. */
function handlerPerQueue(without: JobName[] = []): DeclaredHandler[] {
  return Object.values(QueueName).map((queue) => ({
    name: `${queue}-processor`,
    handles: handlesJobs(
      queue,
      JOB_NAMES.filter((job) => QUEUE_OF_JOB[job] === queue && !without.includes(job)) as never[],
    ),
  }));
}

describe('assertOneHandlerPerJob (the worker start-up check, issue 18)', () => {
  it('accepts exactly one handler for every job name', () => {
    expect(() => assertOneHandlerPerJob(handlerPerQueue())).not.toThrow();
  });

  it('stops the boot naming a job without a handler', () => {
    expect(() => assertOneHandlerPerJob(handlerPerQueue(['matching.refresh-all']))).toThrow(
      /no handler for job matching\.refresh-all \(queue matching\)/,
    );
  });

  it('names every missing job, including a whole queue without a processor', () => {
    const withoutEvents = handlerPerQueue().filter((h) => h.handles.queue !== QueueName.Events);
    const message = (() => {
      try {
        assertOneHandlerPerJob(withoutEvents);
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message).toMatch(/no handler for job events\.schedule/);
    expect(message).toMatch(/no handler for job events\.sweep/);
    expect(message).not.toMatch(/matching/);
  });

  it('stops the boot naming a job with two handlers, and both handlers', () => {
    const twice = [
      ...handlerPerQueue(),
      { name: 'SecondRemindersProcessor', handles: handlesJobs(QueueName.Reminders, ['reminders.deliver']) },
    ];
    expect(() => assertOneHandlerPerJob(twice)).toThrow(
      /job reminders\.deliver has 2 handlers: reminders-processor, SecondRemindersProcessor/,
    );
  });

  it('refuses a handler that listens on another queue than its job is put on, or a job name jobs.ts does not declare', () => {
    const wrongQueue = [
      ...handlerPerQueue(['search.drain']),
      { name: 'Stray', handles: { queue: QueueName.Maintenance, jobs: ['search.drain'] } as never },
    ];
    expect(() => assertOneHandlerPerJob(wrongQueue)).toThrow(
      /Stray handles search\.drain on queue maintenance, but search\.drain is put on queue search-sync/,
    );
    const undeclared = [
      ...handlerPerQueue(),
      { name: 'Stray', handles: { queue: QueueName.Maintenance, jobs: ['maintenance.vacuum'] } as never },
    ];
    expect(() => assertOneHandlerPerJob(undeclared)).toThrow(
      /Stray handles maintenance\.vacuum, which jobs\.ts does not declare/,
    );
  });

  it('throws on a job that reaches the default of an exhaustive switch', () => {
    expect(() => unknownJob('matching.bogus' as never, QueueName.Matching)).toThrow(
      'unknown job matching.bogus on queue matching',
    );
  });
});
