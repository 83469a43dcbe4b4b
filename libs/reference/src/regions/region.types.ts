/** Administrative level of a region. */
export type RegionLevel = 'province' | 'city' | 'county';

/**
 * One administrative division of China.
 *
 * Objects handed out by this library are frozen and shared; never mutate them.
 */
export interface Region {
  /** Six-digit division code, e.g. "440600". */
  code: string;
  /** Official name, e.g. "佛山市". */
  name: string;
  /** Names from the province down, without repeats, e.g. "广东省佛山市". */
  fullName: string;
  level: RegionLevel;
  /** Code of the enclosing region, null for provinces. */
  parentCode: string | null;
}

/** How close two regions are, judged by the finest level they share. */
export type RegionProximity = 'same-county' | 'same-city' | 'same-province' | 'other' | 'unknown';

export interface ListRegionsOptions {
  /** Only direct children of this region (any accepted code form). `null` means provinces. */
  parentCode?: string | null;
  level?: RegionLevel;
}

export const REGION_LEVEL_RANK: Readonly<Record<RegionLevel, number>> = {
  province: 0,
  city: 1,
  county: 2,
};
