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

const TOPIC_FILES = [
  'energy',
  'manufacturing',
  'materials',
  'lightindustry',
  'agri',
  'health',
  'environment',
  'digital',
  'orgs',
  'distractors',
];
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
  for (const m of extraRel)
    for (const [nid, rel] of Object.entries(m)) {
      const n = byId.get(nid);
      if (!n) throw new Error(`extraRel: unknown need ${nid}`);
      for (const [pid, g] of Object.entries(rel)) {
        if (n.rel[pid] !== undefined) throw new Error(`extraRel: ${nid} already grades ${pid}`);
        n.rel = { ...n.rel, [pid]: g };
      }
    }
  for (const m of extraNeg)
    for (const [nid, list] of Object.entries(m)) {
      const n = byId.get(nid);
      if (!n) throw new Error(`extraNeg: unknown need ${nid}`);
      n.neg = [...(n.neg || []), ...list];
    }
  // extra publications kept in their own table
  const pubs = require(path.join(__dirname, 'topics', 'publications.js'));
  const provById = new Map(all.providers.map((p) => [p.id, p]));
  for (const [pid, list] of Object.entries(pubs)) {
    const p = provById.get(pid);
    if (!p) throw new Error(`publications: unknown provider ${pid}`);
    p.pubs = [...(p.pubs || []), ...list];
  }
  return all;
}

// Deterministic per-id hash (FNV-1a), used to vary which optional need fields are present.
function hash(s) {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const hasHan = (s) => /[\u4e00-\u9fff]/.test(s);

// Coarse industry categories as an enterprise would pick them from a platform drop-down. They describe the
// enterprise's own industry, not the field of the provider that solves the problem (a lychee grower asking for
// a camera sorting line still files under agriculture), so they do not leak labels.
const NEED_FIELD = [
  [/^(li|h2|pv|vanadium|nd|yb)-/, '新能源', 'new energy'],
  [/^(ene|heatpump)-/, '节能环保', 'energy efficiency'],
  [/^(rob|vis|weld|cnc|hw|mould|tower|pp|ac|ebike)-/, '智能制造', 'advanced manufacturing'],
  [/^(mat|cer|coat|shoe)-/, '新材料', 'new materials'],
  [/^chem-/, '石油化工', 'chemicals'],
  [/^(semi|elec)-/, '电子信息', 'electronics'],
  [/^(tex|furn|container)-/, '轻工纺织', 'light industry'],
  [/^(food|baijiu)-/, '食品加工', 'food processing'],
  [/^(bam|for)-/, '林业', 'forestry'],
  [/^(fruit|tea|rice|live|aqua|goji|layer|croaker|pepper|kiwi|lychee|zijin|dongyuan)-/, '现代农业', 'agriculture'],
  [/^(tcm|chenpi)-/, '中医药', 'traditional Chinese medicine'],
  [/^(pharm|stemcell|med)-/, '生物医药', 'biomedicine'],
  [/^(water|air|sw)-/, '生态环境', 'environmental protection'],
  [/^min-/, '矿产资源', 'mining'],
  [/^mar-/, '海洋经济', 'marine economy'],
  [/^(iot|ai)-/, '数字经济', 'digital economy'],
  [/^uav-/, '低空经济', 'low-altitude economy'],
  [/^log-/, '现代物流', 'logistics'],
  [/^con-/, '建筑工程', 'construction'],
  [/^(patent|hkmo)-/, '科技服务', 'technology services'],
];
function needField(id, zh) {
  for (const [re, fzh, fen] of NEED_FIELD) if (re.test(`${id}-`) || re.test(id)) return [zh ? fzh : fen];
  return undefined;
}
// County-level regions carry the region effect the set tests, so they are never dropped.
const isCounty = (r) => (/^\d{6}$/.test(r || '') ? !/00$/.test(r) : /(县|区|市.+市)$/.test(r || ''));
function varyNeed(n) {
  const h = hash(n.id);
  const zh = hasHan(`${n.title}${n.desc}`);
  const out = { ...n };
  out.fields = h % 9 < 5 ? needField(n.id, zh) : undefined; // about 55% carry a category
  if ((h >>> 4) % 8 === 0) out.kw = undefined; // about 12% without keywords
  if ((h >>> 8) % 10 === 0) out.org = undefined; // about 10% without an organisation
  if ((h >>> 12) % 12 === 0 && !isCounty(n.region)) out.region = undefined; // a few without a region
  return out;
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
  const providers = t.providers.map((p) =>
    clean({
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
    }),
  );
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
  const needs = t.needs.map(varyNeed).map((n) => {
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
    description:
      'Labelled development set for the need-to-provider matching engine of the 科技供需对接平台: ' +
      'enterprise technical needs (需求) graded against experts, societies (学会) and expert workstations ' +
      '(院士专家工作站 / 科技专家工作站 / 学会服务站). About 70% Chinese and 30% English texts, many cross-lingual labels, ' +
      'hand-written hard negatives. Grades: 3 clear fit, 2 good fit, 1 partially relevant, unlisted providers 0. ' +
      'Built by scripts/dataset/build-dev-set.js, checked by scripts/dataset/validate-dev-set.js.',
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
  if (cur !== text) {
    console.error('data/matching/dev-set.json is out of date: run node scripts/dataset/build-dev-set.js');
    process.exit(1);
  }
  console.log('data/matching/dev-set.json is up to date');
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
}
