import type { Capability } from '@app/listings/entities/capability.entity';
import type { Provider } from '@app/listings/entities/provider.entity';
import { rankPair } from '../ranker/match-ranker';
import { decodeProfile, encodeProfile } from './profile-codec';
import { needProfile, providerProfile } from './profiles';

describe('stored provider profiles', () => {
  const provider = providerProfile(
    { id: 'p1', externalId: 'ext-1', kind: 'workstation', revision: 3, regionCode: '440600', available: false, fields: ['新材料'], keywords: ['锂电池', 'cathode materials'], bio: '高镍正极材料与固态电解质研究。' } as Provider,
    [{ id: 'c1', title: 'Solid-state electrolyte pilot line', keywords: ['固态电池'], description: '中试线与检测平台', fields: ['新能源'] } as unknown as Capability],
    [{ title: '高镍三元正极材料的表面包覆', abstract: 'Surface coating of Ni-rich cathodes', year: 2024 }],
  );

  it('decodes to the profile that was encoded, so a pair scores the same from a stored profile', () => {
    const decoded = decodeProfile('p1', 3, encodeProfile(provider));
    expect(decoded).toEqual(provider);
    const need = needProfile({ id: 'n1', revision: 1, regionCode: '440604', cooperationModes: ['joint_rnd'], fields: [], title: '锂电池正极材料研发', keywords: ['固态电池'], description: 'Need help with solid-state batteries' });
    expect(rankPair(need, decoded)).toEqual(rankPair(need, provider));
    expect(rankPair(need, decoded).score).toBeGreaterThan(0);
  });
});
