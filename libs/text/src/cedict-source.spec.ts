import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CedictEntry, cedictDataPath, readCedict } from './cedict-source';

describe('readCedict', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cedict-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const read = (source: string): CedictEntry[] => {
    const path = join(dir, `${Math.random()}.js`);
    writeFileSync(path, source);
    const entries: CedictEntry[] = [];
    readCedict((entry) => entries.push(entry), path);
    return entries;
  };

  it('reads entries from the keyed data module, with one or several definitions', () => {
    const source =
      'export default {"all":[' +
      '["電池","电池","dian4 chi2","battery; electric cell",[],[]],' +
      '["視覺","视觉","shi4 jue2",["sight","vision"],[],[1]]' +
      '],"variantLookup":[["a","b","c"]],"classifierLookup":[]};';
    expect(read(source)).toEqual([
      { simplified: '电池', pinyin: 'dian4 chi2', definitions: ['battery; electric cell'] },
      { simplified: '视觉', pinyin: 'shi4 jue2', definitions: ['sight', 'vision'] },
    ]);
  });

  it('is not confused by brackets, quotes or escapes inside strings', () => {
    const source = 'export default {"all":[["x","x","x1",["see 某[mou3]","a \\"quoted] word\\" \\\\"],[],[]]]}';
    expect(read(source)).toEqual([
      { simplified: 'x', pinyin: 'x1', definitions: ['see 某[mou3]', 'a "quoted] word" \\'] },
    ]);
  });

  it('also reads the older bare-array layout', () => {
    expect(read('export default [["水","水","shui3","water",[],[]]];')).toHaveLength(1);
  });

  it('rejects a file it does not understand', () => {
    expect(() => read('module.exports = 42;')).toThrow(/unexpected format/);
    expect(() => read('export default {"all":[["a","b"')).toThrow(/ended inside/);
  });

  it('finds the installed package data', () => {
    expect(existsSync(cedictDataPath())).toBe(true);
  });
});
