import { ChallengeRoles, runs } from './challenge-access';
import { ChallengeStatus, Criterion, effectiveStatus, MilestoneStatus } from './challenge-rules';
import { ChallengeMilestone } from './entities/challenge-milestone.entity';
import { Challenge } from './entities/challenge.entity';

const money = (v: string | null) => (v === null ? null : Number(v));

export interface ChallengeSummary {
  id: string;
  title: string;
  status: ChallengeStatus;
  enterpriseName: string;
  regionCode: string | null;
  fields: string[];
  deadline: Date;
  /** Milliseconds until the deadline (0 once passed), on the platform clock. */
  remainingMs: number;
  rewardMin: number | null;
  rewardMax: number | null;
  eligibleKinds: string[];
}

export interface MilestoneView {
  id: string;
  seq: number;
  title: string;
  acceptanceCriteria: string;
  dueAt: Date;
  status: MilestoneStatus;
  overdue: boolean;
  /** Evidence and review notes: for those who run the challenge and the winner only. */
  evidence?: { name: string; url: string }[];
  submissionNote?: string | null;
  submittedAt?: Date | null;
  reviewNote?: string | null;
  acceptedAt?: Date | null;
}

export interface ChallengeView extends ChallengeSummary {
  needId: string;
  callText: string;
  eligibleRegions: string[];
  minQualifications: string | null;
  criteria: Criterion[];
  milestones: MilestoneView[];
  applicationCount: number;
  /** How the caller takes part: coordinator, enterprise, reviewer, applicant, winner. */
  viewerRoles: string[];
  myApplicationIds: string[];
  /** For those who run it: how many providers to invite, why the enterprise returned it. */
  inviteCount?: number;
  returnReason?: string | null;
  award: { providerName: string | null; awardedAt: Date | null; applicationId?: string; reason?: string | null } | null;
  openedAt: Date | null;
  closedAt: Date | null;
  /** Once awarded, for the enterprise, the coordinators in charge and the winner: how to reach each other. */
  contacts?: ChallengeContacts | null;
}

export interface ChallengeContacts {
  provider: { name: string; email: string | null; phone: string | null };
  enterprise: { displayName: string; email: string | null }[];
}

export function summaryOf(c: Challenge, now: Date, enterpriseName: string): ChallengeSummary {
  return {
    id: c.id,
    title: c.title,
    status: effectiveStatus(c, now),
    enterpriseName,
    regionCode: c.regionCode,
    fields: c.fields,
    deadline: c.deadline,
    remainingMs: Math.max(0, c.deadline.getTime() - now.getTime()),
    rewardMin: money(c.rewardMin),
    rewardMax: money(c.rewardMax),
    eligibleKinds: c.eligibleKinds,
  };
}

export function challengeView(
  c: Challenge,
  x: {
    now: Date;
    roles: ChallengeRoles;
    milestones: ChallengeMilestone[];
    applicationCount: number;
    myApplicationIds: string[];
    isWinner: boolean;
    winnerName: string | null;
    enterpriseName: string;
    contacts: ChallengeContacts | null;
  },
): ChallengeView {
  const runner = runs(x.roles);
  const insider = runner || x.isWinner;
  const viewerRoles = [
    ...(x.roles.coordinator ? ['coordinator'] : []),
    ...(x.roles.enterprise ? ['enterprise'] : []),
    ...(x.roles.reviewer ? ['reviewer'] : []),
    ...(x.myApplicationIds.length ? ['applicant'] : []),
    ...(x.isWinner ? ['winner'] : []),
  ];
  return {
    ...summaryOf(c, x.now, x.enterpriseName),
    needId: c.needId,
    callText: c.callText,
    eligibleRegions: c.eligibleRegions,
    minQualifications: c.minQualifications,
    criteria: c.criteria,
    milestones: x.milestones.map((ms) => ({
      id: ms.id,
      seq: ms.seq,
      title: ms.title,
      acceptanceCriteria: ms.acceptanceCriteria,
      dueAt: ms.dueAt,
      status: ms.status,
      overdue: c.status === 'in_progress' && ms.status !== 'accepted' && ms.dueAt.getTime() < x.now.getTime(),
      ...(insider
        ? {
            evidence: ms.evidence,
            submissionNote: ms.submissionNote,
            submittedAt: ms.submittedAt,
            reviewNote: ms.reviewNote,
            acceptedAt: ms.acceptedAt,
          }
        : {}),
    })),
    applicationCount: x.applicationCount,
    viewerRoles,
    myApplicationIds: x.myApplicationIds,
    ...(runner ? { inviteCount: c.inviteCount, returnReason: c.returnReason } : {}),
    award: c.awardedApplicationId
      ? {
          providerName: x.winnerName,
          awardedAt: c.awardedAt,
          ...(insider ? { applicationId: c.awardedApplicationId, reason: c.awardReason } : {}),
        }
      : null,
    openedAt: c.openedAt,
    closedAt: c.closedAt,
    ...(insider && c.awardedApplicationId ? { contacts: x.contacts } : {}),
  };
}
