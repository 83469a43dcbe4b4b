/**
 * Deterministic benchmark data: providers (experts with publications, societies, workstations), their
 * capabilities and enterprises' needs, in Chinese and English across ~40 fields and real regions.
 * Row i of a kind depends only on (seed, kind, i), so batches can be generated lazily and in any order.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/bench/generate.ts --size tiny --print 3
 */
import { listRegions, Region, regionEnglishName, regionShortName } from '@app/reference';
import * as P from './phrases';

export type SizeName = 'tiny' | 'demo' | 'full';
export interface Size {
  providers: number;
  capabilities: number;
  needs: number;
}
export const SIZES: Record<SizeName, Size> = {
  tiny: { providers: 80, capabilities: 200, needs: 200 },
  demo: { providers: 2000, capabilities: 5000, needs: 5000 },
  full: { providers: 62500, capabilities: 250000, needs: 250000 },
};

/** mulberry32: a small, fast, well-spread 32-bit PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

const KIND_SALT = { provider: 0x1000193, capability: 0x2000193, need: 0x3000193, fresh: 0x4000193 } as const;
const rowRng = (seed: number, kind: keyof typeof KIND_SALT, i: number) =>
  prng(Math.imul(seed ^ KIND_SALT[kind], 2654435761) ^ Math.imul(i + 1, 0x9e3779b1));

let regionCache: { guangdong: Region[]; china: Region[] } | null = null;
function regions() {
  if (!regionCache) {
    const places = listRegions().filter((r) => r.level !== 'province');
    regionCache = { guangdong: places.filter((r) => r.code.startsWith('44')), china: places };
  }
  return regionCache;
}

/** Most listings are in Guangdong (the platform's home), the rest anywhere in China. */
function region(rng: Rng): Region {
  const { guangdong, china } = regions();
  return rng.chance(0.6) ? rng.pick(guangdong) : rng.pick(china);
}

/** A region as an importer writes it: the full name mostly, sometimes the 6-digit code. */
const regionInput = (rng: Rng, r: Region) => (rng.chance(0.75) ? r.fullName : r.code);
const cityName = (r: Region) => regionShortName(r.code) ?? r.name;
const cityEn = (r: Region): string =>
  regionEnglishName(r.code) ?? (r.parentCode ? regionEnglishName(r.parentCode) : null) ?? 'China';

/** Index of the i-th provider's topic; capabilities use it to stay in their provider's field. */
export function providerTopic(seed: number, i: number): number {
  return rowRng(seed, 'provider', i).int(P.TOPICS.length);
}

function personName(rng: Rng, english: boolean): string {
  if (english)
    return `${rng.pick(P.PINYIN_SURNAMES)} ${rng.pick(P.PINYIN_GIVEN)}${rng.chance(0.5) ? rng.pick(P.PINYIN_GIVEN).toLowerCase() : ''}`;
  return rng.pick(P.SURNAMES) + rng.pick(P.GIVEN) + (rng.chance(0.6) ? rng.pick(P.GIVEN) : '');
}

function keywords(rng: Rng, topic: P.Topic, english: boolean, n: number): string[] {
  const pool = english ? [...topic.objectsEn, ...topic.methodsEn] : [...topic.objects, ...topic.methods];
  return [...new Set(Array.from({ length: n }, () => rng.pick(pool)))];
}

export function providerRow(seed: number, i: number) {
  const rng = rowRng(seed, 'provider', i);
  const topic = P.TOPICS[rng.int(P.TOPICS.length)];
  const english = rng.chance(0.15);
  const place = region(rng);
  const kindRoll = rng.next();
  const externalId = `bench-p-${i}`;
  const fields = [english ? topic.fieldEn : topic.field];
  const k = rng.int(topic.objects.length),
    m = rng.int(topic.methods.length);
  if (kindRoll < 0.7) {
    const [aff, affEn] = rng.pick(P.AFFILIATIONS);
    const t = rng.int(P.TITLES.length);
    const name = personName(rng, english);
    const pubs = Array.from({ length: rng.int(9) }, (_, n) => {
      const o = rng.int(topic.objects.length),
        mm = rng.int(topic.methods.length),
        p = rng.int(topic.problems.length);
      return english
        ? {
            title: `${cap(topic.methodsEn[mm])} for ${topic.objectsEn[o]}: addressing ${topic.problemsEn[p]}`,
            abstract: `We study ${topic.methodsEn[mm]} applied to ${topic.objectsEn[o]} and report results from ${2 + rng.int(6)} industrial trials.`,
            year: 2014 + ((i + n) % 11),
          }
        : {
            title: `${topic.objects[o]}${topic.methods[mm]}研究`,
            abstract: `针对${topic.objects[o]}${topic.problems[p]}的问题，本文采用${topic.methods[mm]}方法，在${2 + rng.int(6)}家企业开展了验证。`,
            year: 2014 + ((i + n) % 11),
          };
    });
    return {
      externalId,
      kind: 'expert' as const,
      name,
      title: english ? P.TITLES_EN[t] : P.TITLES[t],
      affiliation: english ? affEn : aff,
      region: regionInput(rng, place),
      fields,
      keywords: keywords(rng, topic, english, 4),
      publications: pubs,
      bio: english
        ? `${name} is ${P.TITLES_EN[t].toLowerCase()} at ${affEn}, working on ${topic.methodsEn[m]} for ${topic.objectsEn[k]} in ${topic.fieldEn}; the work ${rng.pick(P.ACHIEVEMENTS_EN)}.`
        : `${name}，${aff}${P.TITLES[t]}，长期从事${topic.field}领域${topic.objects[k]}的${topic.methods[m]}研究，${rng.pick(P.ACHIEVEMENTS)}。`,
    };
  }
  const society = kindRoll < 0.85;
  const name = english
    ? society
      ? `${cityEn(place)} Society of ${cap(topic.fieldEn)} (${i})`
      : `${cap(topic.fieldEn)} Expert Workstation at ${rng.pick(P.BRANDS_EN)} ${cityEn(place)} (${i})`
    : society
      ? `${cityName(place)}${topic.field}学会（${i}）`
      : `${cityName(place)}${rng.pick(P.BRANDS)}${topic.field}院士专家工作站（${i}）`;
  return {
    externalId,
    kind: society ? ('society' as const) : ('workstation' as const),
    name,
    region: regionInput(rng, place),
    fields,
    keywords: keywords(rng, topic, english, 5),
    bio: english
      ? `${society ? 'The society brings together' : 'The workstation hosts'} experts in ${topic.fieldEn} who help local firms with ${topic.problemsEn[rng.int(topic.problemsEn.length)]} through ${topic.methodsEn[m]}.`
      : `${society ? '学会组织' : '工作站引进'}${topic.field}领域专家，围绕${topic.objects[k]}${topic.problems[rng.int(topic.problems.length)]}等问题，为当地企业开展${topic.methods[m]}服务。`,
  };
}

export function capabilityRow(seed: number, i: number, providers: number) {
  const rng = rowRng(seed, 'capability', i);
  const provider = i < providers ? i : rng.int(providers); // every provider publishes at least one
  const topic = P.TOPICS[rng.chance(0.85) ? providerTopic(seed, provider) : rng.int(P.TOPICS.length)];
  const english = rng.chance(0.15);
  const o = rng.int(topic.objects.length),
    m = rng.int(topic.methods.length),
    p = rng.int(topic.problems.length);
  const modes = [...new Set([rng.int(5), rng.int(5)])];
  return {
    externalId: `bench-c-${i}`,
    providerExternalId: `bench-p-${provider}`,
    fields: [english ? topic.fieldEn : topic.field],
    keywords: keywords(rng, topic, english, 4),
    serviceModes: modes.map((x) => P.SERVICES_EN[x]),
    title: english
      ? `${cap(topic.methodsEn[m])} for ${topic.objectsEn[o]}`
      : `${topic.objects[o]}${topic.methods[m]}技术`,
    description: english
      ? `Our team has years of experience in ${topic.methodsEn[m]} for ${topic.objectsEn[o]}. The approach solves ${topic.problemsEn[p]} and ${rng.pick(P.ACHIEVEMENTS_EN)}. We offer ${modes.map((x) => P.SERVICES_EN[x].replace('_', ' ')).join(' and ')}.`
      : `团队在${topic.objects[o]}${topic.methods[m]}方面积累了多年经验，可解决${topic.problems[p]}等问题，${rng.pick(P.ACHIEVEMENTS)}，可提供${modes.map((x) => P.SERVICES[x]).join('、')}服务。`,
  };
}

/** `kind: 'fresh'` gives needs outside the bulk load (the matching-latency probes). */
export function needRow(seed: number, i: number, kind: 'need' | 'fresh' = 'need') {
  const rng = rowRng(seed, kind, i);
  // About five needs per enterprise: the firm (its name, place, industry and language) comes from its own number.
  const firmNo = Math.floor(i / 5);
  const firm = rowRng(seed ^ 0x5bd1e995, kind, firmNo);
  const firmTopic = firm.int(P.TOPICS.length);
  const topic = P.TOPICS[rng.chance(0.8) ? firmTopic : rng.int(P.TOPICS.length)];
  const english = firm.chance(0.15);
  const place = region(firm);
  const o = rng.int(topic.objects.length),
    p = rng.int(topic.problems.length),
    m = rng.int(topic.methods.length),
    g = rng.int(P.GOALS.length);
  const organizationName = english
    ? `${firm.pick(P.BRANDS_EN)} ${cap(P.TOPICS[firmTopic].fieldEn)} Co., Ltd. (${cityEn(place)}, ${firmNo})`
    : `${cityName(place)}${firm.pick(P.BRANDS)}${P.TOPICS[firmTopic].field}${firm.pick(P.SUFFIXES)}（${firmNo}）`;
  const modes = [P.SERVICES_EN[rng.int(5)]];
  return {
    externalId: `bench-${kind === 'need' ? 'n' : 'f'}-${i}`,
    organizationName,
    region: regionInput(rng, place),
    cooperationModes: modes,
    fields: rng.chance(0.5) ? [english ? topic.fieldEn : topic.field] : [],
    keywords: english ? [topic.objectsEn[o], topic.methodsEn[m]] : [topic.objects[o], topic.methods[m]],
    title: english
      ? `${cap(topic.problemsEn[p])} in our ${topic.objectsEn[o]}`
      : `${topic.objects[o]}${topic.problems[p]}，寻求${topic.methods[m]}技术`,
    description: english
      ? `We make ${topic.objectsEn[o]} in ${cityEn(place)}. ${cap(topic.problemsEn[p])} keeps coming back and customers have noticed. We are looking for expertise in ${topic.methodsEn[m]} to ${P.GOALS_EN[g % P.GOALS_EN.length]}. ${rng.pick(P.EXTRAS_EN)}`
      : `本企业位于${place.fullName}，主要生产${topic.objects[o]}。近年来${topic.problems[p]}，影响了产品质量和交付。希望引入${topic.methods[m]}方面的技术，${P.GOALS[g]}。${rng.pick(P.EXTRAS)}`,
    budgetMax: rng.chance(0.4) ? (5 + rng.int(300)) * 10000 : undefined,
  };
}

/** Search queries of the latency rows: single terms, phrases and English, drawn from the same tables. */
export function searchQueries(seed: number, n: number): string[] {
  const rng = prng(seed ^ 0x51ed);
  return Array.from({ length: n }, (_, k) => {
    const topic = rng.pick(P.TOPICS);
    switch (k % 4) {
      case 0:
        return rng.pick(topic.objects);
      case 1:
        return `${rng.pick(topic.objects)} ${rng.pick(topic.methods)}`;
      case 2:
        return rng.pick(topic.objectsEn);
      default:
        return topic.field;
    }
  });
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

if (require.main === module) {
  const arg = (name: string, fallback: string) => {
    const k = process.argv.indexOf(`--${name}`);
    return k > 0 ? process.argv[k + 1] : fallback;
  };
  const size = SIZES[arg('size', 'tiny') as SizeName];
  const n = Number(arg('print', '3')),
    seed = Number(arg('seed', '2026'));
  for (let i = 0; i < n; i++)
    console.log(
      JSON.stringify(providerRow(seed, i)),
      '\n',
      JSON.stringify(capabilityRow(seed, i, size.providers)),
      '\n',
      JSON.stringify(needRow(seed, i)),
    );
}
