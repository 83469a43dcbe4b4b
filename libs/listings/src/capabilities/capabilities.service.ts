import { DomainError } from '@app/common';
import { Actor, organizationIdsOf } from '@app/identity';
import { getRegion, resolveField } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Capability } from '../entities/capability.entity';
import { Provider } from '../entities/provider.entity';
import { ListingAccess } from '../lifecycle/listing-access';
import { ListingLifecycle, ListingListQuery, LoadedListing } from '../lifecycle/listing-lifecycle.service';
import { allowedActions, ListingAction } from '../lifecycle/transitions';
import { applyCapabilityInput, CapabilityInput, CreateCapabilityRequest } from './capability-input.dto';
import { CapabilityContent, capabilityKind, EMPTY_CAPABILITY } from './capability-kind';

type ProviderSummary = Pick<Provider, 'id' | 'name' | 'kind'>;

/** Capabilities (科技所能) as their owners, the coordinators and the public see them. */
@Injectable()
export class CapabilitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: ListingLifecycle,
  ) {}

  /** A draft of a provider the caller manages (as a member of its organisation, or as the expert). */
  async create(input: CreateCapabilityRequest, actor: Actor) {
    const provider = await this.owningProvider(input.providerId, actor);
    const content = applyCapabilityInput(EMPTY_CAPABILITY, input);
    return this.view(
      await this.lifecycle.createDraft(capabilityKind, { ...content, providerId: provider.id }, actor),
      actor,
      provider,
    );
  }

  async get(id: string, actor: Actor | null) {
    return this.view(await this.lifecycle.read(capabilityKind, id, actor), actor);
  }

  async update(id: string, input: CapabilityInput, actor: Actor) {
    return this.view(
      await this.lifecycle.update(capabilityKind, id, actor, (current) => applyCapabilityInput(current, input)),
      actor,
    );
  }

  async act(
    id: string,
    action: Exclude<ListingAction, 'update' | 'expire' | 'resolve'>,
    actor: Actor,
    reason?: string,
  ) {
    return this.view(await this.lifecycle.act(capabilityKind, id, action, actor, reason), actor);
  }

  async list(query: ListingListQuery, actor: Actor | null) {
    let where: Record<string, unknown>;
    if (query.mine) {
      if (!actor) throw new DomainError('UNAUTHENTICATED');
      const providerIds = (await this.ownedProviders(actor)).map((p) => p.id);
      if (!providerIds.length) return { items: [], total: 0, page: query.page, limit: query.limit };
      where = { providerId: In(providerIds), ...(query.status ? { status: query.status } : {}) };
    } else {
      where = { publishedAt: Not(IsNull()), status: query.status ?? 'published' };
    }
    const { loaded, total } = await this.lifecycle.page(capabilityKind, where, query);
    const providers = await this.providers(loaded.map((l) => l.listing.providerId));
    const items = await Promise.all(
      loaded.map((l) => this.view(l, actor, providers.get(l.listing.providerId) ?? null)),
    );
    return { items, total, page: query.page, limit: query.limit };
  }

  async view(
    { listing: capability, pending, scope, state }: LoadedListing<Capability>,
    actor: Actor | null,
    provider?: ProviderSummary | null,
  ) {
    const publisher =
      provider !== undefined
        ? provider
        : ((await this.providers([capability.providerId])).get(capability.providerId) ?? null);
    return {
      id: capability.id,
      externalId: capability.externalId,
      providerId: capability.providerId,
      providerName: publisher?.name ?? null,
      providerType: publisher?.kind ?? null,
      status: capability.status,
      state,
      revision: capability.revision,
      ...contentView(capabilityKind.contentOf(capability)),
      createdAt: capability.createdAt,
      updatedAt: capability.updatedAt,
      submittedAt: capability.submittedAt,
      publishedAt: capability.publishedAt,
      ...(ListingAccess.readsPrivate(actor, scope)
        ? {
            returnReason: capability.returnReason,
            pendingRevision: pending && {
              status: pending.status,
              baseRevision: pending.baseRevision,
              submittedAt: pending.submittedAt,
              returnReason: pending.returnReason,
              ...contentView(pending.content as unknown as CapabilityContent),
            },
          }
        : {}),
      allowedActions: allowedActions('capability', state).filter((a) => ListingAccess.mayTake(a, actor, scope)),
    };
  }

  private async ownedProviders(actor: Actor): Promise<Provider[]> {
    const organizationIds = organizationIdsOf(actor);
    return this.db.getRepository(Provider).find({
      where: [{ userId: actor.userId }, ...(organizationIds.length ? [{ organizationId: In(organizationIds) }] : [])],
      select: { id: true, name: true, kind: true },
      order: { createdAt: 'ASC' },
    });
  }

  private async owningProvider(providerId: string | undefined, actor: Actor): Promise<ProviderSummary> {
    const owned = await this.ownedProviders(actor);
    const chosen = providerId ? owned.find((p) => p.id === providerId) : owned.length === 1 ? owned[0] : undefined;
    if (chosen) return chosen;
    if (!owned.length || providerId) throw DomainError.forbidden();
    throw DomainError.validation([{ field: 'providerId', constraint: 'isDefined' }]);
  }

  private async providers(ids: string[]): Promise<Map<string, ProviderSummary>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.db
      .getRepository(Provider)
      .find({ where: { id: In(unique) }, select: { id: true, name: true, kind: true } });
    return new Map(rows.map((p) => [p.id, p]));
  }
}

function contentView(c: CapabilityContent) {
  return {
    title: c.title,
    description: c.description,
    fields: c.fields,
    fieldCodes: c.fields.map((f) => resolveField(f)?.code ?? null),
    keywords: c.keywords,
    serviceModes: c.serviceModes,
    regionCodes: c.regionCodes,
    regionNames: c.regionCodes.map((code) => getRegion(code)?.fullName ?? code),
    availability: c.availability,
  };
}
