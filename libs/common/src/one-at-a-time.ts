/** What a run is doing now, for the log when it takes far too long. */
export interface RunProgress {
  readonly startedAt: number;
  step: string;
}

/**
 * One run at a time within a process: a call while one is running gets `null` at once. A run older than
 * `stuckAfterMs` no longer holds the others back: `onStuck` hears of it (with the step it is at) and the new call runs.
 * For work that is safe side by side anyway (it locks its rows) and is kept to one run per process only to save work,
 * so that a run waiting forever on something cannot switch that work off until the process restarts.
 */
export class OneAtATime {
  private running: RunProgress | null = null;

  constructor(
    private readonly stuckAfterMs: number,
    private readonly onStuck: (run: RunProgress, ageMs: number) => void,
  ) {}

  async run<T>(work: (progress: RunProgress) => Promise<T>): Promise<T | null> {
    const now = Date.now();
    if (this.running) {
      const age = now - this.running.startedAt;
      if (age < this.stuckAfterMs) return null;
      this.onStuck(this.running, age);
    }
    const progress: RunProgress = { startedAt: now, step: 'starting' };
    this.running = progress;
    try {
      return await work(progress);
    } finally {
      if (this.running === progress) this.running = null;
    }
  }
}
