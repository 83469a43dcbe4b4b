import { AuditService } from '@app/audit';
import { DomainError, Clock } from '@app/common';
import { Actor, IdentityReads } from '@app/identity';
import { Localized } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TextBody, TransitionBody } from './dto/brokerage.dto';
import { Engagement } from './entities/engagement.entity';
import { EngagementContext, EngagementContexts } from './engagement-context';
import { EngagementEvent } from './entities/engagement-event.entity';
import { EngagementNotices } from './engagement-notices';
import { ACCEPTED_STAGES, allowedManualTransitions, assertTransition, Side } from './engagement-pipeline';
import { EngagementQueries, EngagementView } from './engagement-queries.service';
import { AfterCommit, AfterCommitRunner, recordEvent, recordLabel } from './engagement-records';
import { EngagementTransitions } from './engagement-transitions';

const shanghaiTime = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(at);

/**
 * The pipeline after both sides accepted: meeting, negotiation, agreement (合作签约), completion, or closure with a
 * reason; messages between the parties; the coordinators' internal notes.
 */
@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contexts: EngagementContexts,
    private readonly transitions: EngagementTransitions,
    private readonly notices: EngagementNotices,
    private readonly queries: EngagementQueries,
    private readonly effects: AfterCommitRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The coordinator in charge, or either party once both accepted, moves the engagement on. */
  async transition(id: string, actor: Actor, body: TransitionBody): Promise<EngagementView> {
    const after = new AfterCommit();
    await this.db.transaction(async (m) => {
      const ctx = await this.contexts.load(m, id, { lock: true });
      const roles = EngagementQueries.rolesIn(actor, ctx);
      const coordinator = roles.includes('coordinator');
      const e = ctx.engagement;
      if (!coordinator && !ACCEPTED_STAGES.includes(e.status)) throw DomainError.forbidden();
      const { patch, data, detail } = this.detailsOf(body);
      if (body.to === 'agreement_signed' && !(await this.bothSidesSigned(m, ctx, roles, actor, body, after))) return;
      const { event, reminderIds } = await this.transitions.apply(m, ctx, {
        to: body.to,
        actorId: actor.userId,
        actorRole: coordinator ? 'coordinator' : roles[0],
        reason: body.reason ?? null,
        data,
        patch,
        allowed: allowedManualTransitions(e.status),
      });
      after.reminders(reminderIds);
      if (body.to === 'agreement_signed') {
        await recordLabel(m, {
          needId: e.needId,
          providerId: e.providerId,
          label: 'agreement',
          reasonCode: body.agreement!.type,
          engagementId: e.id,
          createdBy: actor.userId,
        });
        await this.audit.record(
          {
            actorId: actor.userId,
            action: 'engagement.agreement-signed',
            targetType: 'engagement',
            targetId: e.id,
            after: data ?? {},
          },
          m,
        );
      }
      after.emails(await this.notices.updated(m, ctx, event.id, body.to, actor.userId, detail));
    });
    await this.effects.run(after);
    return this.queries.view(id, actor);
  }

  /**
   * A signed agreement is recorded by both sides, or by a coordinator in charge with a reason (e.g. who signed and
   * where the contract is kept). The first side's record is kept as an agreement-confirmation event; the second moves
   * the engagement on. Returns whether the engagement is now to move to agreement_signed.
   */
  private async bothSidesSigned(
    m: EntityManager,
    ctx: EngagementContext,
    roles: string[],
    actor: Actor,
    body: TransitionBody,
    after: AfterCommit,
  ): Promise<boolean> {
    const e = ctx.engagement;
    assertTransition(e.status, 'agreement_signed', allowedManualTransitions(e.status));
    if (roles.includes('coordinator')) {
      if (!body.reason?.trim())
        throw DomainError.validation([{ field: 'reason', constraint: 'requiredForCoordinatorSigning' }]);
      return true;
    }
    const side = roles.find((r): r is Side => r !== 'coordinator')!;
    const other: Side = side === 'enterprise' ? 'provider' : 'enterprise';
    const confirmed = await m
      .getRepository(EngagementEvent)
      .createQueryBuilder('ev')
      .where('ev.engagement_id = :id and ev.type = :type and ev.occurred_at >= :since', {
        id: e.id,
        type: 'agreement-confirmation',
        since: e.statusChangedAt,
      })
      .andWhere(`ev.data->>'side' = :other`, { other })
      .getExists();
    if (confirmed) return true;
    const event = await recordEvent(m, {
      engagementId: e.id,
      type: 'agreement-confirmation',
      actorId: actor.userId,
      actorRole: side,
      occurredAt: this.clock.now(),
      body: body.reason ?? null,
      data: { side, agreement: { ...body.agreement } },
    });
    const askOther: Localized = {
      'zh-CN': '对方已登记签约，请您也登记签约以确认',
      en: 'The other side recorded the signed agreement; record it too to confirm',
    };
    after.emails(
      await this.notices.updated(
        m,
        ctx,
        event.id,
        e.status,
        actor.userId,
        askOther,
        await this.contexts.sideUsers(m, ctx, other),
      ),
    );
    return false;
  }

  /** A message from one party to the other, possible once both accepted (until the engagement closes). */
  async postMessage(id: string, actor: Actor, body: TextBody) {
    const after = new AfterCommit();
    const event = await this.db.transaction(async (m) => {
      const ctx = await this.contexts.load(m, id, { lock: true });
      const roles = EngagementQueries.rolesIn(actor, ctx);
      const side = roles.find((r): r is Side => r !== 'coordinator');
      if (!side) throw DomainError.forbidden();
      if (!ACCEPTED_STAGES.includes(ctx.engagement.status))
        throw new DomainError('ENGAGEMENT_NOT_ACCEPTED', {}, [], { status: ctx.engagement.status });
      const senderName = await IdentityReads.displayName(m, actor.userId);
      const saved = await recordEvent(m, {
        engagementId: id,
        type: 'message',
        actorId: actor.userId,
        actorRole: side,
        occurredAt: this.clock.now(),
        body: body.body,
      });
      after.emails(
        await this.notices.message(
          m,
          ctx,
          saved.id,
          side,
          `${senderName ?? ''}（${this.notices.nameOf(ctx, side)}）`,
          body.body,
        ),
      );
      return saved;
    });
    await this.effects.run(after);
    return { id: event.id, type: event.type, occurredAt: event.occurredAt, body: event.body };
  }

  /** An internal note of the coordinators, never shown to the parties. */
  async addNote(id: string, actor: Actor, body: TextBody) {
    const ctx = await this.contexts.load(this.db.manager, id);
    if (!EngagementQueries.rolesIn(actor, ctx).includes('coordinator')) throw DomainError.forbidden();
    const event = await recordEvent(this.db.manager, {
      engagementId: id,
      type: 'note',
      actorId: actor.userId,
      actorRole: 'coordinator',
      occurredAt: this.clock.now(),
      body: body.body,
    });
    return { id: event.id, type: event.type, occurredAt: event.occurredAt, body: event.body };
  }

  /** The columns and timeline details a target stage carries; the DTO has checked that they are present. */
  private detailsOf(body: TransitionBody): {
    patch: Partial<Engagement>;
    data: Record<string, unknown> | null;
    detail: Localized | null;
  } {
    if (body.to === 'meeting_scheduled' && body.meeting) {
      const at = new Date(body.meeting.at);
      const where = body.meeting.location ?? '';
      return {
        patch: { meetingAt: at, meetingMode: body.meeting.mode, meetingLocation: body.meeting.location ?? null },
        data: { meeting: { at: at.toISOString(), mode: body.meeting.mode, location: body.meeting.location ?? null } },
        detail: {
          'zh-CN': `会面时间：${shanghaiTime(at)}（北京时间），${body.meeting.mode === 'online' ? '线上' : '线下'}${where ? `：${where}` : ''}`,
          en: `Meeting: ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${body.meeting.mode === 'online' ? 'online' : 'in person'}${where ? `: ${where}` : ''}`,
        },
      };
    }
    if (body.to === 'agreement_signed' && body.agreement) {
      const signedAt = body.agreement.signedAt ? new Date(body.agreement.signedAt) : this.clock.now();
      const value = body.agreement.contractValue ?? null;
      return {
        patch: { agreementType: body.agreement.type, contractValue: value === null ? null : String(value), signedAt },
        data: { agreement: { type: body.agreement.type, contractValue: value, signedAt: signedAt.toISOString() } },
        detail: value === null ? null : { 'zh-CN': `合同金额：${value} 元`, en: `Contract value: CNY ${value}` },
      };
    }
    return { patch: {}, data: null, detail: null };
  }
}
