import { compactQuery, deriveShortName, nameKey, normaliseCode } from './region-names';

describe('deriveShortName', () => {
  it.each([
    ['广东省', 'province', '广东'],
    ['北京市', 'province', '北京'],
    ['内蒙古自治区', 'province', '内蒙古'],
    ['新疆维吾尔自治区', 'province', '新疆'],
    ['广西壮族自治区', 'province', '广西'],
    ['西藏自治区', 'province', '西藏'],
    ['香港特别行政区', 'province', '香港'],
    ['佛山市', 'city', '佛山'],
    ['大兴安岭地区', 'city', '大兴安岭'],
    ['锡林郭勒盟', 'city', '锡林郭勒'],
    ['延边朝鲜族自治州', 'city', '延边'],
    ['湘西土家族苗族自治州', 'city', '湘西'],
    ['伊犁哈萨克自治州', 'city', '伊犁'],
    ['南海区', 'county', '南海'],
    ['高州市', 'county', '高州'],
    ['白沙黎族自治县', 'county', '白沙'],
    ['鄂伦春自治旗', 'county', '鄂伦春'],
    ['神农架林区', 'county', '神农架'],
  ] as const)('%s (%s) → %s', (name, level, short) => {
    expect(deriveShortName(name, level)).toBe(short);
  });

  it('indexes no one-character short names', () => {
    expect(deriveShortName('赵县', 'county')).toBeNull();
    expect(deriveShortName('城区', 'county')).toBeNull();
  });
});

describe('compactQuery', () => {
  it('drops separators, Latin filler words and a leading 中国', () => {
    expect(compactQuery('Foshan City, Guangdong Province')).toBe('foshanguangdong');
    expect(compactQuery('广东 / 佛山')).toBe('广东佛山');
    expect(compactQuery("Xi'an")).toBe('xian');
    expect(compactQuery('中国广东省')).toBe('广东省');
    expect(compactQuery('ＦＯＳＨＡＮ')).toBe('foshan');
  });

  it('keys names without spaces and case', () => {
    expect(nameKey('Hong Kong')).toBe('hongkong');
  });
});

describe('normaliseCode', () => {
  it.each([
    ['44', '440000'],
    ['4406', '440600'],
    ['440604', '440604'],
    ['440604001', '440604'],
    ['440604001001', '440604'],
  ])('%s → %s', (input, code) => {
    expect(normaliseCode(input)).toBe(code);
  });

  it('rejects other shapes', () => {
    expect(normaliseCode('4')).toBeNull();
    expect(normaliseCode('44060')).toBeNull();
    expect(normaliseCode('44a600')).toBeNull();
  });
});
