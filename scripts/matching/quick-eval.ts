/**
 * A quick look at lexical quality without fitting: per dataset file, nDCG@10 of the evidence index's similarities on
 * their own (whole profile, best document, their sum) and under the stored weights, plus the mean number of distinct
 * terms per provider profile. Meant for trying term changes before a full fit-ranker run.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/matching/quick-eval.ts ../shared/devsets/csfcube-en.json [more.json …]
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeFeatures } from '../../libs/matching/src/ranker/features';
import { scoreOf } from '../../libs/matching/src/ranker/match-ranker';
import { ndcgAt } from '../../libs/matching/src/evaluation/ranking-metrics';
import { Evidence, mergeCounts } from '../../libs/matching/src/evidence/evidence-index';
import type { NeedFacts } from '../../libs/matching/src/ranker/facts';
import { providerEvidence } from '../../libs/matching/src/evidence/evidence-documents';
import { termWeights } from '../../libs/matching/src/evidence/evidence-terms';
import { buildEvidence, buildNeedFacts, DatasetFile } from './offline-features';

for (const file of process.argv.slice(2)) {
  const t0 = Date.now();
  const data: DatasetFile = JSON.parse(fs.readFileSync(file, 'utf8'));
  let terms = 0;
  for (const p of data.providers) {
    const input = providerEvidence({ id: p.externalId, revision: 1, kind: p.kind, regionCode: null, available: true, name: p.name, title: p.title, fields: p.fields ?? [], keywords: p.keywords ?? [], bio: p.bio }, [], p.publications ?? []);
    terms += termWeights(mergeCounts(input.documents.map((d) => d.counts))).size;
  }
  const evidence = buildEvidence(data);
  const length = new Map(data.providers.map((p) => [p.externalId, (p.publications ?? []).map((x) => `${x.title} ${x.abstract ?? ''}`).join(' ').split(/\s+/).length + 1]));
  const scorers: Record<string, (e: Evidence, need: NeedFacts) => number> = {
    whole: (e) => e.whole,
    best: (e) => e.bestDocument,
    sum: (e) => e.whole + e.bestDocument,
    weights: (e, need) => scoreOf(computeFeatures(need, e.facts, e)),
    ...Object.fromEntries([0.25, 0.5, 2, 4].map((a) => [`w+${a}b`, (e: Evidence) => e.whole + a * e.bestDocument])),
  };
  const totals: Record<string, number> = {};
  const needs = buildNeedFacts(data);
  for (const need of needs) {
    const grades = data.needs.find((n) => n.externalId === need.id)!.relevance ?? {};
    const found = [...evidence.get(need.id)!.values()];
    for (const [name, score] of Object.entries(scorers)) {
      const ranked = found.map((e) => ({ id: e.providerId, s: score(e, need) })).sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1)).map((c) => c.id);
      totals[name] = (totals[name] ?? 0) + ndcgAt(ranked, grades, 10);
    }
  }
  const row = Object.entries(totals).map(([name, t]) => `${name} ${(t / needs.length).toFixed(4)}`).join('  ');
  console.log(`${path.basename(file)}: ${row}  terms/provider ${(terms / data.providers.length).toFixed(1)}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
