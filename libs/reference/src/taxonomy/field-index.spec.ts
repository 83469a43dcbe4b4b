import { buildFieldIndex, fieldKey, getFieldIndex, stemWord } from './field-index';
import { FIELD_SEEDS } from './fields.data';

describe('field taxonomy data', () => {
  const index = getFieldIndex();
  const tops = index.all.filter((f) => f.parentCode === null);
  const subs = index.all.filter((f) => f.parentCode !== null);

  it('has 30–45 top-level fields with 3–10 sub-fields each', () => {
    expect(tops.length).toBeGreaterThanOrEqual(30);
    expect(tops.length).toBeLessThanOrEqual(45);
    for (const top of tops) {
      const count = index.children.get(top.code)?.length ?? 0;
      expect({ code: top.code, ok: count >= 3 && count <= 10 }).toEqual({ code: top.code, ok: true });
    }
  });

  it('uses well-formed codes whose parent exists', () => {
    for (const field of index.all) {
      if (field.parentCode === null) {
        expect(field.code).toMatch(/^[a-z][a-z-]*$/);
      } else {
        expect(index.byCode.get(field.parentCode)?.parentCode).toBeNull();
        expect(field.code.startsWith(`${field.parentCode}.`)).toBe(true);
        expect(field.code).toMatch(/^[a-z][a-z-]*\.[a-z][a-z0-9-]*$/);
      }
    }
  });

  it('has a Chinese and an English name for every field, unique per level', () => {
    for (const level of [tops, subs]) {
      const zh = level.map((f) => f.zh);
      const en = level.map((f) => f.en.toLowerCase());
      expect(new Set(zh).size).toBe(level.length);
      expect(new Set(en).size).toBe(level.length);
    }
    for (const field of index.all) {
      expect(field.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(field.en).toMatch(/^[A-Za-z]/);
    }
  });

  it('never gives one name or alias to two fields', () => {
    expect(index.conflicts).toEqual([]);
    expect([...index.stemKeys.values()].filter((f) => f === null)).toEqual([]);
  });

  it('covers the sectors the marketplace serves', () => {
    const names = index.all.map((f) => f.zh);
    for (const zh of [
      '电池材料',
      '复合材料',
      '金属材料',
      '高分子材料',
      '陶瓷材料',
      '氢能',
      '光伏',
      '储能',
      '荔枝',
      '南药',
      '竹产业',
      '五金刀剪',
      '低空经济',
      '水产渔业',
      '医疗器械',
    ]) {
      expect(names).toContain(zh);
    }
  });

  it('is built once and hands out frozen fields', () => {
    expect(getFieldIndex()).toBe(index);
    expect(Object.isFrozen(index.all[0])).toBe(true);
    expect(Object.isFrozen(index.all[0].aliases)).toBe(true);
  });
});

describe('buildFieldIndex', () => {
  it('reports a name claimed twice', () => {
    const seeds = [
      { code: 'a', zh: '甲', en: 'Alpha', aliases: ['shared'], subs: [] },
      { code: 'b', zh: '乙', en: 'Beta', aliases: ['Shared'], subs: [] },
    ];
    expect(buildFieldIndex(seeds).conflicts).toEqual(['"shared" claimed by a and b']);
  });

  it('rejects duplicate codes', () => {
    expect(() => buildFieldIndex([FIELD_SEEDS[0], FIELD_SEEDS[0]])).toThrow(/duplicate field code materials/);
  });
});

describe('key helpers', () => {
  it('normalises names', () => {
    expect(fieldKey(' Oil & Gas ')).toBe('oilgas');
    expect(fieldKey('oil and gas')).toBe('oilgas');
    expect(fieldKey('桥梁与隧道')).toBe('桥梁隧道');
    expect(fieldKey('３Ｄ打印')).toBe('3d打印');
  });

  it('stems English plurals', () => {
    expect(stemWord('materials')).toBe('material');
    expect(stemWord('fisheries')).toBe('fishery');
    expect(stemWord('glass')).toBe('glass');
    expect(stemWord('bus')).toBe('bus');
  });
});
