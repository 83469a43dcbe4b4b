#!/usr/bin/env node
'use strict';
// Validates a labelled matching dev set (default: data/matching/dev-set.json). Plain Node, no dependencies.
//
//   node scripts/dataset/validate-dev-set.js [path/to/dev-set.json] [--json]
//
// Errors (exit status 1): broken shape, duplicate externalIds, labels or capabilities pointing at unknown
// providers, grades outside 1..3, need label counts outside 1-3 / 0-4 / 0-5 for grades 3 / 2 / 1,
// hard negatives that are also labelled, unreadable regions.
// Warnings (printed, exit 0): the soft targets of the set (sizes, language mix, cross-lingual count, kinds).
// Languages are not stored in the file: a text counts as Chinese when Han characters dominate
// (han / (han + latin letters / 4) >= 0.5), otherwise English.
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const file =
  args.find((a) => !a.startsWith('--')) || path.join(__dirname, '..', '..', 'data', 'matching', 'dev-set.json');

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const KINDS = ['expert', 'society', 'workstation'];
const MODES = ['联合攻关', '成果转化', '技术咨询', '人才培养', '设备共享', 'other'];
const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const isStr = (x) => typeof x === 'string' && x.trim().length > 0;
const isStrArr = (x) => Array.isArray(x) && x.every(isStr);

function lang(text) {
  const han = (text.match(/[\u3400-\u9fff]/g) || []).length;
  const latin = (text.match(/[A-Za-z]/g) || []).length;
  if (han + latin === 0) return 'unknown';
  return han / (han + latin / 4) >= 0.5 ? 'zh' : 'en';
}
// Region: a Chinese administrative name (province / city / county / district ...) or a 6-digit division code.
const REGION_NAME =
  /^(北京市|天津市|上海市|重庆市|香港特别行政区|澳门特别行政区|[\u4e00-\u9fff]{2,8}(省|自治区))([\u4e00-\u9fff]{1,10}(市|州|盟|地区))?([\u4e00-\u9fff]{1,10}(区|县|市|旗|镇))?$/;
const REGION_CODE = /^[1-8]\d{5}$/;

let data;
try {
  data = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(1);
}
const sizeBytes = fs.statSync(file).size;

if (!isObj(data)) err('top level is not an object');
if (!isStr(data.name)) err('name missing');
if (!isStr(data.description)) err('description missing');
for (const k of ['providers', 'capabilities', 'needs']) if (!Array.isArray(data[k])) err(`${k} is not an array`);
const providers = Array.isArray(data.providers) ? data.providers : [];
const capabilities = Array.isArray(data.capabilities) ? data.capabilities : [];
const needs = Array.isArray(data.needs) ? data.needs : [];

const seen = new Map();
function claim(id, where) {
  if (!isStr(id)) {
    err(`${where}: externalId missing`);
    return false;
  }
  if (seen.has(id)) {
    err(`duplicate externalId ${id} (${where} and ${seen.get(id)})`);
    return false;
  }
  seen.set(id, where);
  return true;
}
function checkOptional(obj, where, key, test, what) {
  if (obj[key] !== undefined && !test(obj[key])) err(`${where}: ${key} should be ${what}`);
}
function checkRegion(r, where) {
  if (r === undefined) return;
  if (!isStr(r) || !(REGION_NAME.test(r) || REGION_CODE.test(r)))
    err(`${where}: region ${JSON.stringify(r)} is neither an administrative name nor a 6-digit code`);
}

// ---- providers ----
const provLang = new Map();
const provById = new Map();
const byKind = { expert: 0, society: 0, workstation: 0 };
const provLangCount = { zh: 0, en: 0, unknown: 0 };
let pubCount = 0;
const nameKeys = new Map();
providers.forEach((p, i) => {
  const where = `providers[${i}]${p && p.externalId ? ` ${p.externalId}` : ''}`;
  if (!isObj(p)) {
    err(`${where}: not an object`);
    return;
  }
  if (claim(p.externalId, where)) provById.set(p.externalId, p);
  if (isStr(p.externalId) && !p.externalId.startsWith('p-'))
    warn(`${where}: provider ids are expected to start with p-`);
  if (!KINDS.includes(p.kind)) err(`${where}: kind must be one of ${KINDS.join('/')}`);
  else byKind[p.kind]++;
  if (!isStr(p.name)) err(`${where}: name missing`);
  for (const k of ['title', 'affiliation', 'bio']) checkOptional(p, where, k, isStr, 'a non-empty string');
  for (const k of ['fields', 'keywords']) checkOptional(p, where, k, isStrArr, 'an array of strings');
  checkRegion(p.region, where);
  if (p.publications !== undefined) {
    if (!Array.isArray(p.publications)) err(`${where}: publications should be an array`);
    else
      p.publications.forEach((pub, j) => {
        if (!isObj(pub) || !isStr(pub.title)) err(`${where}: publications[${j}] needs a title`);
        else {
          checkOptional(pub, `${where} publications[${j}]`, 'abstract', isStr, 'a string');
          checkOptional(
            pub,
            `${where} publications[${j}]`,
            'year',
            (y) => Number.isInteger(y) && y >= 1950 && y <= 2030,
            'a year',
          );
        }
      });
    pubCount += Array.isArray(p.publications) ? p.publications.length : 0;
  }
  if (p.kind === 'expert' && !isStr(p.title)) warn(`${where}: expert without a title`);
  if (Array.isArray(p.publications) && p.publications.length > 6)
    warn(`${where}: ${p.publications.length} publications (the set keeps 0-6)`);
  if (p.kind !== 'expert' && !isStr(p.bio)) warn(`${where}: ${p.kind} without a bio`);
  const key = `${p.name}|${p.affiliation || ''}`;
  if (nameKeys.has(key)) warn(`${where}: same name and affiliation as ${nameKeys.get(key)}`);
  nameKeys.set(key, p.externalId);
  const l = lang(`${p.name || ''} ${p.title || ''} ${p.bio || ''}`);
  provLang.set(p.externalId, l);
  provLangCount[l]++;
});

// ---- capabilities ----
const capLangCount = { zh: 0, en: 0, unknown: 0 };
const modeCount = {};
capabilities.forEach((c, i) => {
  const where = `capabilities[${i}]${c && c.externalId ? ` ${c.externalId}` : ''}`;
  if (!isObj(c)) {
    err(`${where}: not an object`);
    return;
  }
  claim(c.externalId, where);
  if (!provById.has(c.providerExternalId))
    err(`${where}: providerExternalId ${c.providerExternalId} is not a provider`);
  if (!isStr(c.title)) err(`${where}: title missing`);
  if (!isStr(c.description)) err(`${where}: description missing`);
  for (const k of ['fields', 'keywords']) checkOptional(c, where, k, isStrArr, 'an array of strings');
  if (c.serviceModes !== undefined) {
    if (!Array.isArray(c.serviceModes) || !c.serviceModes.every((m) => MODES.includes(m)))
      err(`${where}: serviceModes must be from ${MODES.join('/')}`);
    else
      c.serviceModes.forEach((m) => {
        modeCount[m] = (modeCount[m] || 0) + 1;
      });
  }
  capLangCount[lang(`${c.title || ''} ${c.description || ''}`)]++;
});

// ---- needs ----
const needLangCount = { zh: 0, en: 0, unknown: 0 };
const gradeCount = { 3: 0, 2: 0, 1: 0 };
const labelledProviders = new Set();
let crossAny = 0; // some grade-3 provider in the other language
let crossAll = 0; // every grade-3 provider in the other language
let crossG3Pairs = 0;
let crossPairs = 0;
const crossByDir = { 'en->zh': 0, 'zh->en': 0 };
let withRegion = 0;
needs.forEach((n, i) => {
  const where = `needs[${i}]${n && n.externalId ? ` ${n.externalId}` : ''}`;
  if (!isObj(n)) {
    err(`${where}: not an object`);
    return;
  }
  claim(n.externalId, where);
  if (!isStr(n.title)) err(`${where}: title missing`);
  if (!isStr(n.description)) err(`${where}: description missing`);
  for (const k of ['fields', 'keywords']) checkOptional(n, where, k, isStrArr, 'an array of strings');
  checkOptional(n, where, 'organizationName', isStr, 'a non-empty string');
  checkRegion(n.region, where);
  if (n.region !== undefined) withRegion++;
  const nl = lang(`${n.title || ''} ${n.description || ''}`);
  needLangCount[nl]++;
  if (!isObj(n.relevance)) {
    err(`${where}: relevance missing`);
    return;
  }
  const per = { 3: [], 2: [], 1: [] };
  for (const [pid, g] of Object.entries(n.relevance)) {
    if (!provById.has(pid)) err(`${where}: relevance points at unknown provider ${pid}`);
    if (![1, 2, 3].includes(g)) {
      err(`${where}: grade ${JSON.stringify(g)} for ${pid} is not 1, 2 or 3`);
      continue;
    }
    per[g].push(pid);
    gradeCount[g]++;
    labelledProviders.add(pid);
    if (provLang.has(pid) && provLang.get(pid) !== nl) crossPairs++;
  }
  if (per[3].length < 1 || per[3].length > 3) err(`${where}: ${per[3].length} grade-3 providers (want 1-3)`);
  if (per[2].length > 4) err(`${where}: ${per[2].length} grade-2 providers (want 0-4)`);
  if (per[1].length > 5) err(`${where}: ${per[1].length} grade-1 providers (want 0-5)`);
  const other = per[3].filter((pid) => provLang.has(pid) && provLang.get(pid) !== nl);
  crossG3Pairs += other.length;
  if (other.length > 0) {
    crossAny++;
    crossByDir[`${nl}->${nl === 'zh' ? 'en' : 'zh'}`]++;
  }
  if (per[3].length > 0 && other.length === per[3].length) crossAll++;
});

// ---- hard negatives (optional top-level map: need id -> provider ids that look related but are 0) ----
let hardNegCount = 0;
if (data.hardNegatives !== undefined) {
  if (!isObj(data.hardNegatives)) err('hardNegatives should be an object');
  else {
    const needById = new Map(needs.filter(isObj).map((n) => [n.externalId, n]));
    for (const [nid, list] of Object.entries(data.hardNegatives)) {
      const n = needById.get(nid);
      if (!n) {
        err(`hardNegatives: unknown need ${nid}`);
        continue;
      }
      if (!isStrArr(list)) {
        err(`hardNegatives[${nid}] should be an array of provider ids`);
        continue;
      }
      for (const pid of list) {
        hardNegCount++;
        if (!provById.has(pid)) err(`hardNegatives[${nid}]: unknown provider ${pid}`);
        if (isObj(n.relevance) && n.relevance[pid] !== undefined)
          err(`hardNegatives[${nid}]: ${pid} is also labelled ${n.relevance[pid]}`);
      }
    }
  }
}

// ---- soft targets ----
const pct = (a, b) => (b ? Math.round((100 * a) / b) : 0);
if (needs.length < 220) warn(`only ${needs.length} needs (target at least 220)`);
if (providers.length < 270 || providers.length > 340) warn(`${providers.length} providers (target about 300)`);
if (capabilities.length < 130) warn(`${capabilities.length} capabilities (target about 150)`);
const expertShare = pct(byKind.expert, providers.length);
if (expertShare < 55 || expertShare > 75) warn(`experts are ${expertShare}% of providers (target about 65%)`);
const enNeedShare = pct(needLangCount.en, needs.length);
const enProvShare = pct(provLangCount.en, providers.length);
if (enNeedShare < 22 || enNeedShare > 38) warn(`English needs are ${enNeedShare}% (target about 30%)`);
if (enProvShare < 22 || enProvShare > 38) warn(`English providers are ${enProvShare}% (target about 30%)`);
if (crossAny < 40) warn(`only ${crossAny} needs have a grade-3 provider in the other language (target at least 40)`);
if (sizeBytes > 3 * 1024 * 1024) warn(`file is ${(sizeBytes / 1048576).toFixed(1)} MB (target under 3 MB)`);
const unlabelled = providers.filter((p) => isObj(p) && !labelledProviders.has(p.externalId)).length;

const summary = {
  file: path.relative(process.cwd(), file),
  name: data.name,
  sizeKiB: Math.round(sizeBytes / 1024),
  providers: {
    total: providers.length,
    ...byKind,
    zh: provLangCount.zh,
    en: provLangCount.en,
    publications: pubCount,
    neverLabelled: unlabelled,
  },
  capabilities: { total: capabilities.length, zh: capLangCount.zh, en: capLangCount.en, serviceModes: modeCount },
  needs: { total: needs.length, zh: needLangCount.zh, en: needLangCount.en, withRegion },
  grades: {
    3: gradeCount[3],
    2: gradeCount[2],
    1: gradeCount[1],
    total: gradeCount[3] + gradeCount[2] + gradeCount[1],
  },
  crossLingual: {
    needsWithOtherLanguageGrade3: crossAny,
    needsWhoseGrade3AreAllOtherLanguage: crossAll,
    ...crossByDir,
    grade3Pairs: crossG3Pairs,
    labelledPairs: crossPairs,
  },
  hardNegatives: { needs: isObj(data.hardNegatives) ? Object.keys(data.hardNegatives).length : 0, pairs: hardNegCount },
  errors: errors.length,
  warnings: warnings.length,
};

if (asJson) {
  console.log(JSON.stringify({ summary, errors, warnings }, null, 2));
} else {
  const s = summary;
  console.log(`dev set ${s.name} (${s.file}, ${s.sizeKiB} KiB)`);
  console.log(
    `providers     ${s.providers.total}: expert ${s.providers.expert} (${pct(s.providers.expert, s.providers.total)}%), society ${s.providers.society} (${pct(s.providers.society, s.providers.total)}%), workstation ${s.providers.workstation} (${pct(s.providers.workstation, s.providers.total)}%)`,
  );
  console.log(
    `              language zh ${s.providers.zh} / en ${s.providers.en} (${pct(s.providers.en, s.providers.total)}% en); ${s.providers.publications} publications; ${s.providers.neverLabelled} never labelled (pure distractors)`,
  );
  console.log(
    `capabilities  ${s.capabilities.total}: zh ${s.capabilities.zh} / en ${s.capabilities.en}; modes ${Object.entries(
      s.capabilities.serviceModes,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `needs         ${s.needs.total}: zh ${s.needs.zh} / en ${s.needs.en} (${pct(s.needs.en, s.needs.total)}% en); ${s.needs.withRegion} with a region`,
  );
  console.log(
    `grades        3: ${s.grades[3]}, 2: ${s.grades[2]}, 1: ${s.grades[1]} (${s.grades.total} labels, ${(s.grades.total / Math.max(1, s.needs.total)).toFixed(1)} per need)`,
  );
  console.log(
    `cross-lingual ${s.crossLingual.needsWithOtherLanguageGrade3} needs with a grade-3 provider in the other language (en->zh ${s.crossLingual['en->zh']}, zh->en ${s.crossLingual['zh->en']}); ${s.crossLingual.needsWhoseGrade3AreAllOtherLanguage} where all grade-3 are; ${s.crossLingual.labelledPairs} cross-language labels in all`,
  );
  console.log(`hard negs     ${s.hardNegatives.pairs} pairs over ${s.hardNegatives.needs} needs`);
  for (const w of warnings) console.log(`WARN  ${w}`);
  for (const e of errors) console.log(`ERROR ${e}`);
  console.log(
    errors.length
      ? `FAILED: ${errors.length} error(s), ${warnings.length} warning(s)`
      : `OK: 0 errors, ${warnings.length} warning(s)`,
  );
}
process.exit(errors.length ? 1 : 0);
