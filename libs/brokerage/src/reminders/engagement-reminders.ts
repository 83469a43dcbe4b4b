import {
  obsolete,
  ReminderContext,
  ReminderHandler,
  ReminderHandlers,
  ReminderOf,
  ReminderOutcome,
  unexpectedKind,
} from '@app/reminders';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Engagement } from '../entities/engagement.entity';
import { EngagementContext, EngagementContexts } from '../engagement-context';
import { EngagementNotices } from '../engagement-notices';
import { Side, SIDE_WORDS } from '../engagement-pipeline';
import { recordLabel } from '../engagement-records';
import { EngagementTransitions } from '../engagement-transitions';

const SIDES: Side[] = ['enterprise', 'provider'];
const ENGAGEMENT_REMINDER_KINDS = [
  'invitation.remind',
  'invitation.escalate',
  'invitation.expire',
  'meeting.outcome',
  'agreement.followup',
] as const;
type EngagementReminderKind = (typeof ENGAGEMENT_REMINDER_KINDS)[number];
const other = (side: Side): Side => (side === 'enterprise' ? 'provider' : 'enterprise');
const shanghai = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(at);

/**
 * The reminders of an engagement. Each checks, inside the delivery transaction, that the engagement is still where it
 * was when the reminder was set; if it has moved on, the reminder is cancelled instead of sent.
 */
@Injectable()
export class EngagementReminders implements ReminderHandler<EngagementReminderKind>, OnModuleInit {
  readonly kinds = ENGAGEMENT_REMINDER_KINDS;

  constructor(
    private readonly handlers: ReminderHandlers,
    private readonly contexts: EngagementContexts,
    private readonly notices: EngagementNotices,
    private readonly transitions: EngagementTransitions,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  async deliver(reminder: ReminderOf<EngagementReminderKind>, { manager }: ReminderContext): Promise<ReminderOutcome> {
    const engagement = await manager
      .getRepository(Engagement)
      .findOne({ where: { id: reminder.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!engagement) return obsolete('the engagement no longer exists');
    const ctx = await this.contexts.around(manager, engagement);
    const pending = SIDES.filter(
      (s) => (s === 'enterprise' ? engagement.enterpriseResponse : engagement.providerResponse) === 'pending',
    );
    const key = `reminder:${reminder.id}`;
    const send = (input: Parameters<EngagementNotices['forReminder']>[2]) =>
      this.notices.forReminder(manager, ctx, { ...input, channel: reminder.channel });
    switch (reminder.kind) {
      case 'invitation.remind': {
        const { side } = reminder.payload;
        if (engagement.status !== 'introduced' || !pending.includes(side)) return obsolete('answered meanwhile');
        const emailIds = await send({
          kind: 'reminder.invitation_unanswered',
          recipients: await this.contexts.sideUsers(manager, ctx, side),
          dedupeKey: key,
          params: {
            needTitle: ctx.need.title,
            counterpartName: this.notices.nameOf(ctx, other(side)),
            days: reminder.payload.days,
          },
        });
        return { outcome: 'sent', emailIds };
      }
      case 'invitation.escalate': {
        if (engagement.status !== 'introduced' || !pending.length) return obsolete('answered meanwhile');
        const emailIds = await send({
          kind: 'reminder.invitation_escalated',
          recipients: await this.contexts.coordinators(manager, ctx),
          dedupeKey: key,
          params: { ...this.notices.names(ctx), days: reminder.payload.days, pendingSides: joinWords(pending) },
        });
        return { outcome: 'sent', emailIds };
      }
      case 'invitation.expire':
        if (engagement.status !== 'introduced' || !pending.length) return obsolete('answered meanwhile');
        return this.expire(manager, ctx, reminder, pending);
      case 'meeting.outcome': {
        const at = engagement.meetingAt;
        if (engagement.status !== 'meeting_scheduled' || !at || at.toISOString() !== reminder.payload.meetingAt)
          return obsolete('the meeting was updated');
        return {
          outcome: 'sent',
          emailIds: await this.toBothSides(manager, ctx, key, reminder, 'reminder.meeting_outcome', {
            meetingAt: `${shanghai(at)}`,
          }),
        };
      }
      case 'agreement.followup':
        if (engagement.status !== 'agreement_signed' && engagement.status !== 'completed')
          return obsolete('no agreement in force');
        return {
          outcome: 'sent',
          emailIds: await this.toBothSides(manager, ctx, key, reminder, 'reminder.agreement_followup', {
            days: reminder.payload.days,
          }),
        };
      default:
        return obsolete(unexpectedKind(reminder));
    }
  }

  /** Unanswered too long: the introduction closes, the coordinator is offered the next candidates, the sides are thanked. */
  private async expire(
    manager: EntityManager,
    ctx: EngagementContext,
    reminder: ReminderOf<'invitation.expire'>,
    pending: Side[],
  ): Promise<ReminderOutcome> {
    const e = ctx.engagement;
    await this.transitions.apply(manager, ctx, {
      to: 'closed',
      actorId: null,
      actorRole: null,
      reason: 'expired',
      data: { unanswered: pending },
    });
    await recordLabel(manager, {
      needId: e.needId,
      providerId: e.providerId,
      label: 'expired',
      reasonCode: pending.join(','),
      engagementId: e.id,
      createdBy: null,
    });
    const emailIds = await this.notices.forReminder(manager, ctx, {
      kind: 'reminder.invitation_expired',
      recipients: await this.contexts.coordinators(manager, ctx),
      dedupeKey: `reminder:${reminder.id}`,
      params: { ...this.notices.names(ctx), days: reminder.payload.days },
      channel: reminder.channel,
    });
    emailIds.push(...(await this.notices.notProceeding(manager, ctx, SIDES, 'expired')));
    return { outcome: 'sent', emailIds };
  }

  private async toBothSides(
    manager: EntityManager,
    ctx: EngagementContext,
    key: string,
    reminder: ReminderOf<EngagementReminderKind>,
    kind: 'reminder.meeting_outcome' | 'reminder.agreement_followup',
    params: Record<string, string | number | null>,
  ) {
    const emails: string[] = [];
    for (const side of SIDES) {
      emails.push(
        ...(await this.notices.forReminder(manager, ctx, {
          kind,
          recipients: await this.contexts.sideUsers(manager, ctx, side),
          dedupeKey: `${key}:${side}`,
          channel: reminder.channel,
          params: { needTitle: ctx.need.title, counterpartName: this.notices.nameOf(ctx, other(side)), ...params },
        })),
      );
    }
    return emails;
  }
}

function joinWords(sides: Side[]) {
  return {
    'zh-CN': sides.map((s) => SIDE_WORDS[s]['zh-CN']).join('和'),
    en: sides.map((s) => SIDE_WORDS[s].en).join(' and '),
  };
}
