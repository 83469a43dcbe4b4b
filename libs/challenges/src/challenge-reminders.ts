import {
  obsolete,
  ReminderContext,
  ReminderHandler,
  ReminderHandlers,
  ReminderOf,
  ReminderOutcome,
} from '@app/reminders';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { beijingTime, ChallengeNotices, PHASE_ACTIONS } from './challenge-notices';
import { ChallengeMilestone } from './entities/challenge-milestone.entity';
import { Challenge } from './entities/challenge.entity';

const CHALLENGE_REMINDER_KINDS = [
  'challenge.deadline-soon',
  'challenge.deadline',
  'challenge.milestone-overdue',
] as const;
type ChallengeReminderKind = (typeof CHALLENGE_REMINDER_KINDS)[number];

/**
 * The reminders of a challenge: before the deadline (to invited providers who have not applied, and to applicants
 * who may still edit), at the deadline (evaluation opens), and when a milestone falls due unaccepted. Each checks,
 * in the delivery transaction, that the challenge is still where it was when the reminder was set.
 */
@Injectable()
export class ChallengeReminders implements ReminderHandler<ChallengeReminderKind>, OnModuleInit {
  readonly kinds = CHALLENGE_REMINDER_KINDS;

  constructor(
    private readonly handlers: ReminderHandlers,
    private readonly notices: ChallengeNotices,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  async deliver(
    reminder: ReminderOf<ChallengeReminderKind>,
    { manager: m, now }: ReminderContext,
  ): Promise<ReminderOutcome> {
    if (reminder.kind === 'challenge.milestone-overdue') return this.overdue(m, reminder);
    const challenge = await m
      .getRepository(Challenge)
      .findOne({ where: { id: reminder.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!challenge) return obsolete('the challenge no longer exists');
    if (challenge.status !== 'open' || challenge.deadline.toISOString() !== reminder.payload.deadline)
      return obsolete('the call moved on');
    const key = `reminder:${reminder.id}`;
    if (reminder.kind === 'challenge.deadline-soon') {
      const rows: { provider_id: string; applied: boolean }[] = await m.query(
        `select provider_id, true as applied from challenge_applications where challenge_id = $1
         union all select provider_id, false from challenge_invitations i where challenge_id = $1
           and not exists (select 1 from challenge_applications a where a.challenge_id = i.challenge_id and a.provider_id = i.provider_id)`,
        [challenge.id],
      );
      const emailIds: string[] = [];
      for (const r of rows) {
        emailIds.push(
          ...(await this.notices.send(m, challenge, {
            kind: 'challenge.deadline_soon',
            recipients: await this.notices.providerUsers(m, r.provider_id),
            dedupeKey: `${key}:${r.provider_id}`,
            channel: reminder.channel,
            params: {
              challengeTitle: challenge.title,
              deadline: beijingTime(challenge.deadline),
              action: PHASE_ACTIONS[r.applied ? 'applicant' : 'invitee'],
            },
          })),
        );
      }
      return { outcome: 'sent', emailIds };
    }
    if (now.getTime() < challenge.deadline.getTime()) return obsolete('woken before the deadline');
    await m.update(Challenge, { id: challenge.id }, { status: 'evaluation' });
    const [{ count }] = await m.query<{ count: number }[]>(
      'select count(*)::int as count from challenge_applications where challenge_id = $1',
      [challenge.id],
    );
    const emailIds = await this.notices.send(m, challenge, {
      kind: 'challenge.evaluation_open',
      recipients: await this.notices.evaluators(m, challenge),
      dedupeKey: key,
      channel: reminder.channel,
      params: { challengeTitle: challenge.title, count },
    });
    return { outcome: 'sent', emailIds };
  }

  private async overdue(
    m: EntityManager,
    reminder: ReminderOf<'challenge.milestone-overdue'>,
  ): Promise<ReminderOutcome> {
    const milestone = await m.findOneBy(ChallengeMilestone, { id: reminder.subjectId });
    if (!milestone || milestone.status === 'accepted') return obsolete('accepted meanwhile');
    if (milestone.dueAt.toISOString() !== reminder.payload.dueAt) return obsolete('the due date changed');
    const challenge = await m.findOneBy(Challenge, { id: milestone.challengeId });
    if (!challenge || challenge.status !== 'in_progress' || !challenge.awardedApplicationId)
      return obsolete('the challenge is not in progress');
    const [winner] = await m.query<{ provider_id: string }[]>(
      'select provider_id from challenge_applications where id = $1',
      [challenge.awardedApplicationId],
    );
    const emailIds = await this.notices.send(m, challenge, {
      kind: 'challenge.milestone_overdue',
      dedupeKey: `reminder:${reminder.id}`,
      channel: reminder.channel,
      recipients: [
        ...(await this.notices.providerUsers(m, winner.provider_id)),
        ...(await this.notices.coordinators(m, challenge)),
      ],
      params: {
        challengeTitle: challenge.title,
        milestoneTitle: milestone.title,
        seq: milestone.seq,
        dueAt: beijingTime(milestone.dueAt),
      },
    });
    return { outcome: 'sent', emailIds };
  }
}
