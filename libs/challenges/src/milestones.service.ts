import { AuditService } from '@app/audit';
import { DomainError, Clock } from '@app/common';
import { Actor } from '@app/identity';
import { ListingsReads } from '@app/listings';
import { JobDispatcher } from '@app/queue';
import { ReminderScheduler } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { loadChallenge, speaksForProvider, wrongStatus } from './challenge-access';
import { ChallengeNotices } from './challenge-notices';
import { ChallengesService } from './challenges.service';
import { ChallengeView } from './challenge-view';
import { MilestoneReviewInput, MilestoneSubmissionInput, ReasonInput } from './dto/challenges.dto';
import { ChallengeApplication } from './entities/challenge-application.entity';
import { ChallengeMilestone } from './entities/challenge-milestone.entity';
import { Challenge } from './entities/challenge.entity';

const OUTCOME = {
  accepted: { 'zh-CN': '通过验收', en: 'accepted' },
  returned: { 'zh-CN': '退回修改', en: 'returned for rework' },
};

/**
 * After the award: the winner submits each milestone with its evidence; the enterprise accepts it (验收) or returns it.
 * The challenge closes when its last milestone is accepted.
 */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly challenges: ChallengesService,
    private readonly notices: ChallengeNotices,
    private readonly scheduler: ReminderScheduler,
    private readonly jobs: JobDispatcher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async submit(id: string, actor: Actor, input: MilestoneSubmissionInput): Promise<ChallengeView> {
    const { challengeId, emails } = await this.db.transaction(async (m) => {
      const { milestone, challenge, winner } = await this.load(m, id, actor);
      const provider = await ListingsReads.providerOrFail(m, winner.providerId);
      if (!speaksForProvider(actor, provider)) throw DomainError.forbidden();
      if (!['planned', 'returned'].includes(milestone.status))
        throw wrongStatus(milestone.status, 'submit', ['planned', 'returned']);
      const now = this.clock.now();
      Object.assign(milestone, {
        status: 'submitted',
        evidence: input.evidence.map((e) => ({ name: e.name.trim(), url: e.url.trim() })),
        submissionNote: input.note?.trim() || null,
        submittedAt: now,
        reviewNote: null,
      });
      await m.save(milestone);
      const sent = await this.notices.send(m, challenge, {
        kind: 'challenge.milestone_submitted',
        recipients: [
          ...(await this.notices.enterpriseUsers(m, challenge)),
          ...(await this.notices.coordinators(m, challenge)),
        ],
        params: {
          challengeTitle: challenge.title,
          milestoneTitle: milestone.title,
          seq: milestone.seq,
          providerName: provider.name,
        },
        dedupeKey: `challenge-milestone:${milestone.id}:submitted:${now.getTime()}`,
      });
      return { challengeId: challenge.id, emails: sent };
    });
    await this.sendMail(emails);
    return this.challenges.view(challengeId, actor);
  }

  async accept(id: string, actor: Actor, input: MilestoneReviewInput): Promise<ChallengeView> {
    return this.review(id, actor, 'accepted', input.note?.trim() || null);
  }

  async returnMilestone(id: string, actor: Actor, input: ReasonInput): Promise<ChallengeView> {
    return this.review(id, actor, 'returned', input.reason.trim());
  }

  private async review(
    id: string,
    actor: Actor,
    outcome: 'accepted' | 'returned',
    note: string | null,
  ): Promise<ChallengeView> {
    const { challengeId, emails } = await this.db.transaction(async (m) => {
      const { milestone, challenge, roles, winner } = await this.load(m, id, actor);
      if (!roles.enterprise && !actor.isAdmin) throw DomainError.forbidden();
      if (milestone.status !== 'submitted')
        throw wrongStatus(milestone.status, outcome === 'accepted' ? 'accept' : 'return', ['submitted']);
      const now = this.clock.now();
      Object.assign(milestone, {
        status: outcome,
        reviewNote: note,
        ...(outcome === 'accepted' ? { acceptedAt: now, acceptedBy: actor.userId } : {}),
      });
      await m.save(milestone);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: `challenge.milestone-${outcome}`,
          targetType: 'challenge_milestone',
          targetId: milestone.id,
          after: { challengeId: challenge.id, seq: milestone.seq, note },
        },
        m,
      );
      const recipients = [
        ...(await this.notices.providerUsers(m, winner.providerId)),
        ...(await this.notices.coordinators(m, challenge)),
      ].filter((u) => u !== actor.userId);
      const sent = await this.notices.send(m, challenge, {
        kind: 'challenge.milestone_reviewed',
        recipients,
        dedupeKey: `challenge-milestone:${milestone.id}:${outcome}:${now.getTime()}`,
        params: {
          challengeTitle: challenge.title,
          milestoneTitle: milestone.title,
          seq: milestone.seq,
          outcome: OUTCOME[outcome],
          note,
        },
      });
      if (outcome === 'accepted') {
        await this.scheduler.cancel(
          m,
          { subjectId: milestone.id, kinds: ['challenge.milestone-overdue'] },
          'milestone accepted',
        );
        sent.push(...(await this.closeIfDone(m, challenge, winner)));
      }
      return { challengeId: challenge.id, emails: sent };
    });
    await this.sendMail(emails);
    return this.challenges.view(challengeId, actor);
  }

  private async closeIfDone(m: EntityManager, challenge: Challenge, winner: ChallengeApplication): Promise<string[]> {
    const open = await m
      .createQueryBuilder(ChallengeMilestone, 'ms')
      .where('ms.challenge_id = :id and ms.status <> :accepted', { id: challenge.id, accepted: 'accepted' })
      .getCount();
    if (open) return [];
    await m.update(Challenge, { id: challenge.id }, { status: 'closed', closedAt: this.clock.now() });
    await this.audit.record(
      {
        actorId: null,
        action: 'challenge.closed',
        targetType: 'challenge',
        targetId: challenge.id,
        after: { reason: 'all milestones accepted' },
      },
      m,
    );
    return this.notices.send(m, challenge, {
      kind: 'challenge.closed',
      dedupeKey: `challenge:${challenge.id}:closed`,
      params: { challengeTitle: challenge.title },
      recipients: [
        ...(await this.notices.enterpriseUsers(m, challenge)),
        ...(await this.notices.providerUsers(m, winner.providerId)),
        ...(await this.notices.coordinators(m, challenge)),
      ],
    });
  }

  private async load(m: EntityManager, id: string, actor: Actor) {
    if (!isUUID(id)) throw DomainError.notFound('milestone');
    const milestone = await m
      .getRepository(ChallengeMilestone)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!milestone) throw DomainError.notFound('milestone');
    const { challenge, roles } = await loadChallenge(m, milestone.challengeId, actor, { lock: true });
    if (challenge.status !== 'in_progress' || !challenge.awardedApplicationId)
      throw wrongStatus(challenge.status, 'work on milestones', ['in_progress']);
    const winner = await m.findOneByOrFail(ChallengeApplication, { id: challenge.awardedApplicationId });
    return { milestone, challenge, roles, winner };
  }

  private async sendMail(emailIds: string[]): Promise<void> {
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
  }
}
