import { NameMatch, OrganizationRef, sameOrganization } from './organization-names';

export type ProviderRelation = 'profile_affiliation' | 'affiliation' | 'employer' | 'shareholding' | 'avoid';
export type EnterpriseRelation = 'self' | 'competitor' | 'avoid';

export interface Tie<R> {
  relation: R;
  ref: OrganizationRef;
}

export interface ConflictReason {
  code: 'tied_to_enterprise' | 'tied_to_competitor' | 'enterprise_avoids' | 'provider_avoids';
  providerRelation: ProviderRelation;
  providerOrganization: string;
  enterpriseRelation: EnterpriseRelation;
  enterpriseOrganization: string;
  matchedBy: NameMatch;
}

const CODE_FOR_TIE: Record<EnterpriseRelation, ConflictReason['code']> = {
  self: 'tied_to_enterprise',
  competitor: 'tied_to_competitor',
  avoid: 'enterprise_avoids',
};

/**
 * The one rule of screening: a provider tied to (affiliated with, employed by, holding shares in) the need's enterprise,
 * one of its competitors or an organisation it avoids is conflicted; so is a provider who avoids the enterprise itself.
 */
export function conflictsBetween(
  provider: Tie<ProviderRelation>[],
  enterprise: Tie<EnterpriseRelation>[],
): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  for (const p of provider) {
    for (const e of enterprise) {
      const applies = p.relation === 'avoid' ? e.relation === 'self' : true;
      const matchedBy = applies ? sameOrganization(p.ref, e.ref) : null;
      if (!matchedBy) continue;
      reasons.push({
        code: p.relation === 'avoid' ? 'provider_avoids' : CODE_FOR_TIE[e.relation],
        providerRelation: p.relation,
        providerOrganization: p.ref.name,
        enterpriseRelation: e.relation,
        enterpriseOrganization: e.ref.name,
        matchedBy,
      });
    }
  }
  return reasons;
}
