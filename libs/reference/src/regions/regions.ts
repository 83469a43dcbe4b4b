/** Code-based region queries: lookup, paths, containment, listing and proximity. */
import { getRegionIndex } from './region-index';
import { normaliseCode } from './region-names';
import type { ListRegionsOptions, Region, RegionProximity } from './region.types';

/**
 * The region for a code in any accepted form (2/4/6/9/12 digits, aliases such
 * as "500200" included), or null.
 */
export function getRegion(code: string | null | undefined): Region | null {
  if (typeof code !== 'string') return null;
  const normalised = normaliseCode(code);
  if (!normalised) return null;
  const index = getRegionIndex();
  return index.byCode.get(normalised) ?? index.byCode.get(index.codeAliases.get(normalised) ?? '') ?? null;
}

/** From the province down to the region itself; empty for an unknown code. */
export function regionPath(code: string): Region[] {
  const index = getRegionIndex();
  const path: Region[] = [];
  for (
    let region = getRegion(code);
    region;
    region = region.parentCode ? (index.byCode.get(region.parentCode) ?? null) : null
  ) {
    path.unshift(region);
  }
  return path;
}

/**
 * Paths by code, for regionProximity: the ranker asks it for every candidate of every need, and building the path
 * each time was ~3 % of a re-match's CPU. Codes come from a fixed table, so the cache stays as small as that table.
 */
const pathCache = new Map<string, readonly Region[]>();
function cachedPath(code: string): readonly Region[] {
  let path = pathCache.get(code);
  if (!path) {
    path = regionPath(code);
    if (path.length) pathCache.set(code, path); // an unknown code is not kept, so odd input cannot grow the cache
  }
  return path;
}

/** The region's own code followed by its parents' codes, innermost first; empty when unknown. */
export function regionAncestorCodes(code: string): string[] {
  return regionPath(code)
    .map((region) => region.code)
    .reverse();
}

/** True when `code` is `ancestorCode` itself or lies inside it. False if either is unknown. */
export function isWithin(code: string, ancestorCode: string): boolean {
  const ancestor = getRegion(ancestorCode);
  return ancestor !== null && regionAncestorCodes(code).includes(ancestor.code);
}

/**
 * Lists regions ordered by code.
 * - `{}` → every region; `{ level }` → every region of that level.
 * - `{ parentCode }` → direct children of that region (`null` → provinces); unknown parent → [].
 */
export function listRegions(options: ListRegionsOptions = {}): Region[] {
  const index = getRegionIndex();
  let regions: readonly Region[];
  if (options.parentCode === undefined) {
    regions = index.all;
  } else if (options.parentCode === null) {
    regions = index.children.get('') ?? [];
  } else {
    const parent = getRegion(options.parentCode);
    regions = parent ? (index.children.get(parent.code) ?? []) : [];
  }
  return options.level ? regions.filter((region) => region.level === options.level) : [...regions];
}

/**
 * The finest level two regions have in common: "same-county" only when both are
 * the same county; a city and one of its counties are "same-city"; a province
 * and anything inside it are "same-province". Null or unknown codes → "unknown".
 */
export function regionProximity(a: string | null, b: string | null): RegionProximity {
  if (a === null || b === null) return 'unknown';
  const pathA = cachedPath(a);
  const pathB = cachedPath(b);
  if (pathA.length === 0 || pathB.length === 0) return 'unknown';
  let shared: Region | null = null;
  for (let i = 0; i < Math.min(pathA.length, pathB.length) && pathA[i] === pathB[i]; i++) shared = pathA[i];
  if (!shared) return 'other';
  switch (shared.level) {
    case 'county':
      return 'same-county';
    case 'city':
      return 'same-city';
    default:
      return 'same-province';
  }
}

/** Colloquial short name ("佛山市" → "佛山", "延边朝鲜族自治州" → "延边"); the official name when there is none. */
export function regionShortName(code: string): string | null {
  const region = getRegion(code);
  return region ? (getRegionIndex().shortNames.get(region.code) ?? region.name) : null;
}

/** English name ("Foshan"), or null where none is shipped (only provinces, Guangdong and major cities have one). */
export function regionEnglishName(code: string): string | null {
  const region = getRegion(code);
  return region ? (getRegionIndex().englishNames.get(region.code)?.[0] ?? null) : null;
}
