/**
 * `node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/bench/event-schedule.ts [--seed N]`
 *
 * The matchmaking-event schedule optimiser (libs/events) on generated events of 50, 200 and 500 participants: its
 * objective (total meeting value) against the flow upper bound, the gap between them, how many people with a
 * candidate got a meeting, and the time taken. Pure computation: no servers. Prints a Markdown table.
 */
import { optimiseSchedule, ScheduleProblem, upperBound } from '@app/events/schedule/meeting-optimiser';

const argv = process.argv.slice(2);
const seedArg = argv.indexOf('--seed');
const SEED = seedArg >= 0 ? Number(argv[seedArg + 1]) : 2026;

function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

/**
 * Half enterprises, half providers; 8 slots; one table for every five participants; at most 4 meetings each; every
 * enterprise has 12 candidate providers with skewed match scores; a quarter of pairs wished by one side (× 1.5), a
 * tenth by both (× 2); one participant in five is away for one or two slots.
 */
export function generateEvent(participants: number, seed: number): ScheduleProblem {
  const r = rng(seed);
  const nLeft = Math.floor(participants / 2);
  const slots = 8;
  const people = Array.from({ length: participants }, (_, i) => ({
    side: i < nLeft ? ('left' as const) : ('right' as const),
    unavailable:
      r() < 0.2
        ? [...new Set([Math.floor(r() * slots), Math.floor(r() * slots)])].slice(0, 1 + Math.floor(r() * 2))
        : [],
    maxMeetings: 4,
  }));
  const candidates = [];
  for (let a = 0; a < nLeft; a++) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(12, participants - nLeft))
      chosen.add(nLeft + Math.floor(r() ** 1.5 * (participants - nLeft)));
    for (const b of chosen) {
      const score = Math.round((0.2 + 0.8 * r() ** 2) * 1000) / 1000;
      const wish = r();
      candidates.push({ left: a, right: b, value: score * (wish < 0.1 ? 2 : wish < 0.35 ? 1.5 : 1) });
    }
  }
  return { slots, tables: Math.ceil(participants / 5), people, candidates };
}

function main() {
  const rows = [
    '| participants | candidate pairs | slots × tables | meetings | objective | upper bound | gap | covered / coverable | time |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const n of [50, 200, 500]) {
    const problem = generateEvent(n, SEED + n);
    const started = process.hrtime.bigint();
    const result = optimiseSchedule(problem);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const bound = upperBound(problem);
    const gap = bound > 0 ? (1 - result.value / bound) * 100 : 0;
    rows.push(
      `| ${n} | ${problem.candidates.length} | ${problem.slots} × ${problem.tables} | ${result.meetings.length} | ${result.value.toFixed(2)} | ${bound.toFixed(2)} | ${gap.toFixed(2)} % | ${result.covered} / ${result.coverable} | ${(ms / 1000).toFixed(2)} s (${result.method}) |`,
    );
  }
  console.log(rows.join('\n'));
}

if (require.main === module) main();
