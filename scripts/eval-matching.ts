/**
 * Matching quality through the public API: imports a labelled dataset, waits for every need's matches,
 * and prints nDCG@10, MRR, Recall@10 and the pairwise ordering loss, beside two lexical baselines computed in process
 * on the same needs (TF-IDF cosine as in ../shared/devsets/README.md, and BM25) and the product's difference to them.
 *
 *   npm run eval:matching -- data/matching/dev-set.json [--base http://127.0.0.1:3000] [--email E --password P] [--limit 100] [--json out.json]
 *
 * Every run tags the dataset's externalIds, so a run never collides with an earlier one on the same database.
 * The dataset format is described in data/matching/README.md.
 */
import fs from 'node:fs';
import http from 'node:http';
import { summarize, Grades, QualityReport } from '../libs/matching/src/evaluation/ranking-metrics';
import { BaselineDataset, bm25Rankings, tfidfRankings } from '../libs/matching/src/evaluation/lexical-baselines';

interface Dataset {
  name?: string;
  providers: { externalId: string; [k: string]: unknown }[];
  capabilities?: { externalId: string; providerExternalId: string; [k: string]: unknown }[];
  needs: { externalId: string; title: string; relevance?: Grades; [k: string]: unknown }[];
}

const args = process.argv.slice(2);
const flag = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const base = new URL(flag('base', process.env.EVAL_BASE ?? 'http://127.0.0.1:3000')!);
// The platform admin may import in every region; a coordinator only in its association's (datasets span the country).
const email = flag('email', process.env.EVAL_EMAIL ?? 'admin@platform.demo')!;
const password = flag('password', process.env.EVAL_PASSWORD ?? 'Demo@2026')!;
const waitS = Number(flag('wait-s', '600'));
/** How many matches per need are read (the API allows up to 500). */
const limit = Number(flag('limit', '100'));
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      new URL(path, base),
      {
        method,
        agent,
        headers: {
          'content-type': 'application/json',
          ...(data ? { 'content-length': data.length } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }),
        );
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

async function importAll(kind: string, items: unknown[], token: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (let i = 0; i < items.length; i += 2000) {
    const res = await call<{ ids: Record<string, string>; failed: unknown[] }>(
      'POST',
      `/api/v1/import/${kind}`,
      { items: items.slice(i, i + 2000) },
      token,
    );
    if (res.status >= 300)
      throw new Error(`import ${kind} failed: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    if (res.body.failed.length)
      console.warn(
        `  ${kind}: ${res.body.failed.length} rows failed, e.g. ${JSON.stringify(res.body.failed[0]).slice(0, 300)}`,
      );
    Object.assign(ids, res.body.ids);
  }
  return ids;
}

async function rankedFor(needId: string, token: string, deadline: number): Promise<string[] | null> {
  while (Date.now() < deadline) {
    const res = await call<{ status: string; items: { externalId: string | null }[] }>(
      'GET',
      `/api/v1/needs/${needId}/matches?limit=${limit}`,
      undefined,
      token,
    );
    if (res.body?.status === 'ready') return res.body.items.map((m) => m.externalId ?? '');
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

/** The same needs ranked by the lexical baselines (every provider of the file), and the product's lead over them. */
function compareWithBaselines(
  data: Dataset,
  labelled: { need: Dataset['needs'][number]; grades: Grades }[],
  product: QualityReport,
): Record<string, QualityReport> {
  const dataset = data as unknown as BaselineDataset;
  const baselines: Record<string, QualityReport> = {};
  console.log(
    '\nranker           nDCG@10    MRR  Recall@10  pairwise loss   (same needs; every provider of the file ranked)',
  );
  const line = (name: string, r: QualityReport) =>
    console.log(
      `${name.padEnd(16)} ${r.ndcg10.toFixed(3).padStart(7)}  ${r.mrr.toFixed(3).padStart(5)}  ${r.recall10.toFixed(3).padStart(9)}  ${r.pairwiseLoss.toFixed(3).padStart(13)}`,
    );
  line('product', product);
  for (const [name, rank] of [
    ['TF-IDF', tfidfRankings],
    ['BM25', bm25Rankings],
  ] as const) {
    const rankings = rank(dataset);
    const r = (baselines[name] = summarize(
      labelled.map((row) => ({ ranked: rankings.get(row.need.externalId) ?? [], grades: row.grades })),
    ));
    line(name, r);
  }
  const lead = product.ndcg10 - baselines['TF-IDF'].ndcg10;
  console.log(
    `product − TF-IDF: nDCG@10 ${lead >= 0 ? '+' : ''}${lead.toFixed(3)}, pairwise loss ${(product.pairwiseLoss - baselines['TF-IDF'].pairwiseLoss).toFixed(3)}${lead < 0 ? '   ← below the TF-IDF floor' : ''}`,
  );
  return baselines;
}

const isChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

async function main() {
  if (!file) throw new Error('usage: npm run eval:matching -- <dataset.json>');
  const data: Dataset = JSON.parse(fs.readFileSync(file, 'utf8'));
  const tag = `ev${Date.now().toString(36)}`;
  const t = (id: string) => `${tag}-${id}`;
  const login = await call<{ accessToken: string }>('POST', '/api/v1/auth/login', { email, password });
  if (!login.body?.accessToken) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const token = login.body.accessToken;

  const started = Date.now();
  await importAll(
    'providers',
    data.providers.map((p) => ({ ...p, externalId: t(p.externalId) })),
    token,
  );
  if (data.capabilities?.length)
    await importAll(
      'capabilities',
      data.capabilities.map((c) => ({
        ...c,
        externalId: t(c.externalId),
        providerExternalId: t(c.providerExternalId),
      })),
      token,
    );
  const needIds = await importAll(
    'needs',
    data.needs.map(({ relevance: _relevance, ...n }) => ({ ...n, externalId: t(n.externalId) })),
    token,
  );
  console.log(
    `Imported ${data.providers.length} providers, ${data.capabilities?.length ?? 0} capabilities, ${data.needs.length} needs in ${((Date.now() - started) / 1000).toFixed(1)} s; waiting for matches…`,
  );

  const deadline = Date.now() + waitS * 1000;
  const rows: { need: Dataset['needs'][number]; ranked: string[]; grades: Grades }[] = [];
  let missing = 0;
  const imported = data.needs.filter((need) => needIds[t(need.externalId)]);
  if (imported.length < data.needs.length)
    console.log(`${data.needs.length - imported.length} needs were not imported and are left out`);
  for (const need of imported) {
    const ranked = await rankedFor(needIds[t(need.externalId)], token, deadline);
    if (!ranked) {
      missing++;
      continue;
    }
    const mine = ranked.filter((id) => id.startsWith(`${tag}-`)).map((id) => id.slice(tag.length + 1));
    rows.push({ need, ranked: mine, grades: need.relevance ?? {} });
  }
  const labelled = rows.filter((r) => Object.values(r.grades).some((g) => g > 0));
  const groups: [string, typeof labelled][] = [
    ['all', labelled],
    ['Chinese needs', labelled.filter((r) => isChinese(r.need.title))],
    ['English needs', labelled.filter((r) => !isChinese(r.need.title))],
  ];
  const reports: Record<string, QualityReport> = {};
  console.log(
    `\n${data.name ?? file}: ${labelled.length} labelled needs${missing ? `, ${missing} not ready in time` : ''}\n`,
  );
  console.log('group            needs  nDCG@10    MRR  Recall@10  pairwise loss');
  for (const [name, group] of groups) {
    const r = (reports[name] = summarize(group));
    console.log(
      `${name.padEnd(16)} ${String(r.needs).padStart(5)}  ${r.ndcg10.toFixed(3).padStart(7)}  ${r.mrr.toFixed(3).padStart(5)}  ${r.recall10.toFixed(3).padStart(9)}  ${r.pairwiseLoss.toFixed(3).padStart(13)}`,
    );
  }
  // A labelled provider that is not in the list at all counts as below every listed one: recall limits the pairwise loss.
  const graded = labelled.flatMap((r) =>
    Object.entries(r.grades)
      .filter(([, g]) => g > 0)
      .map(([id, g]) => ({ listed: r.ranked.includes(id), g })),
  );
  const unlisted = (min: number) => {
    const of = graded.filter((x) => x.g >= min);
    return of.length ? (100 * of.filter((x) => !x.listed).length) / of.length : 0;
  };
  console.log(
    `\nlabelled providers not in the first ${limit} matches: ${unlisted(1).toFixed(1)} % (grade ≥ 2: ${unlisted(2).toFixed(1)} %)`,
  );
  const baselines = compareWithBaselines(data, labelled, reports.all);
  const out = flag('json');
  if (out) fs.writeFileSync(out, JSON.stringify({ dataset: data.name ?? file, tag, reports, baselines }, null, 2));
  agent.destroy();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
