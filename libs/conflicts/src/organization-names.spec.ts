import { CREDIT_CODE_PATTERN, organizationKey, sameOrganization } from './organization-names';

describe('organisation names', () => {
  it('keeps the distinctive part of Chinese and English names', () => {
    expect(organizationKey('佛山市瑞丰科技有限公司')).toBe('瑞丰');
    expect(organizationKey('瑞丰科技')).toBe('瑞丰');
    expect(organizationKey('广东省 海湾精密制造股份有限公司（南海分厂）')).toBe('海湾精密');
    expect(organizationKey('Foshan Ruifeng Technology Co., Ltd.')).toBe('ruifeng');
    expect(organizationKey('ＲＵＩＦＥＮＧ　Tech')).toBe('ruifeng');
  });

  it('matches 简称 and 全称, aliases across languages and credit codes', () => {
    expect(sameOrganization({ name: '瑞丰科技' }, { name: '佛山市瑞丰科技有限公司' })).toBe('name');
    expect(sameOrganization({ name: 'Ruifeng Technology' }, { name: '佛山市瑞丰科技有限公司' })).toBeNull();
    expect(
      sameOrganization(
        { name: 'Ruifeng Technology' },
        { name: '佛山市瑞丰科技有限公司', aliases: ['Ruifeng Tech Co.'] },
      ),
    ).toBe('name');
    expect(sameOrganization({ name: '中南大学材料科学与工程学院' }, { name: '中南大学' })).toBe('name');
    const code = '91440600MA4UXXXX1Y'.replace(/X/g, '0');
    expect(CREDIT_CODE_PATTERN.test(code)).toBe(true);
    expect(sameOrganization({ name: '甲公司', creditCode: code }, { name: '乙公司', creditCode: code })).toBe(
      'credit_code',
    );
  });

  it('does not confuse organisations that share only a generic word or a short name', () => {
    expect(sameOrganization({ name: '瑞丰科技' }, { name: '海湾科技' })).toBeNull();
    expect(sameOrganization({ name: '华南' }, { name: '华南理工大学' })).toBeNull();
    expect(
      sameOrganization(
        { name: '甲公司', creditCode: '91440600MA4U000010' },
        { name: '甲公司', creditCode: '91440600MA4U000029' },
      ),
    ).toBeNull();
  });
});
