import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../access/actor';
import { AccessPolicy } from '../access/access-policy';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { Organization, OrganizationType } from '../entities/organization.entity';

export interface NewOrganization {
  type: OrganizationType;
  name: string;
  regionCode?: string | null;
  jurisdictionRegionCode?: string | null;
  description?: string | null;
  hostOrganizationId?: string | null;
  workstationKind?: Organization['workstationKind'];
  externalId?: string | null;
}

@Injectable()
export class OrganizationsService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  /** Creates an organisation; when a coordinator creates it for someone else it is recorded as concierge work. */
  async create(input: NewOrganization, actor: Actor, options: { onBehalf: boolean }): Promise<Organization> {
    if (input.type === 'association' || input.type === 'platform') {
      if (!actor.isAdmin) throw DomainError.forbidden();
    }
    if (options.onBehalf && !AccessPolicy.coordinates(actor, input.regionCode ?? null)) throw DomainError.forbidden();
    return this.db.transaction(async (m) => {
      const org = await m.save(m.create(Organization, { ...input, createdOnBehalfBy: options.onBehalf ? actor.userId : null }));
      if (!options.onBehalf) await m.insert(Membership, { userId: actor.userId, organizationId: org.id, role: 'admin' });
      await this.audit.record({ actorId: actor.userId, action: options.onBehalf ? 'organization.created-on-behalf' : 'organization.created', targetType: 'organization', targetId: org.id, after: { ...input } }, m);
      return org;
    });
  }

  async addMember(organizationId: string, userId: string, role: MembershipRole, actor: Actor | null, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.createQueryBuilder().insert().into(Membership).values({ organizationId, userId, role })
      .orUpdate(['role', 'updated_at'], ['user_id', 'organization_id']).execute();
    await this.audit.record({ actorId: actor?.userId ?? null, action: 'membership.role-set', targetType: 'organization', targetId: organizationId, after: { userId, role } }, manager);
  }

  /** For imports: the enterprise with this name, created on the importer's behalf when missing. */
  async findOrCreateEnterprise(name: string, regionCode: string | null, createdBy: string | null, manager: EntityManager): Promise<Organization> {
    const found = await manager.findOneBy(Organization, { type: 'enterprise', name });
    if (found) return found;
    return manager.save(manager.create(Organization, { type: 'enterprise', name, regionCode, createdOnBehalfBy: createdBy }));
  }

  async listForActor(actor: Actor): Promise<Organization[]> {
    const ids = actor.memberships.map((m) => m.organizationId);
    return ids.length ? this.db.getRepository(Organization).findBy({ id: In(ids) }) : [];
  }

  async get(id: string): Promise<Organization> {
    const org = await this.db.getRepository(Organization).findOneBy({ id });
    if (!org) throw DomainError.notFound('organization');
    return org;
  }
}
