import { assertProviderReachable } from './contact-person';
import { AuditService } from '@app/audit';
import { ConflictScreen } from '@app/conflicts';
import { DomainError, Clock } from '@app/common';
import { Actor } from '@app/identity';
import { Need, Provider, ListingsReads } from '@app/listings';
import { findListedPair } from '@app/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, Not } from 'typeorm';
import { IntroduceBody, IntroductionRequestBody, InterestBody, ReasonBody } from './dto/brokerage.dto';
import { Engagement } from './entities/engagement.entity';
import {
  assertPublished,
  coordinatesNeed,
  EngagementContext,
  EngagementContexts,
  isEnterpriseSide,
  isProviderSide,
  needInCharge,
} from './engagement-context';
import { EngagementNotices } from './engagement-notices';
import { EngagementOrigin, Side } from './engagement-pipeline';
import { EngagementQueries, EngagementView } from './engagement-queries.service';
import { AfterCommit, AfterCommitRunner, recordEvent, recordLabel } from './engagement-records';
import { EngagementTransitions } from './engagement-transitions';

/**
 * How introductions start: a coordinator approves a suggested match or introduces a provider by hand (both sides are
 * invited at once), or an enterprise or an expert asks, and the coordinator in charge approves or turns it down.
 */
@Injectable()
export class IntroductionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contexts: EngagementContexts,
    private readonly transitions: EngagementTransitions,
    private readonly notices: EngagementNotices,
    private readonly queries: EngagementQueries,
    private readonly effects: AfterCommitRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly conflicts: ConflictScreen,
  ) {}

  /** Approves one of the need's current matches: the introduction goes to both sides. */
  approveMatch(needId: string, providerId: string, actor: Actor, body: IntroduceBody): Promise<EngagementView> {
    return this.introduce(needId, providerId, actor, 'match', body.note ?? null);
  }

  /** Introduces any provider, matched or not. */
  introduceByHand(needId: string, providerId: string, actor: Actor, body: IntroduceBody): Promise<EngagementView> {
    return this.introduce(needId, providerId, actor, 'manual', body.note ?? null);
  }

  private async introduce(
    needId: string,
    providerId: string,
    actor: Actor,
    origin: EngagementOrigin,
    note: string | null,
  ): Promise<EngagementView> {
    const after = new AfterCommit();
    const id = await this.db.transaction(async (m) => {
      const need = await needInCharge(m, needId, actor);
      assertPublished(need);
      const provider = await this.provider(m, providerId);
      await this.conflicts.assertIntroducible(m, need, provider.id);
      await assertProviderReachable(m, provider);
      const match = await findListedPair(m, needId, providerId);
      if (origin === 'match' && !match) throw DomainError.notFound('match');
      const now = this.clock.now();
      const engagement = await this.open(m, need, provider, {
        status: 'introduced',
        origin,
        introducedBy: actor.userId,
        introducedAt: now,
        introductionNote: note,
        matchScore: match?.score ?? null,
      });
      const ctx = await this.contexts.around(m, engagement);
      await recordEvent(m, {
        engagementId: engagement.id,
        type: 'transition',
        actorId: actor.userId,
        actorRole: 'coordinator',
        occurredAt: now,
        toStatus: 'introduced',
        body: note,
        data: { origin },
      });
      await recordLabel(m, {
        needId,
        providerId,
        label: 'approved',
        score: match?.score ?? null,
        algorithmVersion: match?.algorithmVersion ?? null,
        engagementId: engagement.id,
        createdBy: actor.userId,
        reasonCode: origin,
      });
      after.reminders(await this.transitions.scheduleInvitation(m, ctx));
      after.emails(await this.notices.invited(m, ctx, ['enterprise', 'provider']));
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'engagement.introduced',
          targetType: 'engagement',
          targetId: engagement.id,
          after: { needId, providerId, origin },
        },
        m,
      );
      return engagement.id;
    });
    await this.effects.run(after);
    return this.queries.view(id, actor);
  }

  /** An enterprise asks to be introduced to a provider it found; its own side counts as accepted. */
  async requestIntroduction(needId: string, actor: Actor, body: IntroductionRequestBody): Promise<EngagementView> {
    return this.request(actor, async (m) => {
      const need = await this.need(m, needId);
      if (!isEnterpriseSide(actor, need)) throw DomainError.forbidden();
      return {
        need,
        provider: await this.provider(m, body.providerId),
        origin: 'enterprise_request',
        side: 'enterprise',
        message: body.message ?? null,
      };
    });
  }

  /** An expert (or a member of a society or workstation) offers to help with a need; its side counts as accepted. */
  async expressInterest(needId: string, actor: Actor, body: InterestBody): Promise<EngagementView> {
    return this.request(actor, async (m) => {
      const need = await this.need(m, needId);
      return {
        need,
        provider: await this.providerOf(m, actor, body.providerId),
        origin: 'expert_interest',
        side: 'provider',
        message: body.message ?? null,
      };
    });
  }

  private async request(
    actor: Actor,
    resolve: (
      m: EntityManager,
    ) => Promise<{ need: Need; provider: Provider; origin: EngagementOrigin; side: Side; message: string | null }>,
  ) {
    const after = new AfterCommit();
    const id = await this.db.transaction(async (m) => {
      const { need, provider, origin, side, message } = await resolve(m);
      assertPublished(need);
      const now = this.clock.now();
      const answered =
        side === 'enterprise'
          ? { enterpriseResponse: 'accepted' as const, enterpriseRespondedAt: now, enterpriseRespondedBy: actor.userId }
          : { providerResponse: 'accepted' as const, providerRespondedAt: now, providerRespondedBy: actor.userId };
      const engagement = await this.open(m, need, provider, {
        status: 'requested',
        origin,
        requestedBy: actor.userId,
        requestMessage: message,
        ...answered,
      });
      await recordEvent(m, {
        engagementId: engagement.id,
        type: 'transition',
        actorId: actor.userId,
        actorRole: side,
        occurredAt: now,
        toStatus: 'requested',
        body: message,
        data: { origin },
      });
      const ctx = await this.contexts.around(m, engagement);
      after.emails(await this.notices.requested(m, ctx, side === 'enterprise' ? ctx.enterpriseName : provider.name));
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'engagement.requested',
          targetType: 'engagement',
          targetId: engagement.id,
          after: { needId: need.id, providerId: provider.id, origin },
        },
        m,
      );
      return engagement.id;
    });
    await this.effects.run(after);
    return this.queries.view(id, actor);
  }

  /** The coordinator in charge approves a request: the side that did not ask is invited. */
  async approveRequest(id: string, actor: Actor, body: IntroduceBody): Promise<EngagementView> {
    const after = new AfterCommit();
    await this.db.transaction(async (m) => {
      const ctx = await this.requestInCharge(m, id, actor);
      assertPublished(ctx.need);
      await this.conflicts.assertIntroducible(m, ctx.need, ctx.engagement.providerId);
      await assertProviderReachable(m, ctx.provider);
      const { event, reminderIds } = await this.transitions.apply(m, ctx, {
        to: 'introduced',
        actorId: actor.userId,
        actorRole: 'coordinator',
        reason: body.note ?? null,
        patch: { introducedBy: actor.userId, introducedAt: this.clock.now(), introductionNote: body.note ?? null },
      });
      after.reminders(reminderIds);
      const e = ctx.engagement;
      const pending = (['enterprise', 'provider'] as const).filter(
        (s) => (s === 'enterprise' ? e.enterpriseResponse : e.providerResponse) === 'pending',
      );
      const requesterSide = pending.includes('enterprise') ? 'provider' : 'enterprise';
      await recordLabel(m, {
        needId: e.needId,
        providerId: e.providerId,
        label: 'approved',
        reasonCode: e.origin,
        engagementId: e.id,
        createdBy: actor.userId,
      });
      after.emails(await this.notices.invited(m, ctx, pending));
      after.emails(
        await this.notices.updated(
          m,
          ctx,
          event.id,
          'introduced',
          actor.userId,
          null,
          await this.contexts.sideUsers(m, ctx, requesterSide),
        ),
      );
      await this.notices.requestHandled(m, ctx);
      await this.audit.record(
        { actorId: actor.userId, action: 'engagement.request-approved', targetType: 'engagement', targetId: e.id },
        m,
      );
    });
    await this.effects.run(after);
    return this.queries.view(id, actor);
  }

  /** The coordinator turns a request down; the requester is told, with the coordinator's reason. */
  async rejectRequest(id: string, actor: Actor, body: ReasonBody): Promise<EngagementView> {
    const after = new AfterCommit();
    await this.db.transaction(async (m) => {
      const ctx = await this.requestInCharge(m, id, actor);
      await this.transitions.apply(m, ctx, {
        to: 'closed',
        actorId: actor.userId,
        actorRole: 'coordinator',
        reason: body.reason,
        allowed: ['closed'],
      });
      const e = ctx.engagement;
      await recordLabel(m, {
        needId: e.needId,
        providerId: e.providerId,
        label: 'rejected',
        reason: body.reason,
        engagementId: e.id,
        createdBy: actor.userId,
      });
      after.emails(await this.notices.requestDeclined(m, ctx, body.reason));
      await this.notices.requestHandled(m, ctx);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'engagement.request-rejected',
          targetType: 'engagement',
          targetId: e.id,
          after: { reason: body.reason },
        },
        m,
      );
    });
    await this.effects.run(after);
    return this.queries.view(id, actor);
  }

  private async requestInCharge(m: EntityManager, id: string, actor: Actor): Promise<EngagementContext> {
    const ctx = await this.contexts.load(m, id, { lock: true });
    if (!coordinatesNeed(actor, ctx.need)) throw DomainError.forbidden();
    return ctx;
  }

  /** One open engagement per pair: a second one answers 409 ALREADY_INTRODUCED (the unique index settles races). */
  private async open(
    m: EntityManager,
    need: Need,
    provider: Provider,
    fields: Partial<Engagement>,
  ): Promise<Engagement> {
    if (await m.existsBy(Engagement, { needId: need.id, providerId: provider.id, status: Not('closed') }))
      throw new DomainError('ALREADY_INTRODUCED');
    try {
      return await m.save(
        m.create(Engagement, {
          needId: need.id,
          providerId: provider.id,
          statusChangedAt: this.clock.now(),
          ...fields,
        }),
      );
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new DomainError('ALREADY_INTRODUCED');
      throw err;
    }
  }

  private async need(m: EntityManager, id: string): Promise<Need> {
    const need = isUUID(id) ? await ListingsReads.need(m, id) : null;
    if (!need) throw DomainError.notFound('need');
    return need;
  }

  /**
   * A provider an introduction may involve: one whose profile a coordinator approved (an expert's own profile waits
   * for review; search and match lists already hide it, and naming its id must not get round that).
   */
  private async provider(m: EntityManager, id: string): Promise<Provider> {
    const provider = isUUID(id) ? await ListingsReads.provider(m, id) : null;
    if (!provider) throw DomainError.notFound('provider');
    return assertReviewed(provider);
  }

  /** The provider profile the actor speaks for: the one named, or their only one. */
  private async providerOf(m: EntityManager, actor: Actor, providerId: string | undefined): Promise<Provider> {
    if (providerId) {
      const provider = await this.provider(m, providerId);
      if (!isProviderSide(actor, provider)) throw DomainError.forbidden();
      return provider;
    }
    const orgs = actor.memberships.map((ms) => ms.organizationId);
    const mine = await ListingsReads.providersOf(m, actor.userId, orgs, 2);
    if (!mine.length) throw DomainError.forbidden();
    if (mine.length > 1) throw DomainError.validation([{ field: 'providerId', constraint: 'isDefined' }]);
    return assertReviewed(mine[0]);
  }
}

function assertReviewed(provider: Provider): Provider {
  if (provider.reviewStatus !== 'approved')
    throw new DomainError('PROVIDER_NOT_REVIEWED', { name: provider.name }, [], { providerId: provider.id });
  return provider;
}
