/**
 * Two plain lexical rankers every evaluation is compared with, computed in process on the same dataset: TF-IDF cosine
 * (the floor of ../shared/devsets/README.md: Han character bigrams and lower-cased Latin words, sublinear tf,
 * smoothed idf over every provider and need text, both sides L2-normalised) and Okapi BM25 (k1 1.2, b 0.75) on the
 * same tokens. Every need ranks every provider; ties go by externalId.
 */

export interface BaselineDataset {
  providers: {
    externalId: string;
    name?: string;
    title?: string;
    fields?: string[];
    keywords?: string[];
    bio?: string;
    publications?: { title?: string; abstract?: string }[];
  }[];
  capabilities?: {
    providerExternalId: string;
    title?: string;
    description?: string;
    keywords?: string[];
    fields?: string[];
  }[];
  needs: { externalId: string; title: string; description?: string; keywords?: string[] }[];
}

export type Rankings = Map<string, string[]>;

export function baselineTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) out.push(word);
  return out;
}

const joined = (parts: (string | undefined | null)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');

function texts(data: BaselineDataset): {
  providers: { id: string; tokens: string[] }[];
  needs: { id: string; tokens: string[] }[];
} {
  const capabilityTexts = new Map<string, string[]>();
  for (const c of data.capabilities ?? []) {
    const list = capabilityTexts.get(c.providerExternalId) ?? [];
    list.push(joined([c.title, c.description, ...(c.keywords ?? []), ...(c.fields ?? [])]));
    capabilityTexts.set(c.providerExternalId, list);
  }
  return {
    providers: data.providers.map((p) => ({
      id: p.externalId,
      tokens: baselineTokens(
        joined([
          p.name,
          p.title,
          ...(p.fields ?? []),
          ...(p.keywords ?? []),
          p.bio,
          ...(p.publications ?? []).flatMap((x) => [x.title, x.abstract]),
          ...(capabilityTexts.get(p.externalId) ?? []),
        ]),
      ),
    })),
    needs: data.needs.map((n) => ({
      id: n.externalId,
      tokens: baselineTokens(joined([n.title, n.description, ...(n.keywords ?? [])])),
    })),
  };
}

function counts(tokens: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

function documentFrequencies(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tokens of docs) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

const byScoreThenId = (a: [number, string], b: [number, string]) =>
  b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

export function tfidfRankings(data: BaselineDataset): Rankings {
  const { providers, needs } = texts(data);
  const df = documentFrequencies([...providers, ...needs].map((d) => d.tokens));
  const total = providers.length + needs.length;
  const vector = (tokens: string[]) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of counts(tokens)) {
      const w = (1 + Math.log(c)) * (Math.log((1 + total) / (1 + (df.get(t) ?? 0))) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  };
  const providerVectors = providers.map((p) => ({ id: p.id, v: vector(p.tokens) }));
  const out: Rankings = new Map();
  for (const need of needs) {
    const q = vector(need.tokens);
    const scored = providerVectors.map(({ id, v }): [number, string] => {
      let dot = 0;
      for (const [t, w] of q) dot += w * (v.get(t) ?? 0);
      return [dot, id];
    });
    out.set(
      need.id,
      scored.sort(byScoreThenId).map(([, id]) => id),
    );
  }
  return out;
}

export function bm25Rankings(data: BaselineDataset, k1 = 1.2, b = 0.75): Rankings {
  const { providers, needs } = texts(data);
  const df = documentFrequencies(providers.map((p) => p.tokens));
  const n = providers.length;
  const averageLength = providers.reduce((s, p) => s + p.tokens.length, 0) / Math.max(n, 1);
  const docs = providers.map((p) => ({ id: p.id, tf: counts(p.tokens), length: p.tokens.length }));
  const idf = (t: string) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  const out: Rankings = new Map();
  for (const need of needs) {
    const q = counts(need.tokens);
    const scored = docs.map(({ id, tf, length }): [number, string] => {
      let score = 0;
      for (const [t, qf] of q) {
        const f = tf.get(t);
        if (f) score += qf * idf(t) * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * length) / averageLength)));
      }
      return [score, id];
    });
    out.set(
      need.id,
      scored.sort(byScoreThenId).map(([, id]) => id),
    );
  }
  return out;
}
