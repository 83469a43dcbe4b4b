import { DomainError } from '@app/common';
import { Actor, IdentitySql, IdentityReads, OrganizationBrief } from '@app/identity';
import { getRegion, resolveField } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Need } from '../entities/need.entity';
import { ListingAccess } from '../lifecycle/listing-access';
import { ListingLifecycle, ListingListQuery, LoadedListing } from '../lifecycle/listing-lifecycle.service';
import { allowedActions, ListingAction } from '../lifecycle/transitions';
import { applyNeedInput, CreateNeedRequest, NeedInput } from './need-input.dto';
import { NeedConfidentiality } from './need-confidentiality';
import { EMPTY_NEED, NeedContent, needKind } from './need-kind';

/** Needs as owners, coordinators and the public see them. */
@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: ListingLifecycle,
    private readonly confidentiality: NeedConfidentiality,
  ) {}

  /** A draft of the caller's enterprise; its region defaults to the enterprise's. */
  async create(input: CreateNeedRequest, actor: Actor) {
    const organization = await this.owningEnterprise(input.organizationId, actor);
    const content = applyNeedInput(EMPTY_NEED, input, { regionCode: organization.regionCode });
    return this.view(
      await this.lifecycle.createDraft(needKind, { ...content, organizationId: organization.id }, actor),
      actor,
      organization.name,
    );
  }

  async get(id: string, actor: Actor | null) {
    const [loaded, organizationName] = await Promise.all([
      this.lifecycle.read(needKind, id, actor),
      this.organizationNameOfNeed(id),
    ]);
    return this.view(loaded, actor, organizationName);
  }

  async update(id: string, input: NeedInput, actor: Actor) {
    return this.view(
      await this.lifecycle.update(needKind, id, actor, (current) => applyNeedInput(current, input)),
      actor,
    );
  }

  async act(id: string, action: Exclude<ListingAction, 'update' | 'expire'>, actor: Actor, reason?: string) {
    return this.view(await this.lifecycle.act(needKind, id, action, actor, reason), actor);
  }

  async list(query: ListingListQuery, actor: Actor | null) {
    let where: Record<string, unknown>;
    if (query.mine) {
      if (!actor) throw new DomainError('UNAUTHENTICATED');
      const organizationIds = actor.memberships.map((m) => m.organizationId);
      if (!organizationIds.length) return { items: [], total: 0, page: query.page, limit: query.limit };
      where = { organizationId: In(organizationIds), ...(query.status ? { status: query.status } : {}) };
    } else {
      where = { publishedAt: Not(IsNull()), status: query.status ?? 'published' };
    }
    const { loaded, total } = await this.lifecycle.page(needKind, where, query);
    const names = await this.organizationNames(loaded.map((l) => l.listing.organizationId));
    const items = await Promise.all(
      loaded.map((l) => this.view(l, actor, names.get(l.listing.organizationId) ?? null)),
    );
    return { items, total, page: query.page, limit: query.limit };
  }

  /** The public part for everyone; the confidential part, return reasons and pending edits only for those allowed. */
  async view(
    { listing: need, pending, scope, state }: LoadedListing<Need>,
    actor: Actor | null,
    organizationName?: string | null,
  ) {
    const [confidential, name] = await Promise.all([
      this.confidentiality.canReadConfidential(actor, need),
      organizationName !== undefined
        ? organizationName
        : this.organizationNames([need.organizationId]).then((names) => names.get(need.organizationId) ?? null),
    ]);
    const readsPrivate = ListingAccess.readsPrivate(actor, scope);
    return {
      id: need.id,
      externalId: need.externalId,
      organizationId: need.organizationId,
      organizationName: name,
      status: need.status,
      state,
      revision: need.revision,
      ...publicContent(needKind.contentOf(need)),
      ...(confidential ? confidentialContent(needKind.contentOf(need)) : {}),
      createdAt: need.createdAt,
      updatedAt: need.updatedAt,
      submittedAt: need.submittedAt,
      publishedAt: need.publishedAt,
      ...(readsPrivate
        ? {
            returnReason: need.returnReason,
            pendingRevision: pending && {
              status: pending.status,
              baseRevision: pending.baseRevision,
              submittedAt: pending.submittedAt,
              returnReason: pending.returnReason,
              ...publicContent(pending.content as unknown as NeedContent),
              ...(confidential ? confidentialContent(pending.content as unknown as NeedContent) : {}),
            },
          }
        : {}),
      allowedActions: allowedActions('need', state).filter((a) => ListingAccess.mayTake(a, actor, scope)),
    };
  }

  private async owningEnterprise(organizationId: string | undefined, actor: Actor): Promise<OrganizationBrief> {
    const enterprises = actor.memberships
      .filter((m) => m.organizationType === 'enterprise')
      .map((m) => m.organizationId);
    if (!enterprises.length || (organizationId && !enterprises.includes(organizationId))) throw DomainError.forbidden();
    if (!organizationId && enterprises.length > 1)
      throw DomainError.validation([{ field: 'organizationId', constraint: 'isDefined' }]);
    const organization = await IdentityReads.organizationBrief(this.db.manager, organizationId ?? enterprises[0]);
    if (!organization) throw DomainError.notFound('organization');
    return organization;
  }

  /** Asked beside the need itself (same latency, one round trip less than after it); null for an unknown need. */
  private async organizationNameOfNeed(needId: string): Promise<string | null> {
    if (!isUUID(needId)) return null;
    const rows: { name: string }[] = await this.db.query(
      `select o.name from needs n join ${IdentitySql.organizations} o on o.id = n.organization_id where n.id = $1`,
      [needId],
    );
    return rows[0]?.name ?? null;
  }

  private async organizationNames(ids: string[]): Promise<Map<string, string>> {
    return IdentityReads.organizationNames(this.db.manager, ids);
  }
}

function publicContent(c: NeedContent) {
  return {
    title: c.title,
    description: c.description,
    fields: c.fields,
    fieldCodes: c.fields.map((f) => resolveField(f)?.code ?? null),
    keywords: c.keywords,
    regionCode: c.regionCode,
    regionName: c.regionCode ? (getRegion(c.regionCode)?.fullName ?? null) : null,
    cooperationModes: c.cooperationModes,
    budgetMin: c.budgetMin === null ? null : Number(c.budgetMin),
    budgetMax: c.budgetMax === null ? null : Number(c.budgetMax),
    deadline: c.deadline,
  };
}

function confidentialContent(c: NeedContent) {
  return { confidentialDetails: c.confidentialDetails, confidentialAttachments: c.confidentialAttachments };
}
