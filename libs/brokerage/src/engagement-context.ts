import { DomainError } from '@app/common';
import { AccessPolicy, Actor, IdentityReads } from '@app/identity';
import { Need, Provider, ListingsReads } from '@app/listings';
import { JurisdictionDirectory } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { Engagement } from './entities/engagement.entity';
import { Side } from './engagement-pipeline';

export type EngagementRole = 'coordinator' | Side;

export interface EngagementContext {
  engagement: Engagement;
  need: Need;
  provider: Provider;
  enterpriseName: string;
}

/** Coordinators in charge of a need: its jurisdiction, its steward association, and admins. */
export function coordinatesNeed(
  actor: Actor | null,
  need: Pick<Need, 'regionCode' | 'stewardOrganizationId'>,
): boolean {
  return (
    !!actor &&
    (actor.isAdmin ||
      AccessPolicy.coordinates(actor, need.regionCode) ||
      AccessPolicy.memberOf(actor, need.stewardOrganizationId))
  );
}

export function isEnterpriseSide(actor: Actor | null, need: Pick<Need, 'organizationId'>): boolean {
  return AccessPolicy.memberOf(actor, need.organizationId);
}

export function isProviderSide(actor: Actor | null, provider: Pick<Provider, 'userId' | 'organizationId'>): boolean {
  return (
    !!actor &&
    ((!!provider.userId && actor.userId === provider.userId) || AccessPolicy.memberOf(actor, provider.organizationId))
  );
}

export function rolesOf(actor: Actor | null, ctx: Pick<EngagementContext, 'need' | 'provider'>): EngagementRole[] {
  const roles: EngagementRole[] = [];
  if (coordinatesNeed(actor, ctx.need)) roles.push('coordinator');
  if (isEnterpriseSide(actor, ctx.need)) roles.push('enterprise');
  if (isProviderSide(actor, ctx.provider)) roles.push('provider');
  return roles;
}

/** Loads an engagement with its need and provider, and tells who is on which side. */
@Injectable()
export class EngagementContexts {
  constructor(private readonly directory: JurisdictionDirectory) {}

  async load(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<EngagementContext> {
    if (!isUUID(id)) throw DomainError.notFound('engagement');
    const engagement = await manager
      .getRepository(Engagement)
      .findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!engagement) throw DomainError.notFound('engagement');
    return this.around(manager, engagement);
  }

  async around(manager: EntityManager, engagement: Engagement): Promise<EngagementContext> {
    const need = await ListingsReads.needOrFail(manager, engagement.needId);
    const provider = await ListingsReads.providerOrFail(manager, engagement.providerId);
    const enterpriseName = (await IdentityReads.organizationName(manager, need.organizationId)) ?? '';
    return { engagement, need, provider, enterpriseName };
  }

  /** The accounts that speak for a side: the enterprise's members; the expert's own account and its organisation's members. */
  async sideUsers(
    manager: EntityManager,
    ctx: Pick<EngagementContext, 'need' | 'provider'>,
    side: Side,
  ): Promise<string[]> {
    const organizationId = side === 'enterprise' ? ctx.need.organizationId : ctx.provider.organizationId;
    const users = organizationId ? await IdentityReads.memberIds(manager, organizationId) : [];
    if (side === 'provider' && ctx.provider.userId && !users.includes(ctx.provider.userId))
      users.unshift(ctx.provider.userId);
    return users;
  }

  /** Who brokers this engagement: the coordinator who introduced it, else the coordinators in charge of the need. */
  async coordinators(manager: EntityManager, ctx: EngagementContext): Promise<string[]> {
    if (ctx.engagement.introducedBy) return [ctx.engagement.introducedBy];
    return this.directory.coordinatorsFor(ctx.need, manager);
  }

  async partiesAndCoordinators(
    manager: EntityManager,
    ctx: EngagementContext,
  ): Promise<{ enterprise: string[]; provider: string[]; coordinators: string[] }> {
    return {
      enterprise: await this.sideUsers(manager, ctx, 'enterprise'),
      provider: await this.sideUsers(manager, ctx, 'provider'),
      coordinators: await this.coordinators(manager, ctx),
    };
  }
}

/** A need a coordinator is about to broker: 404 when missing, 403 when not in their charge. */
export async function needInCharge(manager: EntityManager, needId: string, actor: Actor): Promise<Need> {
  if (!isUUID(needId)) throw DomainError.notFound('need');
  const need = await ListingsReads.need(manager, needId);
  if (!need) throw DomainError.notFound('need');
  if (!coordinatesNeed(actor, need)) throw DomainError.forbidden();
  return need;
}

export function assertPublished(need: Need): void {
  if (need.status !== 'published')
    throw new DomainError('NEED_NOT_PUBLISHED', { status: need.status }, [], { status: need.status });
}
