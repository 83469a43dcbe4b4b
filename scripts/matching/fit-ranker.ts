/**
 * Fits the ranker's weights on labelled datasets and reports offline quality (every provider of a file scored for
 * every need of that file, no recall step), with 5-fold cross-validation over needs so the figures are not in-sample.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/matching/fit-ranker.ts data/matching/dev-set.json [labels.json …] [--write]
 *
 * Further files (say, coordinators' decisions from scripts/matching/export-labels.ts) add their pairs to the fit.
 * --write stores the weights fitted on all of it in libs/matching/src/ranker/weights.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeFeatures, FEATURE_NAMES, Features } from '../../libs/matching/src/ranker/features';
import { DEFAULT_WEIGHTS, RankerWeights, scoreOf } from '../../libs/matching/src/ranker/match-ranker';
import { summarize } from '../../libs/matching/src/evaluation/ranking-metrics';
import { buildProfiles, DatasetFile } from './offline-features';

interface Pair { need: string; provider: string; x: number[]; grade: number }

const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--pos-weight'));
const datasets: DatasetFile[] = files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
/** Needs are told apart by file (`<file index>:<externalId>`): two files may use the same ids. */
const grades = new Map<string, Record<string, number>>();

const t0 = Date.now();
const pairs: Pair[] = [];
datasets.forEach((data, k) => {
  const { needs, providers } = buildProfiles(data);
  for (const n of data.needs) grades.set(`${k}:${n.externalId}`, n.relevance ?? {});
  for (const need of needs) for (const provider of providers) {
    const f = computeFeatures(need, provider);
    pairs.push({ need: `${k}:${need.id}`, provider: provider.id, x: FEATURE_NAMES.map((name) => f[name]), grade: grades.get(`${k}:${need.id}`)?.[provider.id] ?? 0 });
  }
});
console.log(`${files.join(' + ')}: ${pairs.length} pairs, features in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const toFeatures = (x: number[]) => Object.fromEntries(FEATURE_NAMES.map((k, i) => [k, x[i]])) as Features;

function evaluate(weights: RankerWeights, needIds: Set<string>) {
  const byNeed = new Map<string, { id: string; s: number }[]>();
  for (const p of pairs) if (needIds.has(p.need)) {
    const list = byNeed.get(p.need) ?? [];
    list.push({ id: p.provider, s: scoreOf(toFeatures(p.x), weights) });
    byNeed.set(p.need, list);
  }
  return summarize([...byNeed].map(([need, list]) => ({ ranked: list.sort((a, b) => b.s - a.s).map((c) => c.id), grades: grades.get(need)! })));
}

/**
 * Logistic regression on "a good fit" (grade ≥ 2; grade 1 counts half), positives up-weighted, light L2.
 * A probability of a good fit is what makes the 0–100 score mean the same for every need.
 */
function fit(train: Pair[], positiveWeight = Number(flag('pos-weight', '1'))): RankerWeights {
  const n = FEATURE_NAMES.length;
  const w = new Array(n).fill(0);
  let b = -3;
  const target = (g: number) => (g >= 2 ? 1 : g === 1 ? 0.5 : 0);
  const positives = train.filter((p) => p.grade > 0).length;
  const posWeight = ((train.length - positives) / Math.max(positives, 1)) * positiveWeight;
  for (let epoch = 0; epoch < 400; epoch++) {
    const gw = new Array(n).fill(0);
    let gb = 0;
    let total = 0;
    for (const p of train) {
      const y = target(p.grade);
      const weight = y > 0 ? posWeight : 1;
      const err = (1 / (1 + Math.exp(-(b + dot(p.x, w)))) - y) * weight;
      for (let i = 0; i < n; i++) gw[i] += err * p.x[i];
      gb += err;
      total += weight;
    }
    for (let i = 0; i < n; i++) w[i] -= 5 * (gw[i] / total + 1e-3 * w[i]);
    b -= 5 * (gb / total);
  }
  // Up-weighting positives shifts the intercept by log(weight); undo it so the score is the plain probability.
  return { version: DEFAULT_WEIGHTS.version, bias: round(b - Math.log(posWeight)), weights: Object.fromEntries(FEATURE_NAMES.map((k, i) => [k, round(w[i])])) };
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);
const round = (v: number) => Math.round(v * 1000) / 1000;
const fmt = (r: ReturnType<typeof summarize>) => `nDCG@10 ${r.ndcg10.toFixed(3)}  MRR ${r.mrr.toFixed(3)}  Recall@10 ${r.recall10.toFixed(3)}  pairwise loss ${r.pairwiseLoss.toFixed(3)}`;

const allNeeds = new Set(pairs.map((p) => p.need));
console.log(`current weights (${DEFAULT_WEIGHTS.version}), in-sample: ${fmt(evaluate(DEFAULT_WEIGHTS, allNeeds))}`);

const folds = 5;
const ids = [...allNeeds].sort();
const cv: ReturnType<typeof summarize>[] = [];
for (let k = 0; k < folds; k++) {
  const test = new Set(ids.filter((_, i) => i % folds === k));
  const weights = fit(pairs.filter((p) => !test.has(p.need)));
  cv.push(evaluate(weights, test));
}
const mean = (f: (r: ReturnType<typeof summarize>) => number) => cv.reduce((s, r) => s + f(r), 0) / cv.length;
console.log(`fitted, ${folds}-fold held-out:   nDCG@10 ${mean((r) => r.ndcg10).toFixed(3)}  MRR ${mean((r) => r.mrr).toFixed(3)}  Recall@10 ${mean((r) => r.recall10).toFixed(3)}  pairwise loss ${mean((r) => r.pairwiseLoss).toFixed(3)}`);

const final = fit(pairs);
console.log('fitted on all:', JSON.stringify(final));
if (process.argv.includes('--write')) {
  const target = path.join(__dirname, '../../libs/matching/src/ranker/weights.json');
  const version = `fit-${new Date().toISOString().slice(0, 10)}-${datasets.map((d) => d.name ?? 'dataset').join('+')}`;
  fs.writeFileSync(target, `${JSON.stringify({ ...final, version }, null, 2)}\n`);
  console.log(`wrote ${target} (${version})`);
}
