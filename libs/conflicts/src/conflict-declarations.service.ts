import { ListingsReads } from '@app/listings';
import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { AccessPolicy, Actor, IdentityReads } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { OrganizationDeclarationsBody, OrganizationRefBody, ProviderDeclarationsBody } from './dto/conflicts.dto';
import { ConflictDeclaration, DeclarationRelation } from './entities/conflict-declaration.entity';

type Owner = { type: 'organization' | 'provider'; id: string };
type Ref = { name: string; aliases: string[]; creditCode: string | null };

const LIST_OF: Record<string, DeclarationRelation> = {
  competitors: 'competitor',
  avoid: 'avoid',
  affiliations: 'affiliation',
  employers: 'employer',
  shareholdings: 'shareholding',
};

/**
 * What an enterprise or a provider declares for screening. Private: the owner, the coordinators in charge of its
 * region and admins read and replace it (coordinators may do it on the owner's behalf, as with the concierge service).
 */
@Injectable()
export class ConflictDeclarations {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ofOrganization(actor: Actor, organizationId: string) {
    await this.organizationInCharge(this.db.manager, actor, organizationId);
    return this.organizationView(await this.load(this.db.manager, { type: 'organization', id: organizationId }));
  }

  async replaceOfOrganization(actor: Actor, organizationId: string, body: OrganizationDeclarationsBody) {
    return this.db.transaction(async (m) => {
      await this.organizationInCharge(m, actor, organizationId);
      const identity =
        body.creditCode || body.aliases?.length
          ? [
              {
                relation: 'identity' as const,
                name: null,
                aliases: body.aliases ?? [],
                creditCode: body.creditCode ?? null,
              },
            ]
          : [];
      await this.replace(m, actor, { type: 'organization', id: organizationId }, [
        ...identity,
        ...this.listed(body, ['competitors', 'avoid']),
      ]);
      return this.organizationView(await this.load(m, { type: 'organization', id: organizationId }));
    });
  }

  async ofProvider(actor: Actor, providerId: string) {
    await this.providerInCharge(this.db.manager, actor, providerId);
    return this.providerView(await this.load(this.db.manager, { type: 'provider', id: providerId }));
  }

  async replaceOfProvider(actor: Actor, providerId: string, body: ProviderDeclarationsBody) {
    return this.db.transaction(async (m) => {
      await this.providerInCharge(m, actor, providerId);
      await this.replace(
        m,
        actor,
        { type: 'provider', id: providerId },
        this.listed(body, ['affiliations', 'employers', 'shareholdings', 'avoid']),
      );
      return this.providerView(await this.load(m, { type: 'provider', id: providerId }));
    });
  }

  private listed<B extends object>(body: B, keys: (keyof B & string)[]) {
    return keys.flatMap((key) =>
      ((body[key] as OrganizationRefBody[] | undefined) ?? []).map((ref) => ({
        relation: LIST_OF[key],
        name: ref.name.trim(),
        aliases: ref.aliases ?? [],
        creditCode: ref.creditCode?.toUpperCase() ?? null,
      })),
    );
  }

  private async replace(
    m: EntityManager,
    actor: Actor,
    owner: Owner,
    rows: { relation: DeclarationRelation; name: string | null; aliases: string[]; creditCode: string | null }[],
  ) {
    const before = await this.load(m, owner);
    await m.delete(ConflictDeclaration, { ownerType: owner.type, ownerId: owner.id });
    if (rows.length)
      await m.insert(
        ConflictDeclaration,
        rows.map((r) => ({ ...r, ownerType: owner.type, ownerId: owner.id, createdBy: actor.userId })),
      );
    await this.audit.record(
      {
        actorId: actor.userId,
        action: 'conflict-declarations.replaced',
        targetType: owner.type,
        targetId: owner.id,
        before: { count: before.length },
        after: { count: rows.length, relations: rows.map((r) => r.relation) },
      },
      m,
    );
  }

  private load(m: EntityManager, owner: Owner): Promise<ConflictDeclaration[]> {
    return m.find(ConflictDeclaration, {
      where: { ownerType: owner.type, ownerId: owner.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private organizationView(rows: ConflictDeclaration[]) {
    const identity = rows.find((r) => r.relation === 'identity');
    return {
      creditCode: identity?.creditCode ?? null,
      aliases: identity?.aliases ?? [],
      competitors: this.refs(rows, 'competitor'),
      avoid: this.refs(rows, 'avoid'),
    };
  }

  private providerView(rows: ConflictDeclaration[]) {
    return {
      affiliations: this.refs(rows, 'affiliation'),
      employers: this.refs(rows, 'employer'),
      shareholdings: this.refs(rows, 'shareholding'),
      avoid: this.refs(rows, 'avoid'),
    };
  }

  private refs(rows: ConflictDeclaration[], relation: DeclarationRelation): Ref[] {
    return rows
      .filter((r) => r.relation === relation)
      .map((r) => ({ name: r.name!, aliases: r.aliases, creditCode: r.creditCode }));
  }

  private async organizationInCharge(m: EntityManager, actor: Actor, id: string): Promise<void> {
    const org = isUUID(id) ? await IdentityReads.organizationBrief(m, id) : null;
    if (!org) throw DomainError.notFound('organization');
    if (!AccessPolicy.canReadPrivate(actor, { organizationId: org.id, regionCode: org.regionCode }))
      throw DomainError.forbidden();
  }

  /** The expert themselves, members of the providing organisation, its steward association and the coordinators in charge. */
  private async providerInCharge(m: EntityManager, actor: Actor, id: string): Promise<void> {
    const p = isUUID(id) ? await ListingsReads.provider(m, id) : null;
    if (!p) throw DomainError.notFound('provider');
    const allowed =
      p.userId === actor.userId ||
      AccessPolicy.canReadPrivate(actor, { organizationId: p.organizationId, regionCode: p.regionCode }) ||
      AccessPolicy.memberOf(actor, p.stewardOrganizationId);
    if (!allowed) throw DomainError.forbidden();
  }
}
