import { Clock } from '@app/common';
import { JurisdictionDirectory, ReminderScheduler, ReminderSettingsService } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EngagementEvent } from './entities/engagement-event.entity';
import { Engagement } from './entities/engagement.entity';
import { EngagementContext } from './engagement-context';
import { assertTransition, EngagementStatus, TRANSITIONS } from './engagement-pipeline';
import { recordEvent } from './engagement-records';
import { followUpPlan, invitationPlan, INVITATION_KINDS, meetingPlan } from './reminders/engagement-reminder-plans';

export interface TransitionRequest {
  to: EngagementStatus;
  actorId: string | null;
  /** 'coordinator', 'enterprise', 'provider', or null for the platform itself. */
  actorRole: string | null;
  reason?: string | null;
  /** Details recorded with the transition (meeting, agreement). */
  data?: Record<string, unknown> | null;
  /** Columns that change with it. */
  patch?: Partial<Engagement>;
  /** The moves this caller may make (default: the whole table). */
  allowed?: readonly EngagementStatus[];
}

/**
 * Moves an engagement along the pipeline inside the caller's transaction: checks the move against the transitions
 * table, records who, when and why in the timeline, and keeps the reminders in step with the new stage
 * (cancelling those the move makes pointless, scheduling those it calls for). Returns the event and the reminders to wake.
 */
@Injectable()
export class EngagementTransitions {
  constructor(
    private readonly scheduler: ReminderScheduler,
    private readonly settings: ReminderSettingsService,
    private readonly directory: JurisdictionDirectory,
    private readonly clock: Clock,
  ) {}

  async apply(
    manager: EntityManager,
    ctx: EngagementContext,
    request: TransitionRequest,
  ): Promise<{ event: EngagementEvent; reminderIds: string[] }> {
    const e = ctx.engagement;
    const from = e.status;
    assertTransition(from, request.to, request.allowed ?? TRANSITIONS[from]);
    const now = this.clock.now();
    Object.assign(e, request.patch ?? {}, { status: request.to, statusChangedAt: now });
    if (request.to === 'closed') Object.assign(e, { closedAt: now, closedReason: request.reason ?? null });
    await manager.save(e);
    const event = await recordEvent(manager, {
      engagementId: e.id,
      type: 'transition',
      actorId: request.actorId,
      actorRole: request.actorRole,
      occurredAt: now,
      fromStatus: from,
      toStatus: request.to,
      body: request.reason ?? null,
      data: request.data ?? null,
    });
    const reminderIds = await this.keepRemindersInStep(manager, ctx, from, request.to);
    return { event, reminderIds };
  }

  /** Schedules the invitation reminders of a fresh introduction (for the sides yet to answer). */
  async scheduleInvitation(manager: EntityManager, ctx: EngagementContext): Promise<string[]> {
    const { periods, associationId } = await this.periodsOf(manager, ctx);
    return this.scheduler.schedule(manager, invitationPlan(ctx.engagement, periods, associationId));
  }

  private async keepRemindersInStep(
    manager: EntityManager,
    ctx: EngagementContext,
    from: EngagementStatus,
    to: EngagementStatus,
  ): Promise<string[]> {
    const e = ctx.engagement;
    if (to === 'closed' || to === 'completed') {
      // A completed engagement keeps its agreement follow-ups: they ask how the technology is doing.
      const kinds =
        to === 'closed'
          ? undefined
          : (['invitation.remind', 'invitation.escalate', 'invitation.expire', 'meeting.outcome'] as const);
      await this.scheduler.cancel(
        manager,
        { subjectId: e.id, kinds: kinds ? [...kinds] : undefined },
        `engagement ${to}`,
      );
      return [];
    }
    if (from === 'introduced')
      await this.scheduler.cancel(manager, { subjectId: e.id, kinds: INVITATION_KINDS }, `introduction ${to}`);
    if (to === 'accepted') {
      await this.scheduler.cancel(
        manager,
        { subjectId: e.needId, kinds: ['need.no-accepted-introduction'] },
        'an introduction was accepted',
      );
    }
    if (from === 'meeting_scheduled')
      await this.scheduler.cancel(manager, { subjectId: e.id, kinds: ['meeting.outcome'] }, `engagement ${to}`);
    if (to === 'introduced') return this.scheduleInvitation(manager, ctx);
    if (to === 'meeting_scheduled') {
      const { periods, associationId } = await this.periodsOf(manager, ctx);
      return this.scheduler.schedule(manager, meetingPlan(e, periods, associationId));
    }
    if (to === 'agreement_signed') {
      const { periods, associationId } = await this.periodsOf(manager, ctx);
      return this.scheduler.schedule(manager, followUpPlan(e, periods, associationId));
    }
    return [];
  }

  private async periodsOf(manager: EntityManager, ctx: EngagementContext) {
    const associationId = await this.directory.associationFor(ctx.need, manager);
    return { associationId, periods: await this.settings.periodsFor(associationId, manager) };
  }
}
