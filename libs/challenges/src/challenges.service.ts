import { AuditService } from '@app/audit';
import { DomainError, Page, Clock } from '@app/common';
import { ConflictScreen } from '@app/conflicts';
import { Actor, jurisdictionsOf, IdentityReads } from '@app/identity';
import { Provider, ListingsReads, ListingsSql } from '@app/listings';
import { JobDispatcher } from '@app/queue';
import { findRegion, resolveField } from '@app/reference';
import { JurisdictionDirectory, ReminderScheduler } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { coordinatesChallenge, loadChallenge, ownProviderIds, runs, wrongStatus } from './challenge-access';
import { callContent } from './challenge-input';
import { isEligible } from './challenge-rules';
import { beijingTime, ChallengeNotices } from './challenge-notices';
import { challengeView, ChallengeView, summaryOf, ChallengeSummary } from './challenge-view';
import { BoardQuery, ChallengeInput, ReasonInput } from './dto/challenges.dto';
import { ChallengeApplication } from './entities/challenge-application.entity';
import { ChallengeInvitation } from './entities/challenge-invitation.entity';
import { ChallengeMilestone } from './entities/challenge-milestone.entity';
import { Challenge } from './entities/challenge.entity';

const DAY = 24 * 3600 * 1000;

/**
 * The call of a challenge: raised from a published need by a coordinator in charge, approved by the enterprise
 * (which opens it and invites the best-matching eligible providers), and shown on the public board.
 */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notices: ChallengeNotices,
    private readonly scheduler: ReminderScheduler,
    private readonly conflicts: ConflictScreen,
    private readonly jobs: JobDispatcher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** 张榜: a coordinator in charge drafts the call from a published need; the enterprise is asked to approve it. */
  async raise(needId: string, actor: Actor, input: ChallengeInput): Promise<ChallengeView> {
    const emails: string[] = [];
    const id = await this.db.transaction(async (m) => {
      if (!isUUID(needId)) throw DomainError.notFound('need');
      const need = await ListingsReads.need(m, needId);
      if (!need) throw DomainError.notFound('need');
      if (!coordinatesChallenge(actor, need)) throw DomainError.forbidden();
      if (need.status !== 'published')
        throw new DomainError('NEED_NOT_PUBLISHED', { status: need.status }, [], { status: need.status });
      const content = callContent(input, need, this.clock.now());
      const challenge = await m.save(
        m.create(Challenge, {
          ...content.columns,
          needId: need.id,
          organizationId: need.organizationId,
          regionCode: need.regionCode,
          stewardOrganizationId: need.stewardOrganizationId,
          status: 'awaiting_approval',
          raisedBy: actor.userId,
        }),
      );
      await m.save(content.milestones.map((ms) => m.create(ChallengeMilestone, { ...ms, challengeId: challenge.id })));
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'challenge.raised',
          targetType: 'challenge',
          targetId: challenge.id,
          after: { needId: need.id },
        },
        m,
      );
      emails.push(...(await this.askApproval(m, challenge)));
      return challenge.id;
    });
    await this.sendMail(emails);
    return this.view(id, actor);
  }

  /** The coordinator revises the call before it opens; it goes (back) to the enterprise for approval. */
  async revise(id: string, actor: Actor, input: ChallengeInput): Promise<ChallengeView> {
    const emails: string[] = [];
    await this.db.transaction(async (m) => {
      const { challenge, roles } = await loadChallenge(m, id, actor, { lock: true });
      if (!roles.coordinator) throw DomainError.forbidden();
      if (!['draft', 'awaiting_approval'].includes(challenge.status))
        throw wrongStatus(challenge.status, 'revise', ['draft', 'awaiting_approval']);
      const need = await ListingsReads.needOrFail(m, challenge.needId);
      const content = callContent(input, need, this.clock.now());
      await m.delete(ChallengeMilestone, { challengeId: challenge.id });
      await m.save(content.milestones.map((ms) => m.create(ChallengeMilestone, { ...ms, challengeId: challenge.id })));
      Object.assign(challenge, content.columns, { status: 'awaiting_approval', returnReason: null });
      await m.save(challenge);
      emails.push(...(await this.askApproval(m, challenge, `:${challenge.updatedAt.getTime()}`)));
    });
    await this.sendMail(emails);
    return this.view(id, actor);
  }

  /** The enterprise sends the call text back with its comments. */
  async returnCall(id: string, actor: Actor, body: ReasonInput): Promise<ChallengeView> {
    const emails: string[] = [];
    await this.db.transaction(async (m) => {
      const { challenge, roles } = await loadChallenge(m, id, actor, { lock: true });
      if (!roles.enterprise && !actor.isAdmin) throw DomainError.forbidden();
      if (challenge.status !== 'awaiting_approval')
        throw wrongStatus(challenge.status, 'return', ['awaiting_approval']);
      challenge.status = 'draft';
      challenge.returnReason = body.reason.trim();
      await m.save(challenge);
      emails.push(
        ...(await this.notices.send(m, challenge, {
          kind: 'challenge.returned',
          recipients: await this.notices.coordinators(m, challenge),
          dedupeKey: `challenge:${challenge.id}:returned:${challenge.updatedAt.getTime()}`,
          params: {
            challengeTitle: challenge.title,
            enterpriseName: await this.notices.enterpriseName(m, challenge),
            reason: challenge.returnReason,
          },
        })),
      );
    });
    await this.sendMail(emails);
    return this.view(id, actor);
  }

  /**
   * The enterprise approves the call text: the call opens, the best-matching eligible providers of the need's match
   * list are invited (with the reasons they matched), and the deadline reminders are set.
   */
  async approve(id: string, actor: Actor): Promise<ChallengeView> {
    const emails: string[] = [];
    const reminderIds: string[] = [];
    await this.db.transaction(async (m) => {
      const { challenge, roles } = await loadChallenge(m, id, actor, { lock: true });
      if (!roles.enterprise && !actor.isAdmin) throw DomainError.forbidden();
      if (challenge.status !== 'awaiting_approval')
        throw wrongStatus(challenge.status, 'approve', ['awaiting_approval']);
      const now = this.clock.now();
      if (challenge.deadline.getTime() <= now.getTime())
        throw DomainError.validation([{ field: 'deadline', constraint: 'notPast' }]);
      Object.assign(challenge, { status: 'open', approvedBy: actor.userId, openedAt: now, returnReason: null });
      await m.save(challenge);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'challenge.approved',
          targetType: 'challenge',
          targetId: challenge.id,
          after: { deadline: challenge.deadline.toISOString() },
        },
        m,
      );
      emails.push(...(await this.invite(m, challenge)));
      reminderIds.push(...(await this.scheduleDeadline(m, challenge, now)));
    });
    await this.scheduler.wake(reminderIds).catch(() => undefined);
    await this.sendMail(emails);
    return this.view(id, actor);
  }

  async view(id: string, actor: Actor | null): Promise<ChallengeView> {
    const m = this.db.manager;
    const { challenge, roles } = await loadChallenge(m, id, actor);
    const milestones = await m.find(ChallengeMilestone, { where: { challengeId: id }, order: { seq: 'ASC' } });
    const applications = await m.find(ChallengeApplication, {
      where: { challengeId: id },
      select: ['id', 'providerId', 'status'],
    });
    const mine = await ownProviderIds(
      m,
      actor,
      applications.map((a) => a.providerId),
    );
    const awarded = applications.find((a) => a.id === challenge.awardedApplicationId) ?? null;
    const winner = awarded ? await ListingsReads.provider(m, awarded.providerId) : null;
    const isWinner = !!awarded && mine.has(awarded.providerId);
    const contacts =
      winner && (runs(roles) || isWinner)
        ? {
            provider: { name: winner.name, email: winner.contactEmail, phone: winner.contactPhone },
            enterprise: await IdentityReads.memberContacts(m, challenge.organizationId),
          }
        : null;
    return challengeView(challenge, {
      now: this.clock.now(),
      roles,
      milestones,
      applicationCount: applications.length,
      myApplicationIds: applications.filter((a) => mine.has(a.providerId)).map((a) => a.id),
      isWinner,
      winnerName: winner?.name ?? null,
      contacts,
      enterpriseName: await this.notices.enterpriseName(m, challenge),
    });
  }

  /** The public board: calls taking applications (or every public call), by field and region, soonest deadline first. */
  async board(query: BoardQuery): Promise<Page<ChallengeSummary>> {
    const now = this.clock.now();
    const qb = this.db.getRepository(Challenge).createQueryBuilder('c');
    if (query.phase === 'all') qb.where(`c.status in ('open', 'evaluation', 'in_progress', 'closed')`);
    else qb.where(`c.status = 'open' and c.deadline > :now`, { now });
    if (query.field) {
      const field = resolveField(query.field.trim());
      if (!field)
        throw DomainError.validation([{ field: 'field', constraint: 'isField', params: { value: query.field } }]);
      qb.andWhere(`exists (select 1 from unnest(c.fields) f where f = :code or f like :prefix)`, {
        code: field.code,
        prefix: `${field.code}.%`,
      });
    }
    if (query.region) {
      const region = findRegion(query.region.trim());
      if (!region)
        throw DomainError.validation([{ field: 'region', constraint: 'isRegion', params: { value: query.region } }]);
      qb.andWhere('c.region_code = any(:regions)', { regions: JurisdictionDirectory.regionsWithin(region.code) });
    }
    const [rows, total] = await qb
      .orderBy('c.deadline', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    const names = await this.enterpriseNames(rows.map((r) => r.organizationId));
    return {
      items: rows.map((c) => summaryOf(c, now, names.get(c.organizationId) ?? '')),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Challenges the caller runs (enterprise member or coordinator in charge), including those not yet public. */
  async mine(actor: Actor): Promise<ChallengeSummary[]> {
    const organizations = actor.memberships.map((ms) => ms.organizationId);
    const regions = jurisdictionsOf(actor).flatMap((code) => JurisdictionDirectory.regionsWithin(code));
    const qb = this.db.getRepository(Challenge).createQueryBuilder('c').orderBy('c.created_at', 'DESC').take(200);
    if (!actor.isAdmin) {
      qb.where(
        'c.organization_id = any(:organizations) or c.steward_organization_id = any(:organizations) or c.region_code = any(:regions)',
        { organizations, regions },
      );
    }
    const own = await qb.getMany();
    const now = this.clock.now();
    const names = await this.enterpriseNames(own.map((r) => r.organizationId));
    return own.map((c) => summaryOf(c, now, names.get(c.organizationId) ?? ''));
  }

  /** The providers invited when the call opened, with why they matched (for those who run the challenge). */
  async invitations(id: string, actor: Actor) {
    const m = this.db.manager;
    const { roles } = await loadChallenge(m, id, actor);
    if (!runs(roles)) throw DomainError.forbidden();
    const rows: {
      provider_id: string;
      name: string;
      kind: string;
      score: number;
      reasons: unknown;
      applied: boolean;
    }[] = await m.query(
      `select i.provider_id, p.name, p.kind, i.score, i.reasons,
              exists (select 1 from challenge_applications a where a.challenge_id = i.challenge_id and a.provider_id = i.provider_id) as applied
         from challenge_invitations i join ${ListingsSql.providers} p on p.id = i.provider_id where i.challenge_id = $1 order by i.score desc`,
      [id],
    );
    return rows.map((r) => ({
      providerId: r.provider_id,
      name: r.name,
      kind: r.kind,
      score: r.score,
      reasons: r.reasons,
      applied: r.applied,
    }));
  }

  private async askApproval(m: EntityManager, challenge: Challenge, revision = ''): Promise<string[]> {
    return this.notices.send(m, challenge, {
      kind: 'challenge.approval_requested',
      recipients: await this.notices.enterpriseUsers(m, challenge),
      params: { challengeTitle: challenge.title },
      dedupeKey: `challenge:${challenge.id}:approval${revision}`,
    });
  }

  /**
   * The best-matching eligible providers from the need's match list, as many as the coordinator asked for; a provider
   * with an unresolved conflict of interest with the enterprise is passed over.
   */
  private async invite(m: EntityManager, challenge: Challenge): Promise<string[]> {
    if (!challenge.inviteCount) return [];
    const candidates: (Provider & { score: number; reasons: { summary?: { 'zh-CN': string; en: string } } })[] =
      await m.query(
        `select p.id, p.kind, p.region_code as "regionCode", p.available, x.score, x.reasons
         from matches x join ${ListingsSql.providers} p on p.id = x.provider_id where x.need_id = $1 order by x.score desc, p.id limit 500`,
        [challenge.needId],
      );
    const eligible = candidates.filter((p) => p.available && isEligible(challenge, p));
    const conflicted = await this.conflicts.screen(
      m,
      { id: challenge.needId, organizationId: challenge.organizationId },
      eligible.map((p) => p.id),
    );
    const chosen = eligible
      .filter((p) => {
        const c = conflicted.get(p.id);
        return !c || c.override;
      })
      .slice(0, challenge.inviteCount);
    if (!chosen.length) return [];
    const fallback = { 'zh-CN': '研究方向与需求高度契合', en: 'their work fits the need closely' };
    await m
      .createQueryBuilder()
      .insert()
      .into(ChallengeInvitation)
      .values(
        chosen.map((p) => ({
          challengeId: challenge.id,
          providerId: p.id,
          score: p.score,
          reasons: p.reasons?.summary ?? fallback,
        })),
      )
      .orIgnore()
      .execute();
    const enterpriseName = await this.notices.enterpriseName(m, challenge);
    const emails: string[] = [];
    for (const p of chosen) {
      emails.push(
        ...(await this.notices.send(m, challenge, {
          kind: 'challenge.invited',
          recipients: await this.notices.providerUsers(m, p.id),
          dedupeKey: `challenge:${challenge.id}:invited:${p.id}`,
          params: {
            challengeTitle: challenge.title,
            enterpriseName,
            reasons: p.reasons?.summary ?? fallback,
            deadline: beijingTime(challenge.deadline),
          },
        })),
      );
    }
    return emails;
  }

  /** A reminder three days before the deadline (or halfway, for a shorter call) and one at the deadline itself. */
  private async scheduleDeadline(m: EntityManager, challenge: Challenge, now: Date): Promise<string[]> {
    const span = challenge.deadline.getTime() - now.getTime();
    const soon = new Date(challenge.deadline.getTime() - Math.min(3 * DAY, span / 2));
    const payload = { deadline: challenge.deadline.toISOString() };
    return this.scheduler.schedule(m, [
      {
        kind: 'challenge.deadline-soon',
        subjectType: 'challenge',
        subjectId: challenge.id,
        dueAt: soon,
        dedupeKey: `challenge:${challenge.id}:deadline-soon:${payload.deadline}`,
        payload,
      },
      {
        kind: 'challenge.deadline',
        subjectType: 'challenge',
        subjectId: challenge.id,
        dueAt: challenge.deadline,
        dedupeKey: `challenge:${challenge.id}:deadline:${payload.deadline}`,
        payload,
      },
    ]);
  }

  private async enterpriseNames(ids: string[]): Promise<Map<string, string>> {
    return IdentityReads.organizationNames(this.db.manager, ids);
  }

  private async sendMail(emailIds: string[]): Promise<void> {
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
  }
}
