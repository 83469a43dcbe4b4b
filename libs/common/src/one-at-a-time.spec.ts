import { OneAtATime, RunProgress } from './one-at-a-time';

describe('OneAtATime', () => {
  let now = 0;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers null while a run is going on, and runs again once it has ended', async () => {
    const stuck = jest.fn();
    const guard = new OneAtATime(60_000, stuck);
    let finish!: () => void;
    const first = guard.run(() => new Promise<string>((resolve) => (finish = () => resolve('first'))));
    expect(await guard.run(async () => 'second')).toBeNull();
    finish();
    expect(await first).toBe('first');
    expect(await guard.run(async () => 'third')).toBe('third');
    expect(stuck).not.toHaveBeenCalled();
  });

  it('lets a new run start beside one that has hung past the limit, and reports where the old one waits', async () => {
    const stuck = jest.fn<void, [RunProgress, number]>();
    const guard = new OneAtATime(60_000, stuck);
    void guard.run((progress) => {
      progress.step = 'waiting on the database';
      return new Promise<never>(() => undefined);
    });
    now += 59_999;
    expect(await guard.run(async () => 'too early')).toBeNull();
    now += 1;
    expect(await guard.run(async () => 'ran')).toBe('ran');
    expect(stuck).toHaveBeenCalledTimes(1);
    expect(stuck.mock.calls[0][0].step).toBe('waiting on the database');
    expect(stuck.mock.calls[0][1]).toBe(60_000);
    // The hung run no longer counts: the next call runs at once.
    expect(await guard.run(async () => 'again')).toBe('again');
  });

  it('keeps a newer run guarded when the hung one finally ends', async () => {
    const guard = new OneAtATime(1_000, () => undefined);
    let finishOld!: () => void;
    const old = guard.run(() => new Promise<void>((resolve) => (finishOld = resolve)));
    now += 1_000;
    let finishNew!: () => void;
    const newer = guard.run(() => new Promise<void>((resolve) => (finishNew = resolve)));
    finishOld();
    await old;
    expect(await guard.run(async () => 'while the newer runs')).toBeNull();
    finishNew();
    await newer;
  });
});
