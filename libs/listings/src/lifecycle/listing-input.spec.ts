import {
  FieldErrorList,
  normalizeFields,
  normalizeModes,
  normalizeRegion,
  sameContent,
  todayInChina,
} from './listing-input';

describe('listing input', () => {
  it('keeps taxonomy fields as written, drops repeats of the same field, and names unknown ones by index', () => {
    const errors = new FieldErrorList();
    expect(normalizeFields(['电池材料', 'materials.battery', ' 水产 ', '风水堪舆'], 'fields', errors)).toEqual([
      '电池材料',
      '水产',
    ]);
    expect(errors.errors).toEqual([{ field: 'fields[3]', constraint: 'isField', params: { value: '风水堪舆' } }]);
  });

  it('resolves regions by name or code, and cooperation modes in Chinese, English or code', () => {
    const errors = new FieldErrorList();
    expect(normalizeRegion('佛山', 'region', errors)).toBe('440600');
    expect(normalizeRegion('440904', 'region', errors)).toBe('440904');
    expect(normalizeModes(['联合攻关', 'Training', 'consulting', '联合攻关'], 'modes', errors)).toEqual([
      'joint_rnd',
      'training',
      'consulting',
    ]);
    expect(errors.errors).toEqual([]);
    normalizeModes(['合资'], 'modes', errors);
    expect(errors.errors[0]).toMatchObject({ field: 'modes[0]', constraint: 'isCooperationMode' });
  });

  it('counts deadlines in China’s calendar days', () => {
    expect(todayInChina(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
    expect(todayInChina(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('compares contents whatever the key order', () => {
    expect(sameContent({ a: 1, b: [1, 2], c: { x: null } }, { c: { x: null }, b: [1, 2], a: 1 })).toBe(true);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
