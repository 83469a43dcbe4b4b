import { ListingsReads } from '@app/listings';
import { AuditService } from '@app/audit';
import { DomainError, Clock } from '@app/common';
import { ConflictScreen } from '@app/conflicts';
import { Actor, IdentityReads, IdentitySql } from '@app/identity';
import { JobDispatcher } from '@app/queue';
import { ReminderScheduler } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ChallengeRoles, loadApplication, loadChallenge, ownProviderIds, wrongStatus } from './challenge-access';
import { ChallengeNotices } from './challenge-notices';
import {
  checkScores,
  effectiveStatus,
  EvaluatorRole,
  rankApplications,
  UNSUCCESSFUL_WORDS,
  UnsuccessfulReason,
  weightedTotal,
} from './challenge-rules';
import { AwardInput, DeclarationInput, ReviewerInput, ScoreInput, ShortlistInput } from './dto/challenges.dto';
import { ChallengeApplication } from './entities/challenge-application.entity';
import { ChallengeMilestone } from './entities/challenge-milestone.entity';
import { ChallengeReviewer } from './entities/challenge-reviewer.entity';
import { ChallengeScore } from './entities/challenge-score.entity';
import { Challenge } from './entities/challenge.entity';

export interface RankingItem {
  applicationId: string;
  provider: { id: string; name: string; kind: string };
  price: number;
  status: string;
  average: number | null;
  rank: number | null;
  scoreCount: number;
  scores: {
    scorerId: string;
    scorerName: string;
    scorerRole: string;
    weightedTotal: number;
    scores: Record<string, number>;
    comment: string | null;
  }[];
  /** For coordinators: conflicts of interest between the applicant and the enterprise, from the conflict screen. */
  conflict?: { reasons: unknown[]; overridden: boolean } | null;
}

/**
 * Evaluation after the deadline: invited reviewers (each declaring conflicts of interest first), the enterprise and the
 * coordinators score every application against the weighted criteria; ranking, shortlist, and the award with its
 * reason. Scores and the award are audited.
 */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notices: ChallengeNotices,
    private readonly scheduler: ReminderScheduler,
    private readonly screen: ConflictScreen,
    private readonly jobs: JobDispatcher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async addReviewer(challengeId: string, actor: Actor, input: ReviewerInput) {
    const emails = await this.db.transaction(async (m) => {
      const { challenge, roles } = await loadChallenge(m, challengeId, actor, { lock: true });
      if (!roles.coordinator) throw DomainError.forbidden();
      if (['in_progress', 'closed'].includes(challenge.status))
        throw wrongStatus(challenge.status, 'add a reviewer', ['awaiting_approval', 'open', 'evaluation']);
      const userId = await IdentityReads.userIdByEmail(m, input.email.trim());
      if (!userId)
        throw DomainError.validation([
          { field: 'email', constraint: 'notARegisteredUser', params: { value: input.email } },
        ]);
      await m
        .createQueryBuilder()
        .insert()
        .into(ChallengeReviewer)
        .values({ challengeId, userId: userId, invitedBy: actor.userId })
        .orIgnore()
        .execute();
      return this.notices.send(m, challenge, {
        kind: 'challenge.reviewer_invited',
        recipients: [userId],
        params: { challengeTitle: challenge.title },
        dedupeKey: `challenge:${challengeId}:reviewer:${userId}`,
      });
    });
    await this.sendMail(emails);
    return this.reviewers(challengeId, actor);
  }

  async reviewers(challengeId: string, actor: Actor) {
    const m = this.db.manager;
    const { roles } = await loadChallenge(m, challengeId, actor);
    if (!roles.coordinator && !roles.enterprise) throw DomainError.forbidden();
    const rows: {
      user_id: string;
      display_name: string;
      declared_at: Date | null;
      conflicts: string[];
      statement: string | null;
    }[] = await m.query(
      `select r.user_id, u.display_name, r.declared_at, r.conflicted_application_ids as conflicts, r.declaration_statement as statement
         from challenge_reviewers r join ${IdentitySql.users} u on u.id = r.user_id where r.challenge_id = $1 order by r.created_at`,
      [challengeId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      declaredAt: r.declared_at,
      conflictedApplicationIds: r.conflicts,
      statement: r.statement,
    }));
  }

  /** A reviewer's conflict-of-interest declaration: the applications they will neither see nor score. */
  async declare(challengeId: string, actor: Actor, input: DeclarationInput) {
    return this.db.transaction(async (m) => {
      const { challenge, roles } = await loadChallenge(m, challengeId, actor);
      if (!roles.reviewer) throw DomainError.forbidden();
      const ids = [...new Set(input.conflictedApplicationIds)];
      const found = ids.length ? await m.countBy(ChallengeApplication, { challengeId: challenge.id, id: In(ids) }) : 0;
      if (found !== ids.length)
        throw DomainError.validation([{ field: 'conflictedApplicationIds', constraint: 'notAnApplication' }]);
      await m.update(
        ChallengeReviewer,
        { id: roles.reviewer.id },
        { declaredAt: this.clock.now(), conflictedApplicationIds: ids, declarationStatement: input.statement.trim() },
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'challenge.conflict-declared',
          targetType: 'challenge',
          targetId: challenge.id,
          after: { conflictedApplicationIds: ids },
        },
        m,
      );
      return { declaredAt: this.clock.now(), conflictedApplicationIds: ids };
    });
  }

  /** One evaluator's scores of an application (replacing their earlier ones), once the deadline has passed. */
  async score(applicationId: string, actor: Actor, input: ScoreInput) {
    return this.db.transaction(async (m) => {
      const application = await loadApplication(m, applicationId);
      const { challenge, roles } = await loadChallenge(m, application.challengeId, actor, { lock: true });
      const role = this.evaluatorRole(roles, application);
      if (role === 'reviewer' && (await ownProviderIds(m, actor, [application.providerId])).size)
        throw new DomainError('CONFLICTED_REVIEWER');
      await this.persistEvaluation(m, challenge);
      const errors = checkScores(challenge.criteria, input.scores ?? {});
      if (errors.length) throw DomainError.validation(errors);
      const scores = Object.fromEntries(challenge.criteria.map((c) => [c.key, input.scores[c.key]]));
      const total = weightedTotal(challenge.criteria, scores);
      const before = await m.findOneBy(ChallengeScore, { applicationId, scorerId: actor.userId });
      await m.query(
        `insert into challenge_scores (challenge_id, application_id, scorer_id, scorer_role, scores, weighted_total, comment) values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (application_id, scorer_id) do update set scores = excluded.scores, weighted_total = excluded.weighted_total, comment = excluded.comment, scorer_role = excluded.scorer_role, updated_at = now()`,
        [challenge.id, applicationId, actor.userId, role, JSON.stringify(scores), total, input.comment?.trim() || null],
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'challenge.scored',
          targetType: 'challenge_application',
          targetId: applicationId,
          before: before ? { scores: before.scores, weightedTotal: before.weightedTotal } : null,
          after: { challengeId: challenge.id, role, scores, weightedTotal: total },
        },
        m,
      );
      return { applicationId, scorerRole: role, scores, weightedTotal: total, comment: input.comment?.trim() || null };
    });
  }

  /** Weighted totals, ranking, every evaluator's scores and the shortlist: for the enterprise and the coordinators in charge. */
  async ranking(challengeId: string, actor: Actor): Promise<RankingItem[]> {
    const m = this.db.manager;
    const { challenge, roles } = await loadChallenge(m, challengeId, actor);
    if (!roles.coordinator && !roles.enterprise) throw DomainError.forbidden();
    const applications = await m.find(ChallengeApplication, { where: { challengeId }, order: { submittedAt: 'ASC' } });
    const scoreRows: (ChallengeScore & { scorerName: string })[] = await m.query(
      `select s.application_id as "applicationId", s.scorer_id as "scorerId", s.scorer_role as "scorerRole", s.scores, s.weighted_total as "weightedTotal", s.comment,
              u.display_name as "scorerName"
         from challenge_scores s join ${IdentitySql.users} u on u.id = s.scorer_id where s.challenge_id = $1 order by s.created_at`,
      [challengeId],
    );
    const providers = await ListingsReads.providerNames(
      m,
      applications.map((a) => a.providerId),
    );
    const providerOf = new Map(providers.map((p) => [p.id, p]));
    const conflicts = roles.coordinator
      ? await this.screen.screen(
          m,
          { id: challenge.needId, organizationId: challenge.organizationId },
          applications.map((a) => a.providerId),
        )
      : null;
    const ranked = rankApplications(
      applications.map((a) => ({
        applicationId: a.id,
        totals: scoreRows.filter((s) => s.applicationId === a.id).map((s) => s.weightedTotal),
        price: Number(a.price),
        submittedAt: a.submittedAt,
      })),
    );
    return ranked.map((r) => {
      const a = applications.find((x) => x.id === r.applicationId)!;
      const conflict = conflicts?.get(a.providerId);
      return {
        applicationId: a.id,
        provider: providerOf.get(a.providerId)!,
        price: Number(a.price),
        status: a.status,
        average: r.average,
        rank: r.rank,
        scoreCount: r.scoreCount,
        scores: scoreRows
          .filter((s) => s.applicationId === a.id)
          .map((s) => ({
            scorerId: s.scorerId,
            scorerName: s.scorerName,
            scorerRole: s.scorerRole,
            weightedTotal: s.weightedTotal,
            scores: s.scores,
            comment: s.comment,
          })),
        ...(conflicts
          ? { conflict: conflict ? { reasons: conflict.reasons, overridden: !!conflict.override } : null }
          : {}),
      };
    });
  }

  /** The coordinator's shortlist (入围): exactly these applications, the others back to submitted. */
  async shortlist(challengeId: string, actor: Actor, input: ShortlistInput): Promise<RankingItem[]> {
    await this.db.transaction(async (m) => {
      const { challenge, roles } = await loadChallenge(m, challengeId, actor, { lock: true });
      if (!roles.coordinator) throw DomainError.forbidden();
      await this.persistEvaluation(m, challenge);
      const ids = [...new Set(input.applicationIds)];
      const found = await m.countBy(ChallengeApplication, { challengeId, id: In(ids) });
      if (found !== ids.length)
        throw DomainError.validation([{ field: 'applicationIds', constraint: 'notAnApplication' }]);
      await m.query(
        `update challenge_applications set status = case when id = any($2) then 'shortlisted' else 'submitted' end, updated_at = now() where challenge_id = $1`,
        [challengeId, ids],
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'challenge.shortlisted',
          targetType: 'challenge',
          targetId: challengeId,
          after: { applicationIds: ids },
        },
        m,
      );
    });
    return this.ranking(challengeId, actor);
  }

  /**
   * The award (中榜), by the enterprise or a coordinator in charge, to a shortlisted application, with the reason; the
   * others are told why they were not selected. The milestones start, with a reminder when each falls due.
   */
  async award(challengeId: string, actor: Actor, input: AwardInput) {
    const after = { emails: [] as string[], reminders: [] as string[] };
    await this.db.transaction(async (m) => {
      const { challenge, roles } = await loadChallenge(m, challengeId, actor, { lock: true });
      if (!roles.coordinator && !roles.enterprise) throw DomainError.forbidden();
      await this.persistEvaluation(m, challenge);
      const applications = await m.findBy(ChallengeApplication, { challengeId });
      const winner = applications.find((a) => a.id === input.applicationId);
      if (!winner) throw DomainError.validation([{ field: 'applicationId', constraint: 'notAnApplication' }]);
      if (winner.status !== 'shortlisted')
        throw DomainError.validation([{ field: 'applicationId', constraint: 'notShortlisted' }]);
      const codes = new Map((input.unsuccessful ?? []).map((u) => [u.applicationId, u.reasonCode]));
      const unknown = [...codes.keys()].filter((id) => id === winner.id || !applications.some((a) => a.id === id));
      if (unknown.length) throw DomainError.validation([{ field: 'unsuccessful', constraint: 'notAnApplication' }]);
      const now = this.clock.now();
      Object.assign(challenge, {
        status: 'in_progress',
        awardedApplicationId: winner.id,
        awardReason: input.reason.trim(),
        awardedAt: now,
      });
      await m.save(challenge);
      await m.update(ChallengeApplication, { id: winner.id }, { status: 'awarded' });
      const losers = applications.filter((a) => a.id !== winner.id);
      for (const a of losers)
        await m.update(
          ChallengeApplication,
          { id: a.id },
          { status: 'unsuccessful', outcomeReasonCode: codes.get(a.id) ?? 'lower_score' },
        );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'challenge.awarded',
          targetType: 'challenge',
          targetId: challenge.id,
          after: {
            applicationId: winner.id,
            providerId: winner.providerId,
            reason: challenge.awardReason,
            unsuccessful: losers.map((a) => ({ applicationId: a.id, reasonCode: codes.get(a.id) ?? 'lower_score' })),
          },
        },
        m,
      );
      // The award opens each side's contact details to the other (see ChallengeView.contacts).
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'challenge.contacts-revealed',
          targetType: 'challenge',
          targetId: challenge.id,
          after: { providerId: winner.providerId, organizationId: challenge.organizationId },
        },
        m,
      );
      after.emails.push(
        ...(await this.notifyOutcome(
          m,
          challenge,
          winner,
          losers.map((a) => ({ application: a, code: codes.get(a.id) ?? 'lower_score' })),
        )),
      );
      after.reminders.push(...(await this.scheduleMilestones(m, challenge)));
    });
    await this.scheduler.wake(after.reminders).catch(() => undefined);
    await this.sendMail(after.emails);
    return { challengeId, awardedApplicationId: input.applicationId, status: 'in_progress' as const };
  }

  /** Who scores as what: a coordinator in charge, else the enterprise, else a declared reviewer without a conflict. */
  private evaluatorRole(roles: ChallengeRoles, application: ChallengeApplication): EvaluatorRole {
    if (roles.coordinator) return 'coordinator';
    if (roles.enterprise) return 'enterprise';
    if (!roles.reviewer) throw DomainError.forbidden();
    if (!roles.reviewer.declaredAt) throw new DomainError('DECLARATION_REQUIRED');
    if (roles.reviewer.conflictedApplicationIds.includes(application.id)) throw new DomainError('CONFLICTED_REVIEWER');
    return 'reviewer';
  }

  /** Evaluation begins at the deadline: the stored status catches up if the deadline reminder has not yet run. */
  private async persistEvaluation(m: EntityManager, challenge: Challenge): Promise<void> {
    const status = effectiveStatus(challenge, this.clock.now());
    if (status !== 'evaluation') throw wrongStatus(status, 'evaluate', ['evaluation']);
    if (challenge.status !== 'evaluation') await m.update(Challenge, { id: challenge.id }, { status: 'evaluation' });
    challenge.status = 'evaluation';
  }

  private async notifyOutcome(
    m: EntityManager,
    challenge: Challenge,
    winner: ChallengeApplication,
    losers: { application: ChallengeApplication; code: UnsuccessfulReason }[],
  ): Promise<string[]> {
    const emails = await this.notices.send(m, challenge, {
      kind: 'challenge.awarded',
      recipients: await this.notices.providerUsers(m, winner.providerId),
      dedupeKey: `challenge:${challenge.id}:awarded`,
      params: { challengeTitle: challenge.title, reason: challenge.awardReason },
    });
    for (const { application, code } of losers) {
      emails.push(
        ...(await this.notices.send(m, challenge, {
          kind: 'challenge.unsuccessful',
          recipients: await this.notices.providerUsers(m, application.providerId),
          dedupeKey: `challenge:${challenge.id}:unsuccessful:${application.id}`,
          params: { challengeTitle: challenge.title, reason: UNSUCCESSFUL_WORDS[code] },
        })),
      );
    }
    return emails;
  }

  private async scheduleMilestones(m: EntityManager, challenge: Challenge): Promise<string[]> {
    const milestones = await m.findBy(ChallengeMilestone, { challengeId: challenge.id });
    return this.scheduler.schedule(
      m,
      milestones.map((ms) => ({
        kind: 'challenge.milestone-overdue' as const,
        subjectType: 'challenge_milestone',
        subjectId: ms.id,
        dueAt: ms.dueAt,
        dedupeKey: `challenge-milestone:${ms.id}:overdue:${ms.dueAt.toISOString()}`,
        payload: { challengeId: challenge.id, dueAt: ms.dueAt.toISOString() },
      })),
    );
  }

  private async sendMail(emailIds: string[]): Promise<void> {
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
  }
}
