import { DomainError, Clock } from '@app/common';
import { Actor } from '@app/identity';
import { Provider, ListingsReads, ListingsSql } from '@app/listings';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ChallengeRoles,
  loadApplication,
  loadChallenge,
  ownProviderIds,
  runs,
  speaksForProvider,
} from './challenge-access';
import { proposalContent } from './challenge-input';
import { effectiveStatus, isEligible, UNSUCCESSFUL_WORDS } from './challenge-rules';
import { ApplicationInput, ProposalInput } from './dto/challenges.dto';
import { ChallengeApplication } from './entities/challenge-application.entity';
import { ChallengeMilestone } from './entities/challenge-milestone.entity';
import { ChallengeScore } from './entities/challenge-score.entity';
import { Challenge } from './entities/challenge.entity';

export interface ApplicationView {
  id: string;
  challengeId: string;
  provider: { id: string; name: string; kind: string; regionCode: string | null; affiliation: string | null };
  /** Applicants see "submitted" while evaluators shortlist; the shortlist is theirs. */
  status: string;
  approach: string;
  team: unknown[];
  schedule: unknown[];
  price: number;
  attachments: unknown[];
  submittedAt: Date;
  updatedAt: Date;
  /** For the applicant once the award is made: why it was not selected. */
  outcome: { reasonCode: string; reason: { 'zh-CN': string; en: string } } | null;
  /** The caller's own scores of it, for evaluators. */
  myScore: { scores: Record<string, number>; weightedTotal: number; comment: string | null } | null;
}

export interface MyProvider {
  id: string;
  name: string;
  kind: string;
  regionCode: string | null;
  eligible: boolean;
  applicationId: string | null;
}

/**
 * Who reads applications: those who run the challenge, declared reviewers after the deadline (not their conflicts), each
 * applicant its own. `evaluator` (those who run it) also sees the shortlist.
 */
export async function visibleApplications(
  m: EntityManager,
  actor: Actor,
  challenge: Challenge,
  roles: ChallengeRoles,
  now: Date,
): Promise<{ items: ChallengeApplication[]; evaluator: boolean }> {
  const all = await m.find(ChallengeApplication, {
    where: { challengeId: challenge.id },
    order: { submittedAt: 'ASC' },
  });
  if (runs(roles)) return { items: all, evaluator: true };
  const mine = await ownProviderIds(
    m,
    actor,
    all.map((a) => a.providerId),
  );
  const own = all.filter((a) => mine.has(a.providerId));
  const reviewer = roles.reviewer;
  if (reviewer && !['draft', 'awaiting_approval', 'open'].includes(effectiveStatus(challenge, now))) {
    if (!reviewer.declaredAt)
      throw new DomainError('DECLARATION_REQUIRED', {}, [], { applicants: await applicantNames(m, all) });
    // Reviewers see no shortlist; one who also applied sees its own proposal (and may not score it, see EvaluationService).
    return {
      items: all.filter((a) => mine.has(a.providerId) || !reviewer.conflictedApplicationIds.includes(a.id)),
      evaluator: false,
    };
  }
  if (!own.length) throw DomainError.forbidden();
  return { items: own, evaluator: false };
}

/** Who applied, for a reviewer to declare conflicts against (names only, nothing of the proposals). */
async function applicantNames(m: EntityManager, applications: ChallengeApplication[]) {
  if (!applications.length) return [];
  const rows = await ListingsReads.providerNames(
    m,
    applications.map((a) => a.providerId),
  );
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return applications.map((a) => ({ applicationId: a.id, providerName: names.get(a.providerId) ?? '' }));
}

/** 揭榜: one proposal per provider, editable until the deadline. */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async apply(challengeId: string, actor: Actor, input: ApplicationInput): Promise<ApplicationView> {
    const id = await this.db.transaction(async (m) => {
      const { challenge } = await loadChallenge(m, challengeId, actor, { lock: true });
      this.assertOpen(challenge);
      const provider = isUUID(input.providerId) ? await ListingsReads.provider(m, input.providerId) : null;
      if (!provider) throw DomainError.validation([{ field: 'providerId', constraint: 'isUUID' }]);
      if (!speaksForProvider(actor, provider)) throw DomainError.forbidden();
      if (!isEligible(challenge, provider))
        throw DomainError.validation([
          { field: 'providerId', constraint: 'notEligible', params: { value: provider.name } },
        ]);
      if (await m.existsBy(ChallengeApplication, { challengeId, providerId: provider.id }))
        throw new DomainError('ALREADY_APPLIED', { name: provider.name });
      const milestones = await m.findBy(ChallengeMilestone, { challengeId });
      const content = proposalContent(input, challenge, milestones);
      const saved = await m.save(
        m.create(ChallengeApplication, {
          ...content,
          challengeId,
          providerId: provider.id,
          status: 'submitted',
          submittedBy: actor.userId,
          submittedAt: this.clock.now(),
        }),
      );
      return saved.id;
    });
    return this.get(id, actor);
  }

  async edit(id: string, actor: Actor, input: ProposalInput): Promise<ApplicationView> {
    await this.db.transaction(async (m) => {
      const application = await loadApplication(m, id, { lock: true });
      const provider = await ListingsReads.providerOrFail(m, application.providerId);
      if (!speaksForProvider(actor, provider)) throw DomainError.forbidden();
      const challenge = await m.findOneByOrFail(Challenge, { id: application.challengeId });
      this.assertOpen(challenge);
      const milestones = await m.findBy(ChallengeMilestone, { challengeId: challenge.id });
      Object.assign(application, proposalContent(input, challenge, milestones));
      await m.save(application);
    });
    return this.get(id, actor);
  }

  async list(challengeId: string, actor: Actor): Promise<ApplicationView[]> {
    const m = this.db.manager;
    const { challenge, roles } = await loadChallenge(m, challengeId, actor);
    const { items, evaluator } = await visibleApplications(m, actor, challenge, roles, this.clock.now());
    return this.views(m, items, actor, evaluator);
  }

  async get(id: string, actor: Actor): Promise<ApplicationView> {
    const m = this.db.manager;
    const application = await loadApplication(m, id);
    const { challenge, roles } = await loadChallenge(m, application.challengeId, actor);
    const { items, evaluator } = await visibleApplications(m, actor, challenge, roles, this.clock.now()).catch(
      (err: unknown) => {
        if (err instanceof DomainError && err.code === 'DECLARATION_REQUIRED') throw err;
        throw DomainError.forbidden();
      },
    );
    if (!items.some((a) => a.id === id)) throw DomainError.forbidden();
    const [view] = await this.views(m, [application], actor, evaluator);
    return view;
  }

  /** The providers the caller speaks for (their expert profile, their organisations' profiles), whether each may apply, and its application. */
  async myProviders(challengeId: string, actor: Actor): Promise<MyProvider[]> {
    const m = this.db.manager;
    const { challenge } = await loadChallenge(m, challengeId, actor);
    const orgs = actor.memberships.map((ms) => ms.organizationId);
    const rows: (Pick<Provider, 'id' | 'name' | 'kind' | 'regionCode'> & { applicationId: string | null })[] =
      await m.query(
        `select p.id, p.name, p.kind, p.region_code as "regionCode", a.id as "applicationId"
         from ${ListingsSql.providers} p left join challenge_applications a on a.provider_id = p.id and a.challenge_id = $1
        where p.user_id = $2 or p.organization_id = any($3::uuid[]) order by p.name`,
        [challenge.id, actor.userId, orgs],
      );
    return rows.map((p) => ({ ...p, eligible: isEligible(challenge, p) }));
  }

  private assertOpen(challenge: Challenge): void {
    const status = effectiveStatus(challenge, this.clock.now());
    if (status !== 'open') throw new DomainError('APPLICATIONS_CLOSED', {}, [], { status });
  }

  private async views(
    m: EntityManager,
    items: ChallengeApplication[],
    actor: Actor,
    evaluator: boolean,
  ): Promise<ApplicationView[]> {
    if (!items.length) return [];
    const providers = await ListingsReads.providers(
      m,
      items.map((a) => a.providerId),
    );
    const byId = new Map(providers.map((p) => [p.id, p]));
    const scores = await m.findBy(ChallengeScore, {
      applicationId: In(items.map((a) => a.id)),
      scorerId: actor.userId,
    });
    const scoreOf = new Map(scores.map((s) => [s.applicationId, s]));
    return items.map((a) => {
      const p = byId.get(a.providerId)!;
      const score = scoreOf.get(a.id);
      const status = !evaluator && a.status === 'shortlisted' ? 'submitted' : a.status;
      return {
        id: a.id,
        challengeId: a.challengeId,
        status,
        provider: { id: p.id, name: p.name, kind: p.kind, regionCode: p.regionCode, affiliation: p.affiliation },
        approach: a.approach,
        team: a.team,
        schedule: a.schedule,
        price: Number(a.price),
        attachments: a.attachments,
        submittedAt: a.submittedAt,
        updatedAt: a.updatedAt,
        outcome:
          a.status === 'unsuccessful' && a.outcomeReasonCode
            ? { reasonCode: a.outcomeReasonCode, reason: UNSUCCESSFUL_WORDS[a.outcomeReasonCode] }
            : null,
        myScore: score ? { scores: score.scores, weightedTotal: score.weightedTotal, comment: score.comment } : null,
      };
    });
  }
}
