import {
  getRegion,
  isWithin,
  listRegions,
  regionAncestorCodes,
  regionEnglishName,
  regionPath,
  regionProximity,
  regionShortName,
} from './regions';

describe('regionPath / regionAncestorCodes', () => {
  it('walks from the province down to the region', () => {
    expect(regionPath('440605').map((r) => r.name)).toEqual(['广东省', '佛山市', '南海区']);
    expect(regionPath('4406').map((r) => r.code)).toEqual(['440000', '440600']);
    expect(regionPath('440000').map((r) => r.code)).toEqual(['440000']);
    expect(regionPath('429004').map((r) => r.code)).toEqual(['420000', '429004']);
    expect(regionPath('999999')).toEqual([]);
  });

  it('lists the region itself, then its parents', () => {
    expect(regionAncestorCodes('440981')).toEqual(['440981', '440900', '440000']);
    expect(regionAncestorCodes('110105')).toEqual(['110105', '110100', '110000']);
    expect(regionAncestorCodes('nonsense')).toEqual([]);
  });
});

describe('isWithin', () => {
  it('tells containment', () => {
    expect(isWithin('440605', '440600')).toBe(true);
    expect(isWithin('440605', '440000')).toBe(true);
    expect(isWithin('440605', '44')).toBe(true);
    expect(isWithin('440600', '440600')).toBe(true);
    expect(isWithin('440981', '440900')).toBe(true);
  });

  it('says 茂名市 is not within 佛山市, and parents are not within children', () => {
    expect(isWithin('440900', '440600')).toBe(false);
    expect(isWithin('440981', '440600')).toBe(false);
    expect(isWithin('440000', '440600')).toBe(false);
  });

  it('is false for unknown codes', () => {
    expect(isWithin('999999', '440000')).toBe(false);
    expect(isWithin('440600', '999999')).toBe(false);
  });
});

describe('listRegions', () => {
  it('lists children of a region in code order', () => {
    const foshan = listRegions({ parentCode: '440600' }).map((r) => r.name);
    expect(foshan).toEqual(['禅城区', '南海区', '顺德区', '三水区', '高明区']);
    const guangdong = listRegions({ parentCode: '440000' });
    expect(guangdong).toHaveLength(21);
    expect(guangdong.every((r) => r.level === 'city')).toBe(true);
  });

  it('lists provinces for parentCode null and filters by level', () => {
    expect(listRegions({ parentCode: null })).toHaveLength(34);
    expect(listRegions({ level: 'province' })).toHaveLength(34);
    const hubei = listRegions({ parentCode: '420000', level: 'county' }).map((r) => r.name);
    expect(hubei).toEqual(['仙桃市', '潜江市', '天门市', '神农架林区']);
    expect(listRegions({ parentCode: '999999' })).toEqual([]);
  });

  it('returns a copy that callers may change freely', () => {
    const list = listRegions({ parentCode: null });
    list.pop();
    expect(listRegions({ parentCode: null })).toHaveLength(34);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});

describe('regionProximity', () => {
  it.each([
    ['440605', '440605', 'same-county'],
    ['440605', '440606', 'same-city'],
    ['440600', '440605', 'same-city'],
    ['440605', '440981', 'same-province'],
    ['440000', '440605', 'same-province'],
    ['429004', '429005', 'same-province'],
    ['110105', '110108', 'same-city'],
    ['440605', '110105', 'other'],
    ['440605', null, 'unknown'],
    [null, null, 'unknown'],
    ['440605', '999999', 'unknown'],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(regionProximity(a, b)).toBe(expected);
  });
});

describe('names by code', () => {
  it('gives short and English names', () => {
    expect(getRegion('440600')?.name).toBe('佛山市');
    expect(regionShortName('440600')).toBe('佛山');
    expect(regionShortName('230404')).toBe('南山');
    expect(regionShortName('999999')).toBeNull();
    expect(regionEnglishName('440900')).toBe('Maoming');
    expect(regionEnglishName('540000')).toBe('Xizang');
    expect(regionEnglishName('440981')).toBeNull();
  });
});
