import 'reflect-metadata';
import { assertOneHandlerPerJob, JOB_NAMES } from '@app/queue';
import { declaredHandlers, PROCESSORS } from './worker.module';

describe("the worker's processors (issue 18)", () => {
  it('handle every job of libs/queue/src/jobs.ts exactly once', () => {
    expect(() => assertOneHandlerPerJob(declaredHandlers())).not.toThrow();
    expect(
      declaredHandlers()
        .flatMap((h) => h.handles.jobs)
        .sort(),
    ).toEqual([...JOB_NAMES].sort());
  });

  it('would stop the boot without one of them, naming its jobs', () => {
    const withoutMatching = PROCESSORS.filter((p) => p.name !== 'MatchingProcessor');
    expect(() => assertOneHandlerPerJob(declaredHandlers(withoutMatching))).toThrow(
      /no handler for job matching\.needs \(queue matching\)/,
    );
  });
});
