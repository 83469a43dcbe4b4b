import { resolveField } from './resolve-field';

const codeOf = (input: string) => resolveField(input)?.code ?? null;

describe('resolveField', () => {
  it.each([
    ['材料科学', 'materials'],
    ['materials', 'materials'],
    ['forestry', 'forestry'],
    ['水产', 'fisheries'],
    ['机械工程', 'mechanical'],
    ['自动化', 'automation'],
    ['中药学', 'tcm.herbal-medicine'],
    ['Robotics', 'automation.robotics'],
    ['新能源', 'new-energy'],
    ['人工智能', 'ai'],
    ['agriculture', 'agriculture'],
  ])('resolves %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('matches names and aliases ignoring case, spacing and connectives', () => {
    expect(codeOf('MATERIALS SCIENCE')).toBe('materials');
    expect(codeOf('  新材料 ')).toBe('materials');
    expect(codeOf('Oil and Gas')).toBe('energy-power.oil-gas');
    expect(codeOf('oil & gas')).toBe('energy-power.oil-gas');
    expect(codeOf('荔枝')).toBe('fruit.lychee');
    expect(codeOf('Litchi')).toBe('fruit.lychee');
    expect(codeOf('低空经济')).toBe('low-altitude');
    expect(codeOf('五金')).toBe('hardware');
    expect(codeOf('Hydrogen')).toBe('new-energy.hydrogen');
  });

  it('accepts codes', () => {
    expect(codeOf('materials.battery')).toBe('materials.battery');
    expect(codeOf('Materials.Battery')).toBe('materials.battery');
  });

  it('drops generic endings and stems plurals', () => {
    expect(codeOf('林业技术')).toBe('forestry');
    expect(codeOf('南药产业')).toBe('tcm.southern-medicine');
    expect(codeOf('forestry science')).toBe('forestry');
    expect(codeOf('robots')).toBe('automation.robotics');
    expect(codeOf('drones')).toBe('low-altitude.drones');
  });

  it('finds the longest known name inside longer text', () => {
    expect(codeOf('锂电池正极材料')).toBe('materials.battery');
    expect(codeOf('荔枝种植与保鲜')).toBe('fruit.lychee');
    expect(codeOf('竹制品加工')).toBe('forestry.bamboo');
    expect(codeOf('AI chips design')).toBe('electronics.semiconductors');
    expect(codeOf('水产养殖尾水处理')).toBe('fisheries');
  });

  it('matches English names on whole words only', () => {
    expect(codeOf('repair')).toBeNull();
    expect(codeOf('ai for agriculture')).toBe('agriculture');
  });

  it('completes a fragment when it is unambiguous', () => {
    expect(codeOf('锂电')).toBe('materials.battery');
    expect(codeOf('光伏发')).toBe('new-energy.photovoltaics');
  });

  it('returns null for nothing, noise and ambiguous fragments', () => {
    expect(resolveField('')).toBeNull();
    expect(resolveField('   ')).toBeNull();
    expect(resolveField('xyzzy')).toBeNull();
    expect(resolveField('工程')).toBeNull();
    expect(resolveField(null as unknown as string)).toBeNull();
  });

  it('returns the shared field object', () => {
    expect(resolveField('材料')).toBe(resolveField('materials'));
    expect(resolveField('材料')).toMatchObject({ zh: '材料', en: 'Materials', parentCode: null });
  });
});
