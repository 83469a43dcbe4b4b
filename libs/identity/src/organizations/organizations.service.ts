import { AuditService } from '@app/audit';
import { DomainError, FieldError } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { Organization, OrganizationType } from '../entities/organization.entity';
import {
  assertManages,
  checkTypeSpecificFields,
  CREDIT_CODE_TAKEN,
  OrganizationInput,
  organizationView,
  OrganizationView,
  regionCodeOf,
  SELF_SERVICE_TYPES,
  throwIfInvalid,
} from './organization-rules';

export interface NewOrganization extends OrganizationInput {
  type: OrganizationType;
  name: string;
}

export type OrganizationProfile = OrganizationView & { viewer: { role: MembershipRole | null; manages: boolean } };

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates an organisation. Anyone may create the self-service types and becomes their admin; associations and the
   * platform are for platform admins. On behalf (concierge): a coordinator creates it in their jurisdiction, without joining it.
   */
  async create(input: NewOrganization, actor: Actor, options: { onBehalf: boolean }): Promise<Organization> {
    const selfService = SELF_SERVICE_TYPES.includes(input.type);
    if (!selfService && (!actor.isAdmin || options.onBehalf)) throw DomainError.forbidden();
    const errors: FieldError[] = [];
    checkTypeSpecificFields(input.type, input, actor, errors);
    const regionCode = regionCodeOf(input.region, 'region', errors) ?? null;
    let jurisdictionRegionCode = regionCodeOf(input.jurisdictionRegion, 'jurisdictionRegion', errors) ?? null;
    if (input.type === 'association') jurisdictionRegionCode ??= regionCode;
    if (input.type === 'association' && !jurisdictionRegionCode)
      errors.push({ field: 'jurisdictionRegion', constraint: 'isDefined' });
    if (options.onBehalf && !regionCode) errors.push({ field: 'region', constraint: 'isDefined' });
    throwIfInvalid(errors);
    if (options.onBehalf && !AccessPolicy.coordinates(actor, regionCode)) throw new DomainError('OUTSIDE_JURISDICTION');
    if (input.hostOrganizationId) await this.assertHostable(input.hostOrganizationId, actor);
    await this.assertCreditCodeFree(input.creditCode, null);

    return this.writing(async (m) => {
      const org = await m.save(
        m.create(Organization, {
          type: input.type,
          name: input.name,
          description: input.description ?? null,
          creditCode: input.creditCode ?? null,
          regionCode,
          jurisdictionRegionCode,
          workstationKind: input.workstationKind ?? null,
          hostOrganizationId: input.hostOrganizationId ?? null,
          createdOnBehalfBy: options.onBehalf ? actor.userId : null,
        }),
      );
      if (!options.onBehalf)
        await m.insert(Membership, { userId: actor.userId, organizationId: org.id, role: 'admin' });
      const action = options.onBehalf ? 'organization.created-on-behalf' : 'organization.created';
      await this.audit.record(
        { actorId: actor.userId, action, targetType: 'organization', targetId: org.id, after: snapshot(org) },
        m,
      );
      return org;
    });
  }

  /** Changes the profile; the type never changes. Audited with the fields before and after. */
  async update(id: string, input: OrganizationInput, actor: Actor): Promise<OrganizationProfile> {
    const org = await this.get(id);
    assertManages(actor, org);
    const errors: FieldError[] = [];
    checkTypeSpecificFields(org.type, input, actor, errors);
    const changes: Partial<Organization> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.description !== undefined) changes.description = input.description;
    if (input.workstationKind !== undefined) changes.workstationKind = input.workstationKind;
    if (input.creditCode !== undefined && input.creditCode !== org.creditCode) {
      await this.assertCreditCodeFree(input.creditCode, org.id);
      changes.creditCode = input.creditCode;
    }
    const regionCode = regionCodeOf(input.region, 'region', errors);
    if (regionCode !== undefined) changes.regionCode = regionCode;
    const jurisdiction = regionCodeOf(input.jurisdictionRegion, 'jurisdictionRegion', errors);
    if (input.jurisdictionRegion !== undefined && !input.jurisdictionRegion?.trim())
      errors.push({ field: 'jurisdictionRegion', constraint: 'isDefined' });
    if (jurisdiction) changes.jurisdictionRegionCode = jurisdiction;
    throwIfInvalid(errors);
    if (input.hostOrganizationId !== undefined) {
      if (input.hostOrganizationId) await this.assertHostable(input.hostOrganizationId, actor);
      changes.hostOrganizationId = input.hostOrganizationId;
    }
    // Whoever manages only as the coordinator in charge cannot move the organisation out of their own jurisdiction.
    if (
      changes.regionCode !== undefined &&
      !AccessPolicy.adminOf(actor, org.id) &&
      !AccessPolicy.coordinates(actor, changes.regionCode)
    ) {
      throw new DomainError('OUTSIDE_JURISDICTION');
    }
    const keys = Object.keys(changes) as (keyof Organization)[];
    if (keys.length) {
      await this.writing(async (m) => {
        await m.update(Organization, { id }, changes);
        const before = Object.fromEntries(keys.map((k) => [k, org[k]]));
        await this.audit.record(
          {
            actorId: actor.userId,
            action: 'organization.updated',
            targetType: 'organization',
            targetId: id,
            before,
            after: changes,
          },
          m,
        );
      });
    }
    return this.profile(id, actor);
  }

  /** The public profile, with what the viewer may do. */
  async profile(id: string, actor: Actor): Promise<OrganizationProfile> {
    const org = await this.get(id);
    const role = actor.memberships.find((m) => m.organizationId === id)?.role ?? null;
    return { ...(await this.describe(org)), viewer: { role, manages: AccessPolicy.managesOrganization(actor, org) } };
  }

  async describe(org: Organization): Promise<OrganizationView> {
    const host = org.hostOrganizationId
      ? await this.db.getRepository(Organization).findOneBy({ id: org.hostOrganizationId })
      : null;
    return organizationView(org, host);
  }

  /** The organisations the actor belongs to, with the actor's role in each. */
  async listMine(actor: Actor): Promise<(OrganizationView & { role: MembershipRole })[]> {
    const orgs = await this.listForActor(actor);
    const hostIds = orgs.map((o) => o.hostOrganizationId).filter((h): h is string => !!h);
    const hosts = hostIds.length ? await this.db.getRepository(Organization).findBy({ id: In(hostIds) }) : [];
    return orgs.map((org) => ({
      ...organizationView(org, hosts.find((h) => h.id === org.hostOrganizationId) ?? null),
      role: actor.memberships.find((m) => m.organizationId === org.id)!.role,
    }));
  }

  /** Gives a user a role in an organisation (adding them if needed); audited as a role change with before and after. */
  async addMember(
    organizationId: string,
    userId: string,
    role: MembershipRole,
    actor: Pick<Actor, 'userId'> | null,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    const existing = await manager.findOneBy(Membership, { organizationId, userId });
    if (existing?.role === role) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(Membership)
      .values({ organizationId, userId, role })
      .orUpdate(['role', 'updated_at'], ['user_id', 'organization_id'])
      .execute();
    await this.audit.record(
      {
        actorId: actor?.userId ?? null,
        action: existing ? 'membership.role-changed' : 'membership.added',
        targetType: 'organization',
        targetId: organizationId,
        before: existing ? { userId, role: existing.role } : null,
        after: { userId, role },
      },
      manager,
    );
  }

  /**
   * For imports: enterprises by name among those the importing association's coordinators created (for a platform
   * admin without an association: those the admin created), created on the importer's behalf where missing. Two or
   * three queries for a whole import chunk. Self-service enterprises are never matched by name: anyone can register one.
   */
  async findOrCreateImportedEnterprises(
    regionOfName: Map<string, string | null>,
    importer: { userId: string; associationId: string | null },
    manager: EntityManager,
  ): Promise<Map<string, string>> {
    const names = [...regionOfName.keys()];
    const creators = importer.associationId
      ? (
          await manager.find(Membership, {
            where: { organizationId: importer.associationId },
            select: { userId: true },
          })
        ).map((m) => m.userId)
      : [importer.userId];
    const found = await manager.find(Organization, {
      where: { type: 'enterprise', name: In(names), createdOnBehalfBy: In(creators) },
      select: { id: true, name: true },
      order: { createdAt: 'ASC' },
    });
    const ids = new Map<string, string>();
    for (const org of found) if (!ids.has(org.name)) ids.set(org.name, org.id);
    const missing = names.filter((n) => !ids.has(n));
    if (missing.length) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(Organization)
        .values(
          missing.map((name) => ({
            type: 'enterprise' as const,
            name,
            regionCode: regionOfName.get(name) ?? null,
            createdOnBehalfBy: importer.userId,
          })),
        )
        .returning(['id'])
        .execute();
      missing.forEach((name, k) => ids.set(name, result.identifiers[k].id as string));
    }
    return ids;
  }

  /** For imports naming an enterprise by id: those the importer may attach needs to (in charge of its region, or its admin). */
  async enterprisesAttachableBy(ids: string[], actor: Actor, manager: EntityManager): Promise<Set<string>> {
    const orgs = ids.length ? await manager.find(Organization, { where: { id: In(ids), type: 'enterprise' } }) : [];
    return new Set(
      orgs
        .filter((org) => AccessPolicy.adminOf(actor, org.id) || AccessPolicy.coordinates(actor, org.regionCode))
        .map((org) => org.id),
    );
  }

  async findOrCreateEnterprise(
    name: string,
    regionCode: string | null,
    createdBy: string | null,
    manager: EntityManager,
  ): Promise<Organization> {
    const found = await manager.findOneBy(Organization, { type: 'enterprise', name });
    if (found) return found;
    return manager.save(
      manager.create(Organization, { type: 'enterprise', name, regionCode, createdOnBehalfBy: createdBy }),
    );
  }

  async listForActor(actor: Actor): Promise<Organization[]> {
    const ids = actor.memberships.map((m) => m.organizationId);
    return ids.length ? this.db.getRepository(Organization).findBy({ id: In(ids) }) : [];
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Organization> {
    const org = isUUID(id) ? await manager.findOneBy(Organization, { id }) : null;
    if (!org) throw DomainError.notFound('organization');
    return org;
  }

  /** Refuses a credit code another organisation already has (the unique index decides under a race, see `writing`). */
  private async assertCreditCodeFree(creditCode: string | null | undefined, selfId: string | null): Promise<void> {
    if (!creditCode) return;
    const holder = await this.db.getRepository(Organization).findOneBy({ creditCode });
    if (holder && holder.id !== selfId) throw DomainError.validation([CREDIT_CODE_TAKEN]);
  }

  /** A transaction whose unique-credit-code violation (two saves racing) reads as the field error, not a 500. */
  private async writing<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (err) {
      const driver = (err as { driverError?: { code?: string; constraint?: string } }).driverError;
      if (driver?.code === '23505' && driver.constraint === 'organizations_credit_code_key')
        throw DomainError.validation([CREDIT_CODE_TAKEN]);
      throw err;
    }
  }

  /** A workstation's host must be an enterprise that the actor manages or coordinates. */
  private async assertHostable(hostId: string, actor: Actor): Promise<void> {
    const host = isUUID(hostId) ? await this.db.getRepository(Organization).findOneBy({ id: hostId }) : null;
    if (!host || host.type !== 'enterprise')
      throw DomainError.validation([{ field: 'hostOrganizationId', constraint: 'isEnterprise' }]);
    if (!AccessPolicy.managesOrganization(actor, host) && !AccessPolicy.coordinates(actor, host.regionCode))
      throw DomainError.forbidden();
  }
}

function snapshot(org: Organization): Record<string, unknown> {
  const { type, name, regionCode, jurisdictionRegionCode, workstationKind, hostOrganizationId, createdOnBehalfBy } =
    org;
  return {
    type,
    name,
    creditCode: org.creditCode,
    regionCode,
    jurisdictionRegionCode,
    workstationKind,
    hostOrganizationId,
    createdOnBehalfBy,
  };
}
