import { AuditService } from '@app/audit';
import { DomainError, Clock } from '@app/common';
import { Actor } from '@app/identity';
import { ReminderScheduler } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { assertReachable, defaultContact, mergeContact } from './contact-person';
import { RespondBody } from './dto/brokerage.dto';
import { EngagementContext, EngagementContexts, rolesOf } from './engagement-context';
import { EngagementEvent } from './entities/engagement-event.entity';
import { EngagementNotices } from './engagement-notices';
import { assertTransition, Side, SIDE_WORDS } from './engagement-pipeline';
import { EngagementQueries, EngagementView } from './engagement-queries.service';
import { AfterCommit, AfterCommitRunner, recordEvent, recordLabel } from './engagement-records';
import { EngagementTransitions } from './engagement-transitions';
import { invitationRemindKey } from './reminders/engagement-reminder-plans';

/**
 * The double opt-in. Each side accepts or declines (with a reason code); a coordinator may answer for a side they
 * reached by phone. When the second side accepts, contact details and the need's confidential part open to both,
 * and the reveal goes into the audit log in the same transaction. A decline closes the introduction.
 */
@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contexts: EngagementContexts,
    private readonly transitions: EngagementTransitions,
    private readonly notices: EngagementNotices,
    private readonly queries: EngagementQueries,
    private readonly scheduler: ReminderScheduler,
    private readonly effects: AfterCommitRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async respond(id: string, actor: Actor, body: RespondBody): Promise<EngagementView> {
    const after = new AfterCommit();
    await this.db.transaction(async (m) => {
      const ctx = await this.contexts.load(m, id, { lock: true });
      EngagementQueries.rolesIn(actor, ctx); // 403 unless the actor may see it (a request stays with its requester)
      const { side, onBehalf } = this.sideOf(actor, ctx, body.side);
      const e = ctx.engagement;
      if (onBehalf) await assertOnBehalfAllowed(m, e.id, side, body, actor);
      assertTransition(
        e.status,
        body.decision === 'accept' ? 'accepted' : 'closed',
        e.status === 'introduced' ? ['accepted', 'closed'] : [],
      );
      const current = side === 'enterprise' ? e.enterpriseResponse : e.providerResponse;
      if (current !== 'pending')
        throw new DomainError('ALREADY_RESPONDED', { side: SIDE_WORDS[side][actor.locale] }, [], {
          side,
          response: current,
        });
      const now = this.clock.now();
      const decision = body.decision === 'accept' ? 'accepted' : 'declined';
      Object.assign(
        e,
        side === 'enterprise'
          ? { enterpriseResponse: decision, enterpriseRespondedAt: now, enterpriseRespondedBy: actor.userId }
          : { providerResponse: decision, providerRespondedAt: now, providerRespondedBy: actor.userId },
      );
      if (decision === 'accepted') await this.nameContact(m, ctx, side, onBehalf ? null : actor.userId, body);
      await m.save(e);
      await recordEvent(m, {
        engagementId: e.id,
        type: 'response',
        actorId: actor.userId,
        actorRole: onBehalf ? 'coordinator' : side,
        occurredAt: now,
        data: {
          side,
          decision,
          onBehalf,
          reasonCode: body.reasonCode ?? null,
          reasonText: body.reasonText ?? null,
          ...confirmationOf(onBehalf, body),
        },
      });
      await this.scheduler.cancel(
        m,
        { subjectId: e.id, dedupeKeys: [invitationRemindKey(e.id, side)] },
        `${side} answered`,
      );
      if (onBehalf)
        await this.audit.record(
          {
            actorId: actor.userId,
            action: 'engagement.answered-on-behalf',
            targetType: 'engagement',
            targetId: e.id,
            after: { side, decision, ...confirmationOf(onBehalf, body) },
          },
          m,
        );
      if (decision === 'declined') await this.decline(m, ctx, side, body, actor, after);
      else if (e.enterpriseResponse === 'accepted' && e.providerResponse === 'accepted')
        await this.reveal(m, ctx, actor, after);
    });
    await this.effects.run(after);
    return this.queries.view(id, actor);
  }

  /**
   * The contact person of the side that accepts: what it named over its profile's or account's details; it must be
   * reachable (a phone or an e-mail). A coordinator answering on a side's behalf names its first member by default.
   */
  private async nameContact(
    m: EntityManager,
    ctx: EngagementContext,
    side: Side,
    responderId: string | null,
    body: RespondBody,
  ): Promise<void> {
    const responder = responderId ?? (await this.contexts.sideUsers(m, ctx, side))[0] ?? null;
    const contact = mergeContact(body.contact, await defaultContact(m, ctx, side, responder));
    assertReachable(contact);
    ctx.engagement[side === 'enterprise' ? 'enterpriseContact' : 'providerContact'] = contact;
  }

  /** Both accepted: the engagement moves on, contacts open, and the reveal is audited with the same commit. */
  private async reveal(m: EntityManager, ctx: EngagementContext, actor: Actor, after: AfterCommit): Promise<void> {
    const e = ctx.engagement;
    const now = this.clock.now();
    // A side that asked for the introduction accepted when it asked, without naming anyone: its asker is the contact.
    const enterpriseContact =
      e.enterpriseContact ?? (await defaultContact(m, ctx, 'enterprise', e.enterpriseRespondedBy));
    const providerContact = e.providerContact ?? (await defaultContact(m, ctx, 'provider', e.providerRespondedBy));
    const { reminderIds } = await this.transitions.apply(m, ctx, {
      to: 'accepted',
      actorId: actor.userId,
      actorRole: null,
      patch: { revealedAt: now, enterpriseContact, providerContact },
    });
    after.reminders(reminderIds);
    const people = await this.contexts.partiesAndCoordinators(m, ctx);
    await this.audit.record(
      {
        actorId: actor.userId,
        action: 'engagement.contacts-revealed',
        targetType: 'engagement',
        targetId: e.id,
        after: {
          needId: e.needId,
          providerId: e.providerId,
          revealedAt: now.toISOString(),
          enterpriseUsers: people.enterprise,
          providerUsers: people.provider,
          revealed: [
            'provider.contactPerson',
            'enterprise.contactPerson',
            'enterprise.memberEmails',
            'need.confidentialDetails',
            'need.confidentialAttachments',
          ],
        },
      },
      m,
    );
    await recordLabel(m, {
      needId: e.needId,
      providerId: e.providerId,
      label: 'accepted',
      engagementId: e.id,
      createdBy: actor.userId,
    });
    after.emails(await this.notices.accepted(m, ctx));
  }

  private async decline(
    m: EntityManager,
    ctx: EngagementContext,
    side: Side,
    body: RespondBody,
    actor: Actor,
    after: AfterCommit,
  ): Promise<void> {
    const e = ctx.engagement;
    const code = body.reasonCode!;
    const text = body.reasonText ?? null;
    await this.transitions.apply(m, ctx, {
      to: 'closed',
      actorId: actor.userId,
      actorRole: side,
      reason: 'declined',
      patch: { declinedBySide: side, declineReasonCode: code, declineReasonText: text },
    });
    await recordLabel(m, {
      needId: e.needId,
      providerId: e.providerId,
      label: 'declined',
      reasonCode: code,
      reason: text,
      engagementId: e.id,
      createdBy: actor.userId,
    });
    after.emails(await this.notices.declined(m, ctx, side, code, text));
  }

  /** The side named (or the actor's only side); a coordinator in charge may answer for either side (see assertOnBehalfAllowed). */
  private sideOf(actor: Actor, ctx: EngagementContext, named?: Side): { side: Side; onBehalf: boolean } {
    const roles = rolesOf(actor, ctx);
    const own = roles.filter((r): r is Side => r !== 'coordinator');
    const side = named ?? (own.length === 1 ? own[0] : undefined);
    if (!side) {
      if (roles.length) throw DomainError.validation([{ field: 'side', constraint: 'isDefined' }]);
      throw DomainError.forbidden();
    }
    if (own.includes(side)) return { side, onBehalf: false };
    if (roles.includes('coordinator')) return { side, onBehalf: true };
    throw DomainError.forbidden();
  }
}

/**
 * A coordinator answers on behalf of one side at most, so that the double opt-in always has one party's own word;
 * and accepts for the enterprise (whose confidential part opens on acceptance) only with its written confirmation.
 */
async function assertOnBehalfAllowed(
  m: EntityManager,
  engagementId: string,
  side: Side,
  body: RespondBody,
  actor: Actor,
): Promise<void> {
  const other: Side = side === 'enterprise' ? 'provider' : 'enterprise';
  const otherOnBehalf = await m
    .getRepository(EngagementEvent)
    .createQueryBuilder('e')
    .where('e.engagement_id = :engagementId and e.type = :type', { engagementId, type: 'response' })
    .andWhere(`e.data->>'side' = :other and (e.data->>'onBehalf')::boolean`, { other })
    .getExists();
  if (otherOnBehalf)
    throw new DomainError('ON_BEHALF_ONE_SIDE', { side: SIDE_WORDS[other][actor.locale] }, [], { side: other });
  if (side === 'enterprise' && body.decision === 'accept' && !body.writtenConfirmation) {
    throw new DomainError('WRITTEN_CONFIRMATION_REQUIRED', {}, [
      { field: 'writtenConfirmation', constraint: 'isDefined' },
    ]);
  }
}

const confirmationOf = (onBehalf: boolean, body: RespondBody) =>
  onBehalf && body.writtenConfirmation ? { writtenConfirmation: { ...body.writtenConfirmation } } : {};
