/**
 * The evidence index alone, in process, on the benchmark's generated listings: build time, memory and search latency.
 *
 *   node --max-old-space-size=4000 -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/bench/evidence-index.ts [providers] [capabilities] [needs]
 *
 * It prints a fingerprint of every need's ranked list with its reasons (SHA-1 over providers, scores, features and
 * reasons): a change meant to make matching faster must leave it as it was for the same arguments.
 * EVIDENCE_CPU_PROF=out.cpuprofile writes a V8 CPU profile of the need runs alone (not the build).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { providerEvidence, needEvidenceText } from '../../libs/matching/src/evidence/evidence-documents';
import { EvidenceIndex } from '../../libs/matching/src/evidence/evidence-index';
import { termCounts } from '../../libs/matching/src/evidence/evidence-terms';
import { CANDIDATES_PER_NEED } from '../../libs/matching/src/matching.service';
import { needFacts } from '../../libs/matching/src/ranker/facts';
import { EXPLAINED_PER_NEED, explainPair, scorePair } from '../../libs/matching/src/ranker/match-ranker';
import { capabilityRow, needRow, providerRow } from './generate';

const [providers, capabilities, needs] = [
  Number(process.argv[2] ?? 2000),
  Number(process.argv[3] ?? 5000),
  Number(process.argv[4] ?? 500),
];
const seed = 2026;
const capsOf = new Map<number, ReturnType<typeof capabilityRow>[]>();
for (let i = 0; i < capabilities; i++) {
  const c = capabilityRow(seed, i, providers);
  const p = Number(c.providerExternalId.slice('bench-p-'.length));
  capsOf.set(p, [...(capsOf.get(p) ?? []), c]);
}
const index = new EvidenceIndex();
const rss = () => Math.round(process.memoryUsage().rss / 1e6);
const started = Date.now();
let termMs = 0;
for (let i = 0; i < providers; i++) {
  const p = providerRow(seed, i) as {
    externalId: string;
    kind: 'expert' | 'society' | 'workstation';
    name: string;
    title?: string;
    fields?: string[];
    keywords?: string[];
    bio?: string;
    publications?: { title: string; abstract?: string }[];
  };
  const t = Date.now();
  const input = providerEvidence(
    {
      id: p.externalId,
      revision: 1,
      kind: p.kind,
      regionCode: null,
      available: true,
      name: p.name,
      title: p.title,
      fields: p.fields ?? [],
      keywords: p.keywords ?? [],
      bio: p.bio,
    },
    (capsOf.get(i) ?? []).map((c) => ({
      id: c.externalId,
      title: c.title,
      description: c.description,
      keywords: c.keywords ?? [],
      fields: c.fields ?? [],
    })),
    p.publications ?? [],
  );
  termMs += Date.now() - t;
  index.upsert(input);
}
const buildMs = Date.now() - started;
global.gc?.();
const heap = () => Math.round(process.memoryUsage().heapUsed / 1e6);
console.log(
  `built: ${providers} providers, ${capabilities} capabilities in ${buildMs} ms (terms ${termMs} ms, index ${buildMs - termMs} ms), RSS ${rss()} MB, heap ${heap()} MB, ${JSON.stringify(index.stats())}`,
);
const latencies: number[] = [];
let termsTotal = 0;
/** CPU of a need run after the search, by stage (what the worker does beside PostgreSQL). */
const stageMs = { score: 0, describe: 0, explain: 0 };
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
// CPU time, unlike the wall clock, stays comparable when the machine is busy with other work.
const fingerprint = createHash('sha1');
const profileTo = process.env.EVIDENCE_CPU_PROF;
const session = profileTo ? new Session() : null;
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    session!.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
async function main(): Promise<void> {
  if (session) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
  }
  // Twenty other needs first, outside the clock: they compute the norms and field centroids that a running worker already holds.
  for (let i = needs; i < needs + 20; i++) {
    const n = needRow(seed, i) as { title: string; description?: string; keywords?: string[]; fields?: string[] };
    const text = { title: n.title, description: n.description, keywords: n.keywords ?? [], fields: n.fields ?? [] };
    index.search(termCounts(needEvidenceText(text)), CANDIDATES_PER_NEED);
  }
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < needs; i++) {
    const n = needRow(seed, i) as { title: string; description?: string; keywords?: string[]; fields?: string[] };
    const t0 = process.hrtime.bigint();
    const counts = termCounts(
      needEvidenceText({
        title: n.title,
        description: n.description,
        keywords: n.keywords ?? [],
        fields: n.fields ?? [],
      }),
    );
    const t1 = process.hrtime.bigint();
    const found = index.search(counts, CANDIDATES_PER_NEED);
    latencies.push(since(t1));
    termsTotal += Number(t1 - t0) / 1e6;
    let t = process.hrtime.bigint();
    const facts = needFacts({
      id: `n-${i}`,
      revision: 1,
      regionCode: null,
      cooperationModes: [],
      fields: n.fields ?? [],
    });
    const scored = found.map((e) => ({ e, s: scorePair(facts, e) })).sort((a, b) => b.s.score - a.s.score);
    stageMs.score += since(t);
    t = process.hrtime.bigint();
    const head = scored.slice(0, EXPLAINED_PER_NEED);
    index.describe(
      counts,
      head.map((h) => h.e),
    );
    stageMs.describe += since(t);
    t = process.hrtime.bigint();
    const explained = head.map((h) => explainPair(facts, h.e, h.s));
    stageMs.explain += since(t);
    fingerprint.update(
      JSON.stringify([
        scored.map((x) => [x.e.providerId, x.s.score]),
        explained.map((x) => [x.score, x.capabilityId, x.reasons]),
      ]),
    );
  }
  const cpu = process.cpuUsage(cpuBefore);
  if (session) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(profileTo!, JSON.stringify(profile));
  }
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2);
  console.log(
    `search: ${needs} needs, p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms; need terms ${(termsTotal / needs).toFixed(2)} ms each; per need: score ${(stageMs.score / needs).toFixed(2)} ms, describe ${(stageMs.describe / needs).toFixed(2)} ms, explain ${(stageMs.explain / needs).toFixed(2)} ms; CPU ${((cpu.user + cpu.system) / 1000 / needs).toFixed(2)} ms per need in all; RSS ${rss()} MB`,
  );
  console.log(`fingerprint of the lists and reasons: ${fingerprint.digest('hex')}`);
}
void main();
