import * as reference from '@app/reference';

describe('@app/reference entry point', () => {
  it('exports the region and taxonomy API', () => {
    const names = Object.keys(reference).sort();
    expect(names).toEqual([
      'fieldPath',
      'fieldProximity',
      'findRegion',
      'getField',
      'getRegion',
      'isWithin',
      'listFields',
      'listRegions',
      'regionAncestorCodes',
      'regionEnglishName',
      'regionPath',
      'regionProximity',
      'regionShortName',
      'resolveField',
      'topLevelOf',
    ]);
  });

  it('works end to end through the alias', () => {
    const region = reference.findRegion('Maoming, Guangdong');
    expect(region?.code).toBe('440900');
    expect(reference.isWithin(region!.code, reference.findRegion('佛山')!.code)).toBe(false);
    expect(reference.topLevelOf(reference.resolveField('荔枝')!.code)).toBe('fruit');
  });
});
