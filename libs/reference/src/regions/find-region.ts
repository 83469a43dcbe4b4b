/**
 * findRegion: resolves free-form input (code, Chinese or English name, short or
 * full, with or without separators, in either order) to one region.
 *
 * Algorithm
 * 1. Digits only → code lookup ("44", "4406", "440600", aliases).
 * 2. Otherwise the input is compacted (see compactQuery) and split into pieces
 *    that are known names. Official, full and English names take precedence
 *    over derived short names for the same piece ("吉林市" is only the city).
 *    Segmentations with fewer pieces are tried first.
 * 3. A region qualifies when every piece names a distinct region on its path
 *    (province → city → county) and one piece names the region itself, so
 *    "广东 佛山", "佛山广东" and "Foshan, Guangdong" all give 440600 while
 *    "广东 朝阳" gives nothing.
 * 4. Ambiguity: among qualifying regions the highest level wins ("吉林" → the
 *    province, "朝阳" → 朝阳市 over the 朝阳区 districts); several regions at that
 *    level → null ("鼓楼", "南山"). Qualify them with a parent: "深圳南山".
 *
 * Unrecognised text makes the whole input fail: "广东省佛山市南海区桂城街道" → null.
 */
import { getRegionIndex, RegionIndex } from './region-index';
import { compactQuery } from './region-names';
import { getRegion, regionPath } from './regions';
import { REGION_LEVEL_RANK, Region } from './region.types';

/** Longer input is rejected outright; real names are far shorter. */
const MAX_INPUT_LENGTH = 64;
/** A region path has at most three levels, so no more pieces can ever match. */
const MAX_PIECES = 3;
const MAX_SEGMENTATIONS = 64;

function candidatesFor(index: RegionIndex, piece: string): readonly Region[] {
  return index.exactKeys.get(piece) ?? index.shortKeys.get(piece) ?? [];
}

/** All ways (bounded) to cut `text` into at most MAX_PIECES known keys. */
function segment(index: RegionIndex, text: string): string[][] {
  const results: string[][] = [];
  const walk = (start: number, pieces: string[]): void => {
    if (results.length >= MAX_SEGMENTATIONS) return;
    if (start === text.length) {
      results.push([...pieces]);
      return;
    }
    if (pieces.length === MAX_PIECES) return;
    const longest = Math.min(index.maxKeyLength, text.length - start);
    for (let length = longest; length >= 2; length--) {
      const piece = text.slice(start, start + length);
      if (!index.exactKeys.has(piece) && !index.shortKeys.has(piece)) continue;
      pieces.push(piece);
      walk(start + length, pieces);
      pieces.pop();
    }
  };
  walk(0, []);
  return results.sort((a, b) => a.length - b.length);
}

/** Can each candidate set be given its own node of `path`, with the last node used? */
function fitsPath(path: readonly Region[], sets: ReadonlyArray<readonly Region[]>): boolean {
  const used = new Set<Region>();
  const assign = (i: number): boolean => {
    if (i === sets.length) return used.has(path[path.length - 1]);
    for (const node of path) {
      if (used.has(node) || !sets[i].includes(node)) continue;
      used.add(node);
      if (assign(i + 1)) return true;
      used.delete(node);
    }
    return false;
  };
  return assign(0);
}

function qualifyingRegions(sets: ReadonlyArray<readonly Region[]>): Set<Region> {
  const found = new Set<Region>();
  for (const set of sets) {
    for (const region of set) {
      if (!found.has(region) && fitsPath(regionPath(region.code), sets)) found.add(region);
    }
  }
  return found;
}

function pickHighest(regions: Iterable<Region>): Region | null {
  let best: Region[] = [];
  for (const region of regions) {
    if (best.length === 0 || REGION_LEVEL_RANK[region.level] < REGION_LEVEL_RANK[best[0].level]) best = [region];
    else if (REGION_LEVEL_RANK[region.level] === REGION_LEVEL_RANK[best[0].level]) best.push(region);
  }
  return best.length === 1 ? best[0] : null;
}

/** Resolves a code or a name to a region; null when unknown or ambiguous. */
export function findRegion(input: string): Region | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.normalize('NFKC').trim();
  if (!trimmed || trimmed.length > MAX_INPUT_LENGTH) return null;
  if (/^\d+$/.test(trimmed)) return getRegion(trimmed);

  const index = getRegionIndex();
  const text = compactQuery(trimmed);
  if (text.length < 2) return null;

  const direct = candidatesFor(index, text);
  if (direct.length === 1) return direct[0];

  let pieceCount = 0;
  const found = new Set<Region>();
  for (const pieces of segment(index, text)) {
    if (found.size > 0 && pieces.length > pieceCount) break;
    pieceCount = pieces.length;
    for (const region of qualifyingRegions(pieces.map((piece) => candidatesFor(index, piece)))) found.add(region);
  }
  return pickHighest(found);
}
