import { JobDispatcher, QueueName } from '@app/queue';
import { Job, Queue } from 'bullmq';
import { MatchingProcessor } from '../apps/worker/src/processors/matching.processor';
import { isolatedRun } from './support/isolated-run';
import { waitUntil } from './support/settle';
import { TestStack } from './support/stack';

/**
 * The worker after issue 18: it boots with every job handled once, takes WORKER_CONCURRENCY from the validated
 * configuration, runs jobs through its typed processors, and fails a job of a name no processor declares.
 */
describe('worker: typed jobs, one handler each, configured concurrency', () => {
  let run: ReturnType<typeof isolatedRun>;
  let stack: TestStack;
  const saved = process.env.WORKER_CONCURRENCY;

  beforeAll(async () => {
    run = isolatedRun('wj');
    process.env.WORKER_CONCURRENCY = '3';
    stack = await TestStack.start();
  });

  afterAll(async () => {
    await stack?.stop();
    await run?.restore();
    if (saved === undefined) delete process.env.WORKER_CONCURRENCY;
    else process.env.WORKER_CONCURRENCY = saved;
  });

  const queue = (name: QueueName): Queue => stack.api.get(JobDispatcher).queue(name);
  /** Adds a job and waits for the worker to finish it (however long the machine takes); returns it as stored then. */
  const run1 = async (name: QueueName, jobName: string, attempts = 8): Promise<Job> => {
    const added = await queue(name).add(jobName, {}, { attempts });
    await waitUntil(async () => ['completed', 'failed'].includes(await added.getState()));
    return (await queue(name).getJob(added.id!))!;
  };

  it('sets the matching worker to WORKER_CONCURRENCY', () => {
    expect(stack.worker!.get(MatchingProcessor).worker.concurrency).toBe(3);
  });

  it('runs jobs through the typed processors', async () => {
    const sweep = await run1(QueueName.Events, 'events.sweep');
    // The database is shared with earlier files, whose stopped stacks may leave schedule requests for the sweep to
    // requeue (a clean-clone run found 4): the counts are theirs, the answer's shape is this processor's.
    expect(sweep.returnvalue).toMatch(/^requeued \d+, agreements \d+$/);
    const drain = await run1(QueueName.SearchSync, 'search.drain');
    expect(await drain.getState()).toBe('completed');
    expect(typeof drain.returnvalue).toBe('number'); // outbox rows drained
    const maintenance = await run1(QueueName.Maintenance, 'maintenance.sweep');
    expect(await maintenance.getState()).toBe('completed');
  });

  it('fails a job whose name no processor declares, naming it and its queue', async () => {
    const stray = await run1(QueueName.Listings, 'listings.archive-all', 1);
    expect(await stray.getState()).toBe('failed');
    expect(stray.failedReason).toBe('unknown job listings.archive-all on queue listings');
  });
});
