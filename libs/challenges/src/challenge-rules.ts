import { FieldError } from '@app/common';
import { isWithin } from '@app/reference';

/**
 * The challenge's life: raised (awaiting the enterprise's approval, or returned to draft) → open for applications →
 * evaluation once the deadline passes → in progress after the award (milestones) → closed when the last is accepted.
 */
export const CHALLENGE_STATUSES = [
  'draft',
  'awaiting_approval',
  'open',
  'evaluation',
  'in_progress',
  'closed',
] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];
export const PUBLIC_STATUSES: ChallengeStatus[] = ['open', 'evaluation', 'in_progress', 'closed'];

export const APPLICATION_STATUSES = ['submitted', 'shortlisted', 'awarded', 'unsuccessful'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const MILESTONE_STATUSES = ['planned', 'submitted', 'returned', 'accepted'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const UNSUCCESSFUL_REASONS = ['lower_score', 'price', 'approach', 'schedule', 'team', 'eligibility'] as const;
export type UnsuccessfulReason = (typeof UNSUCCESSFUL_REASONS)[number];

export const UNSUCCESSFUL_WORDS: Record<UnsuccessfulReason, { 'zh-CN': string; en: string }> = {
  lower_score: { 'zh-CN': '综合评分低于中选方案', en: 'the overall score was below the winning proposal' },
  price: {
    'zh-CN': '报价超出需求方预算或性价比较低',
    en: "the price was above the enterprise's budget or less competitive",
  },
  approach: { 'zh-CN': '技术路线与需求契合度不足', en: 'the technical approach fitted the need less well' },
  schedule: { 'zh-CN': '进度安排难以满足里程碑要求', en: 'the schedule did not meet the milestones' },
  team: { 'zh-CN': '团队配置与任务要求有差距', en: 'the team did not match what the task requires' },
  eligibility: { 'zh-CN': '不完全符合揭榜资格条件', en: 'the proposal did not fully meet the eligibility conditions' },
};

export type EvaluatorRole = 'enterprise' | 'coordinator' | 'reviewer';

export interface Criterion {
  key: string;
  name: string;
  weight: number;
}
export interface Attachment {
  name: string;
  url: string;
}
export interface TeamMember {
  name: string;
  role: string;
  affiliation?: string | null;
}
export interface ScheduleItem {
  milestone: number;
  plannedDate: string;
  note?: string | null;
}

/** The status as of `now`: an open call whose deadline has passed is in evaluation, whether or not the deadline reminder ran. */
export function effectiveStatus(c: { status: ChallengeStatus; deadline: Date }, now: Date): ChallengeStatus {
  return c.status === 'open' && now.getTime() >= c.deadline.getTime() ? 'evaluation' : c.status;
}

/** Criteria with keys c1, c2 … in the order given; their weights must be whole numbers summing to 100. */
export function criteriaOf(input: { name: string; weight: number }[], errors: FieldError[]): Criterion[] {
  const total = input.reduce((sum, c) => sum + c.weight, 0);
  if (input.length && total !== 100)
    errors.push({ field: 'criteria', constraint: 'weightsSum100', params: { value: total } });
  return input.map((c, i) => ({ key: `c${i + 1}`, name: c.name.trim(), weight: c.weight }));
}

/** One evaluator's total: the weighted mean of their 0–100 scores (two decimals). */
export function weightedTotal(criteria: Criterion[], scores: Record<string, number>): number {
  const sum = criteria.reduce((acc, c) => acc + c.weight * (scores[c.key] ?? 0), 0);
  return Math.round(sum) / 100;
}

/** Every criterion scored once, 0–100; nothing else. */
export function checkScores(criteria: Criterion[], scores: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const keys = new Set(criteria.map((c) => c.key));
  for (const key of Object.keys(scores))
    if (!keys.has(key)) errors.push({ field: `scores.${key}`, constraint: 'notACriterion', params: { value: key } });
  for (const c of criteria) {
    const value = scores[c.key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100)
      errors.push({ field: `scores.${c.key}`, constraint: 'scoreRange', params: { value: c.name } });
  }
  return errors;
}

export interface RankInput {
  applicationId: string;
  totals: number[];
  price: number;
  submittedAt: Date;
}
export interface Ranked {
  applicationId: string;
  average: number | null;
  scoreCount: number;
  rank: number | null;
}

/**
 * Ranks applications by the mean of their evaluators' weighted totals, highest first; ties go to the lower price,
 * then the earlier application. Unscored applications come last, unranked.
 */
export function rankApplications(items: RankInput[]): Ranked[] {
  const withAverage = items.map((i) => ({
    ...i,
    average: i.totals.length ? Math.round((i.totals.reduce((a, b) => a + b, 0) / i.totals.length) * 100) / 100 : null,
  }));
  const scored = withAverage
    .filter((i) => i.average !== null)
    .sort((a, b) => b.average! - a.average! || a.price - b.price || a.submittedAt.getTime() - b.submittedAt.getTime());
  const unscored = withAverage.filter((i) => i.average === null);
  return [
    ...scored.map((i, n) => ({
      applicationId: i.applicationId,
      average: i.average,
      scoreCount: i.totals.length,
      rank: n + 1,
    })),
    ...unscored.map((i) => ({ applicationId: i.applicationId, average: null, scoreCount: 0, rank: null })),
  ];
}

/** Whether a provider may apply: its kind and region against the call's eligibility (empty lists: anyone). */
export function isEligible(
  c: { eligibleKinds: string[]; eligibleRegions: string[] },
  p: { kind: string; regionCode: string | null },
): boolean {
  if (c.eligibleKinds.length && !c.eligibleKinds.includes(p.kind)) return false;
  if (c.eligibleRegions.length && !(p.regionCode && c.eligibleRegions.some((r) => isWithin(p.regionCode!, r))))
    return false;
  return true;
}
