import { findRegion } from './find-region';

const codeOf = (input: string) => findRegion(input)?.code ?? null;

describe('findRegion', () => {
  it('resolves 广东省佛山市 to 440600 under 440000', () => {
    const foshan = findRegion('广东省佛山市');
    expect(foshan).toEqual({
      code: '440600',
      name: '佛山市',
      fullName: '广东省佛山市',
      level: 'city',
      parentCode: '440000',
    });
  });

  it.each([
    ['440600', '440600'],
    ['4406', '440600'],
    ['440000', '440000'],
    ['44', '440000'],
    [' 440605 ', '440605'],
    ['440605001000', '440605'],
    ['500200', '500100'],
    ['620201', '620200'],
  ])('accepts the code %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('returns null for unknown codes, including dropped placeholders', () => {
    expect(findRegion('999999')).toBeNull();
    expect(findRegion('429000')).toBeNull();
    expect(findRegion('12345')).toBeNull();
  });

  it.each([
    ['广东省佛山市南海区', '440605'],
    ['广东省茂名市高州市', '440981'],
    ['佛山市', '440600'],
    ['佛山', '440600'],
    ['茂名', '440900'],
    ['广东', '440000'],
    ['广东省', '440000'],
    ['中国广东省', '440000'],
    ['顺德区', '440606'],
    ['化州', '440982'],
    ['东莞', '441900'],
    ['延边', '222400'],
    ['新疆', '650000'],
    ['香港', '810000'],
  ])('resolves the name %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it.each([
    ['广东 佛山', '440600'],
    ['广东,佛山', '440600'],
    ['广东佛山', '440600'],
    ['佛山 广东', '440600'],
    ['茂名 高州', '440981'],
    ['广东省 佛山市 南海区', '440605'],
    ['湖北 仙桃', '429004'],
    ['重庆 城口', '500229'],
    ['北京 朝阳', '110105'],
    ['深圳南山', '440305'],
  ])('combines parts: %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it.each([
    ['Foshan, Guangdong', '440600'],
    ['Foshan City, Guangdong Province', '440600'],
    ['foshan', '440600'],
    ['GUANGDONG', '440000'],
    ['Maoming', '440900'],
    ['Shaoguan', '440200'],
    ['Guangzhou', '440100'],
    ['Shunde, Foshan', '440606'],
    ['Inner Mongolia', '150000'],
    ['Hong Kong', '810000'],
    ["Xi'an", '610100'],
    ['Shaanxi', '610000'],
    ['Shanxi', '140000'],
  ])('understands English: %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('prefers the higher level when a short name exists on several levels', () => {
    expect(codeOf('吉林')).toBe('220000');
    expect(codeOf('北京')).toBe('110000');
    expect(codeOf('朝阳')).toBe('211300');
    expect(codeOf('中山')).toBe('442000');
  });

  it('lets an official name win over a short name', () => {
    expect(codeOf('吉林市')).toBe('220200');
    expect(codeOf('吉林 吉林')).toBe('220200');
  });

  it('returns null when several regions of the same level share the name', () => {
    expect(findRegion('鼓楼')).toBeNull();
    expect(findRegion('南山区')).toBeNull();
    expect(findRegion('城区')).toBeNull();
  });

  it('returns null for contradictions and unknown text', () => {
    expect(findRegion('广东 朝阳')).toBeNull();
    expect(findRegion('茂名 南海')).toBeNull();
    expect(findRegion('广东省佛山市南海区桂城街道')).toBeNull();
    expect(findRegion('Atlantis')).toBeNull();
    expect(findRegion('')).toBeNull();
    expect(findRegion('   ')).toBeNull();
    expect(findRegion(undefined as unknown as string)).toBeNull();
  });
});
