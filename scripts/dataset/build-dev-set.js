#!/usr/bin/env node
'use strict';
// Builds data/matching/dev-set.json from the hand-written topic tables in ./topics.
// Deterministic: no randomness, output order = order of the tables, keys written in a fixed order.
//
//   node scripts/dataset/build-dev-set.js            # writes data/matching/dev-set.json
//   node scripts/dataset/build-dev-set.js --check    # fails if the committed JSON differs from a fresh build
//
// Topic table shape (see topics/*.js):
//   providers: [{ id, k: 'E'|'S'|'W', name, title?, aff?, region?, fields?, kw?, bio?, pubs?: [[title, abstract?, year?]] }]
//   caps:      [{ p, title, desc, kw?, fields?, modes? }]
//   needs:     [{ id, title, desc, kw?, fields?, region?, org?, rel: { providerId: grade }, neg?: [providerId] }]
// Ids in the tables are short; the builder adds the p- / c- / n- prefixes.
const fs = require('node:fs');
const path = require('node:path');

const TOPIC_FILES = ['energy', 'manufacturing', 'materials', 'lightindustry', 'agri', 'health', 'environment', 'digital', 'orgs'];
const KIND = { E: 'expert', S: 'society', W: 'workstation' };

function load() {
  const all = { providers: [], caps: [], needs: [] };
  const extraRel = [];
  const extraNeg = [];
  for (const f of TOPIC_FILES) {
    const t = require(path.join(__dirname, 'topics', `${f}.js`));
    for (const key of Object.keys(all)) for (const x of t[key] || []) all[key].push({ ...x, _file: f });
    // a table may add labels / hard negatives to needs written in another table (e.g. national societies
    // defined in orgs.js that are a partial fit for needs of many fields)
    if (t.extraRel) extraRel.push(t.extraRel);
    if (t.extraNeg) extraNeg.push(t.extraNeg);
  }
  const byId = new Map(all.needs.map((n) => [n.id, n]));
  for (const m of extraRel) for (const [nid, rel] of Object.entries(m)) {
    const n = byId.get(nid);
    if (!n) throw new Error(`extraRel: unknown need ${nid}`);
    for (const [pid, g] of Object.entries(rel)) {
      if (n.rel[pid] !== undefined) throw new Error(`extraRel: ${nid} already grades ${pid}`);
      n.rel = { ...n.rel, [pid]: g };
    }
  }
  for (const m of extraNeg) for (const [nid, list] of Object.entries(m)) {
    const n = byId.get(nid);
    if (!n) throw new Error(`extraNeg: unknown need ${nid}`);
    n.neg = [...(n.neg || []), ...list];
  }
  return all;
}

function clean(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

function build() {
  const t = load();
  const pid = (id) => `p-${id}`;
  const providers = t.providers.map((p) => clean({
    externalId: pid(p.id),
    kind: KIND[p.k],
    name: p.name,
    title: p.title,
    affiliation: p.aff,
    region: p.region,
    fields: p.fields,
    keywords: p.kw,
    bio: p.bio,
    publications: p.pubs && p.pubs.map(([title, abstract, year]) => clean({ title, abstract, year })),
  }));
  const capCount = {};
  const capabilities = t.caps.map((c) => {
    capCount[c.p] = (capCount[c.p] || 0) + 1;
    return clean({
      externalId: `c-${c.p}-${capCount[c.p]}`,
      providerExternalId: pid(c.p),
      title: c.title,
      description: c.desc,
      keywords: c.kw,
      fields: c.fields,
      serviceModes: c.modes,
    });
  });
  const hardNegatives = {};
  const needs = t.needs.map((n) => {
    const relevance = {};
    // grades written highest first so the file reads naturally
    for (const g of [3, 2, 1]) for (const [id, v] of Object.entries(n.rel)) if (v === g) relevance[pid(id)] = g;
    for (const [id, v] of Object.entries(n.rel)) if (![1, 2, 3].includes(v)) relevance[pid(id)] = v; // let the validator complain
    if (n.neg && n.neg.length) hardNegatives[`n-${n.id}`] = n.neg.map(pid);
    return clean({
      externalId: `n-${n.id}`,
      title: n.title,
      description: n.desc,
      keywords: n.kw,
      fields: n.fields,
      region: n.region,
      organizationName: n.org,
      relevance,
    });
  });
  return {
    name: 'dev-v1',
    description: 'Labelled development set for the need-to-provider matching engine of the 科技供需对接平台: '
      + 'enterprise technical needs (需求) graded against experts, societies (学会) and expert workstations '
      + '(院士专家工作站 / 科技专家工作站 / 学会服务站). About 70% Chinese and 30% English texts, many cross-lingual labels, '
      + 'hand-written hard negatives. Grades: 3 clear fit, 2 good fit, 1 partially relevant, unlisted providers 0. '
      + 'Built by scripts/dataset/build-dev-set.js, checked by scripts/dataset/validate-dev-set.js.',
    providers,
    capabilities,
    needs,
    hardNegatives,
  };
}

const out = path.join(__dirname, '..', '..', 'data', 'matching', 'dev-set.json');
const text = JSON.stringify(build(), null, 1) + '\n';
if (process.argv.includes('--check')) {
  const cur = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (cur !== text) { console.error('data/matching/dev-set.json is out of date: run node scripts/dataset/build-dev-set.js'); process.exit(1); }
  console.log('data/matching/dev-set.json is up to date');
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
}
