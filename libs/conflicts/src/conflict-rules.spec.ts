import { conflictsBetween, EnterpriseRelation, ProviderRelation, Tie } from './conflict-rules';

describe('conflictsBetween', () => {
  const enterprise: Tie<EnterpriseRelation>[] = [
    { relation: 'self', ref: { name: '佛山市瑞丰科技有限公司', aliases: ['Ruifeng Technology'] } },
    { relation: 'competitor', ref: { name: '海湾精密制造有限公司' } },
  ];

  it('flags a provider employed by a competitor or avoiding the enterprise, each with its reason', () => {
    const provider: Tie<ProviderRelation>[] = [
      { relation: 'employer', ref: { name: '海湾精密' } },
      { relation: 'avoid', ref: { name: 'Ruifeng Tech Co., Ltd.' } },
      { relation: 'profile_affiliation', ref: { name: '华南理工大学' } },
    ];
    expect(
      conflictsBetween(provider, enterprise).map(
        (r) => `${r.code}:${r.providerOrganization}>${r.enterpriseOrganization}`,
      ),
    ).toEqual([
      'tied_to_competitor:海湾精密>海湾精密制造有限公司',
      'provider_avoids:Ruifeng Tech Co., Ltd.>佛山市瑞丰科技有限公司',
    ]);
  });

  it('does not flag a provider who merely avoids the enterprise’s competitor', () => {
    expect(conflictsBetween([{ relation: 'avoid', ref: { name: '海湾精密' } }], enterprise)).toEqual([]);
  });
});
