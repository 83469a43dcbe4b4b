import { fieldPath, fieldProximity, getField, listFields, topLevelOf } from './fields';

describe('fieldPath / topLevelOf', () => {
  it('walks from the top-level field down', () => {
    expect(fieldPath('materials.battery').map((f) => f.code)).toEqual(['materials', 'materials.battery']);
    expect(fieldPath('materials').map((f) => f.zh)).toEqual(['材料']);
    expect(fieldPath('materials.nothing')).toEqual([]);
  });

  it('finds the top-level code', () => {
    expect(topLevelOf('tcm.southern-medicine')).toBe('tcm');
    expect(topLevelOf('fruit')).toBe('fruit');
    expect(topLevelOf('unknown.code')).toBe('');
  });
});

describe('listFields', () => {
  it('lists everything, the top level, or the children of one field', () => {
    const all = listFields();
    const tops = listFields({ parentCode: null });
    expect(tops.every((f) => f.parentCode === null)).toBe(true);
    expect(all.length).toBeGreaterThan(tops.length);
    const energy = listFields({ parentCode: 'new-energy' }).map((f) => f.code);
    expect(energy).toEqual(
      expect.arrayContaining(['new-energy.hydrogen', 'new-energy.photovoltaics', 'new-energy.energy-storage']),
    );
    expect(energy.every((code) => code.startsWith('new-energy.'))).toBe(true);
    expect(listFields({ parentCode: 'materials.battery' })).toEqual([]);
    expect(listFields({ parentCode: 'nope' })).toEqual([]);
  });

  it('counts every field exactly once across the levels', () => {
    const tops = listFields({ parentCode: null });
    const subs = tops.flatMap((top) => listFields({ parentCode: top.code }));
    expect(tops.length + subs.length).toBe(listFields().length);
  });
});

describe('fieldProximity', () => {
  it.each([
    ['materials.battery', 'materials.battery', 'same'],
    ['materials', 'materials', 'same'],
    ['materials.battery', 'materials.ceramics', 'sibling'],
    ['materials', 'materials.battery', 'parent-child'],
    ['materials.battery', 'materials', 'parent-child'],
    ['materials.battery', 'new-energy.energy-storage', 'other'],
    ['materials', 'new-energy', 'other'],
    ['materials', 'new-energy.hydrogen', 'other'],
    ['materials.unknown', 'materials.unknown', 'other'],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(fieldProximity(a, b)).toBe(expected);
  });
});

describe('getField', () => {
  it('looks codes up case-insensitively', () => {
    expect(getField('FRUIT.LYCHEE')?.zh).toBe('荔枝');
    expect(getField('荔枝')).toBeNull();
  });
});
