import { DomainError, FieldError } from '@app/common';
import { findRegion, getRegion, regionEnglishName } from '@app/reference';
import { AccessPolicy } from '../access/access-policy';
import { Actor, isCoordinator } from '../access/actor';
import { Organization, OrganizationType, WorkstationKind } from '../entities/organization.entity';

/** The editable parts of an organisation, as a caller sends them (regions by code or name). */
export interface OrganizationInput {
  name?: string;
  description?: string | null;
  region?: string | null;
  jurisdictionRegion?: string | null;
  workstationKind?: WorkstationKind | null;
  hostOrganizationId?: string | null;
  /** 统一社会信用代码, already checked (GB 32100-2015) and upper-cased by the caller's DTO; null clears it. */
  creditCode?: string | null;
}

/** Types anyone may create (and become the admin of); associations and the platform itself are created by platform admins. */
export const SELF_SERVICE_TYPES: readonly OrganizationType[] = [
  'enterprise',
  'society',
  'workstation',
  'university',
  'institute',
];

/** Resolves a region given by code or name ("440600", "佛山", "Foshan"); unknown text is a field error. */
export function regionCodeOf(
  value: string | null | undefined,
  field: string,
  errors: FieldError[],
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || !value.trim()) return null;
  const region = findRegion(value);
  if (!region) errors.push({ field, constraint: 'isRegion' });
  return region?.code ?? null;
}

/** Checks that type-specific fields are only set where they belong and that only admins set a jurisdiction. */
export function checkTypeSpecificFields(
  type: OrganizationType,
  input: OrganizationInput,
  actor: Actor,
  errors: FieldError[],
): void {
  if (type !== 'workstation') {
    if (input.workstationKind) errors.push({ field: 'workstationKind', constraint: 'notForThisType' });
    if (input.hostOrganizationId) errors.push({ field: 'hostOrganizationId', constraint: 'notForThisType' });
  }
  if (input.jurisdictionRegion !== undefined) {
    if (type !== 'association') errors.push({ field: 'jurisdictionRegion', constraint: 'notForThisType' });
    else if (!actor.isAdmin) throw DomainError.forbidden();
  }
}

/** A credit code identifies one organisation: the field error when another one already has it. */
export const CREDIT_CODE_TAKEN: FieldError = { field: 'creditCode', constraint: 'isUniqueCreditCode' };

export function throwIfInvalid(errors: FieldError[]): void {
  if (errors.length) throw DomainError.validation(errors);
}

export interface RegionView {
  code: string;
  name: string;
  nameEn: string | null;
  fullName: string;
}

export function regionView(code: string | null): RegionView | null {
  const region = code ? getRegion(code) : null;
  return region
    ? { code: region.code, name: region.name, nameEn: regionEnglishName(region.code), fullName: region.fullName }
    : null;
}

/** An organisation's public profile. */
export function organizationView(org: Organization, host: Pick<Organization, 'id' | 'name'> | null) {
  return {
    id: org.id,
    type: org.type,
    name: org.name,
    description: org.description,
    creditCode: org.creditCode,
    regionCode: org.regionCode,
    region: regionView(org.regionCode),
    jurisdictionRegionCode: org.jurisdictionRegionCode,
    jurisdiction: regionView(org.jurisdictionRegionCode),
    workstationKind: org.workstationKind,
    hostOrganization: host ? { id: host.id, name: host.name } : null,
    createdOnBehalf: !!org.createdOnBehalfBy,
    createdAt: org.createdAt,
  };
}
export type OrganizationView = ReturnType<typeof organizationView>;

/** Refuses unless the actor manages the organisation; a coordinator of another region is told it lies outside their jurisdiction. */
export function assertManages(actor: Actor, org: Pick<Organization, 'id' | 'regionCode' | 'createdOnBehalfBy'>): void {
  if (AccessPolicy.managesOrganization(actor, org)) return;
  if (org.createdOnBehalfBy && isCoordinator(actor)) throw new DomainError('OUTSIDE_JURISDICTION');
  throw DomainError.forbidden();
}
