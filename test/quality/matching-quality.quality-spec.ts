import fs from 'node:fs';
import path from 'node:path';
import { tfidfRankings, BaselineDataset } from '@app/matching/evaluation/lexical-baselines';
import { summarize } from '@app/matching/evaluation/ranking-metrics';
import { TestStack } from '../support/stack';

/**
 * Match quality through the API on samples of the external development sets (labels made outside this project):
 * the product must rank at least as well as the TF-IDF floor on the same sample. The sets sit in ../shared/devsets
 * beside the checkout (CI has them there too); they are never copied into the project.
 */
const DEVSETS = path.resolve(__dirname, '../../../shared/devsets');
const SAMPLES = [
  { file: 'csl-zh.json', needs: 25, others: 120 },
  { file: 'csfcube-en.json', needs: 50, others: 0 },
  { file: 'ccl-zh2en.json', needs: 25, others: 150 },
];

interface DevSet extends BaselineDataset {
  providers: (BaselineDataset['providers'][number] & { kind: string })[];
  needs: (BaselineDataset['needs'][number] & { relevance?: Record<string, number> })[];
}

/** The first needs by id with every provider they label, plus the first other providers by id as distractors. */
function sample(data: DevSet, needCount: number, others: number): DevSet {
  const needs = [...data.needs].sort((a, b) => (a.externalId < b.externalId ? -1 : 1)).slice(0, needCount);
  const labelled = new Set(needs.flatMap((n) => Object.keys(n.relevance ?? {})));
  const rest = data.providers
    .filter((p) => !labelled.has(p.externalId))
    .sort((a, b) => (a.externalId < b.externalId ? -1 : 1))
    .slice(0, others);
  return { providers: [...data.providers.filter((p) => labelled.has(p.externalId)), ...rest], needs };
}

type ListItem = {
  providerId: string;
  externalId: string | null;
  score: number;
  reasons: { summary: Record<string, string> };
};

/** The explained head and the tail below it read as one list: best first, each provider once, every item explained in words. */
function expectOneRankedList(items: ListItem[]): void {
  expect(new Set(items.map((i) => i.providerId)).size).toBe(items.length);
  expect(items.every((item, i) => i === 0 || items[i - 1].score >= item.score)).toBe(true);
  expect(
    items.every((i) => i.reasons.summary['zh-CN'].startsWith('匹配度') && i.reasons.summary.en.startsWith('Fit')),
  ).toBe(true);
}

const available = fs.existsSync(DEVSETS);
(available ? describe : describe.skip)('match quality against the TF-IDF floor (development set samples)', () => {
  let stack: TestStack;
  let token: string;

  beforeAll(async () => {
    stack = await TestStack.start();
    ({ token } = await stack.coordinator('coord@quality.test', '四川省科协（质量测试）', '510000'));
  });
  afterAll(async () => {
    await stack.stop();
  });

  const rankAtLeastAsWellAsTfidf = async ({ file, needs: needCount, others }: (typeof SAMPLES)[number]) => {
    const data = sample(JSON.parse(fs.readFileSync(path.join(DEVSETS, file), 'utf8')) as DevSet, needCount, others);
    const tag = `q${file.slice(0, 3)}`;
    const post = (route: string, body: object) => stack.http.post(route).auth(token, { type: 'bearer' }).send(body);
    const providers = await post('/api/v1/import/providers', {
      items: data.providers.map((p) => ({ ...p, externalId: `${tag}-${p.externalId}` })),
    });
    expect(providers.body.failed).toEqual([]);
    const imported = await post('/api/v1/import/needs', {
      items: data.needs.map(({ relevance: _, ...n }) => ({ ...n, externalId: `${tag}-${n.externalId}` })),
    });
    expect(imported.body.failed).toEqual([]);

    // Lists are the union of need runs and provider runs: read them once every run of the sample is done, so the
    // figures do not depend on how far the queue had got.
    await stack.settle();
    const rows = [];
    for (const need of data.needs) {
      const id = imported.body.ids[`${tag}-${need.externalId}`] as string;
      const res = await stack.http.get(`/api/v1/needs/${id}/matches?limit=100`).auth(token, { type: 'bearer' });
      expect(res.body.status).toBe('ready');
      const list = res.body.items as ListItem[];
      expectOneRankedList(list);
      const ranked = list
        .map((m) => m.externalId ?? '')
        .filter((x) => x.startsWith(`${tag}-`))
        .map((x) => x.slice(tag.length + 1));
      rows.push({ ranked, grades: need.relevance ?? {} });
    }
    const product = summarize(rows);
    const baseline = tfidfRankings(data);
    const floor = summarize(
      data.needs.map((n) => ({ ranked: baseline.get(n.externalId) ?? [], grades: n.relevance ?? {} })),
    );
    console.log(`${file} sample: product nDCG@10 ${product.ndcg10.toFixed(3)}, TF-IDF ${floor.ndcg10.toFixed(3)}`);
    expect(product.ndcg10).toBeGreaterThanOrEqual(floor.ndcg10);
  };

  it.each(SAMPLES)('ranks $file at least as well as TF-IDF on the same sample', rankAtLeastAsWellAsTfidf);
});
