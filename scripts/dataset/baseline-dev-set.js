#!/usr/bin/env node
'use strict';
// A deliberately naive lexical baseline on the dev set, so a matching engine has a floor to beat and the
// set's difficulty is visible. TF-IDF cosine over Han-character bigrams plus lower-cased Latin words;
// provider text = profile + publications + its capabilities; need text = title + description + keywords + fields.
// No translation, no synonyms: cross-lingual needs are expected to fail here.
//
//   node scripts/dataset/baseline-dev-set.js [path/to/dev-set.json]
const fs = require('node:fs');
const path = require('node:path');

const file = process.argv[2] || path.join(__dirname, '..', '..', 'data', 'matching', 'dev-set.json');
const d = JSON.parse(fs.readFileSync(file, 'utf8'));

const lang = (t) => {
  const han = (t.match(/[\u3400-\u9fff]/g) || []).length;
  const latin = (t.match(/[A-Za-z]/g) || []).length;
  return han / (han + latin / 4 || 1) >= 0.5 ? 'zh' : 'en';
};
const STOP = new Set(
  'a an the and or of to in on for with by from at as is are be we our us it its this that'.split(' '),
);
function tokens(text) {
  const out = [];
  for (const run of text.match(/[\u3400-\u9fff]+/g) || []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    if (run.length === 1) out.push(run);
  }
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9-]+/g) || [])
    if (!STOP.has(w)) out.push(w.replace(/(ies|es|s)$/, ''));
  return out;
}

const capsBy = new Map();
for (const c of d.capabilities) {
  if (!capsBy.has(c.providerExternalId)) capsBy.set(c.providerExternalId, []);
  capsBy.get(c.providerExternalId).push([c.title, c.description, ...(c.keywords || []), ...(c.fields || [])].join(' '));
}
const provText = (p) =>
  [
    p.name,
    p.title,
    p.affiliation,
    ...(p.fields || []),
    ...(p.keywords || []),
    p.bio,
    ...(p.publications || []).flatMap((x) => [x.title, x.abstract]),
    ...(capsBy.get(p.externalId) || []),
  ]
    .filter(Boolean)
    .join(' ');
const needText = (n) => [n.title, n.description, ...(n.keywords || []), ...(n.fields || [])].join(' ');

const docs = d.providers.map((p) => tokens(provText(p)));
const df = new Map();
for (const toks of docs) for (const t of new Set(toks)) df.set(t, (df.get(t) || 0) + 1);
const N = docs.length;
const idf = (t) => Math.log((N + 1) / ((df.get(t) || 0) + 1)) + 1;
function vec(toks) {
  const tf = new Map();
  for (const t of toks) tf.set(t, (tf.get(t) || 0) + 1);
  const v = new Map();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = (1 + Math.log(c)) * idf(t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}
const pvecs = docs.map(vec);
const cos = (a, b) => {
  let s = 0;
  const [x, y] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, w] of x) {
    const u = y.get(t);
    if (u) s += w * u;
  }
  return s;
};

const provLang = new Map(d.providers.map((p) => [p.externalId, lang(`${p.name} ${p.bio || ''}`)]));
const groups = { all: [], sameLanguage: [], crossLingual: [] };
let negAbove = 0;
let negNeeds = 0;
for (const n of d.needs) {
  const nv = vec(tokens(needText(n)));
  const ranked = d.providers
    .map((p, i) => [p.externalId, cos(nv, pvecs[i])])
    .sort((a, b) => b[1] - a[1])
    .map((x) => x[0]);
  const rel = n.relevance;
  const dcg = ranked.slice(0, 10).reduce((s, id, i) => s + (2 ** (rel[id] || 0) - 1) / Math.log2(i + 2), 0);
  const ideal = Object.values(rel)
    .sort((a, b) => b - a)
    .slice(0, 10)
    .reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const first3 = ranked.findIndex((id) => rel[id] === 3);
  const good = Object.keys(rel).filter((id) => rel[id] >= 2);
  const m = {
    ndcg10: ideal ? dcg / ideal : 0,
    mrr3: first3 >= 0 ? 1 / (first3 + 1) : 0,
    p1: rel[ranked[0]] === 3 ? 1 : 0,
    recall10: good.length ? good.filter((id) => ranked.indexOf(id) < 10).length / good.length : 0,
  };
  const nl = lang(`${n.title} ${n.description}`);
  const g3 = Object.keys(rel).filter((id) => rel[id] === 3);
  groups.all.push(m);
  (g3.every((id) => provLang.get(id) !== nl) ? groups.crossLingual : groups.sameLanguage).push(m);
  const negs = (d.hardNegatives || {})[n.externalId];
  if (negs && negs.length) {
    negNeeds++;
    const bestNeg = Math.min(...negs.map((id) => ranked.indexOf(id)));
    if (bestNeg < first3) negAbove++;
  }
}
const avg = (xs, k) => (xs.reduce((s, x) => s + x[k], 0) / Math.max(1, xs.length)).toFixed(3);
console.log('lexical TF-IDF baseline (Han bigrams + Latin words), all providers ranked for each need');
console.log('group           needs  nDCG@10  MRR(grade3)  P@1(grade3)  Recall@10(grade>=2)');
for (const [k, xs] of Object.entries(groups)) {
  console.log(
    `${k.padEnd(15)} ${String(xs.length).padStart(5)}  ${avg(xs, 'ndcg10').padStart(7)}  ${avg(xs, 'mrr3').padStart(11)}  ${avg(xs, 'p1').padStart(11)}  ${avg(xs, 'recall10').padStart(19)}`,
  );
}
console.log(
  `hard negatives: in ${negAbove} of ${negNeeds} needs with listed hard negatives, one ranks above every grade-3 provider`,
);
