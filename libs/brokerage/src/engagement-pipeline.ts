import { DomainError } from '@app/common';

export const ENGAGEMENT_STATUSES = [
  'requested',
  'introduced',
  'accepted',
  'meeting_scheduled',
  'negotiating',
  'agreement_signed',
  'completed',
  'closed',
] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export type Side = 'enterprise' | 'provider';
export type PartyResponse = 'pending' | 'accepted' | 'declined';
export type EngagementOrigin = 'match' | 'manual' | 'enterprise_request' | 'expert_interest';

export const DECLINE_REASONS = ['not_my_field', 'no_capacity', 'terms', 'already_solved', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * The one transitions table of the pipeline:
 * requested → introduced → accepted (by both) → meeting_scheduled → negotiating → agreement_signed → completed,
 * or closed from any open stage. A meeting may be rescheduled, and negotiations may call another meeting.
 */
export const TRANSITIONS: Readonly<Record<EngagementStatus, readonly EngagementStatus[]>> = {
  requested: ['introduced', 'closed'],
  introduced: ['accepted', 'closed'],
  accepted: ['meeting_scheduled', 'closed'],
  meeting_scheduled: ['meeting_scheduled', 'negotiating', 'closed'],
  negotiating: ['meeting_scheduled', 'agreement_signed', 'closed'],
  agreement_signed: ['completed', 'closed'],
  completed: [],
  closed: [],
};

/** Stages entered through POST /engagements/{id}/transitions; the others follow from approvals and responses. */
export const MANUAL_TARGETS: readonly EngagementStatus[] = [
  'meeting_scheduled',
  'negotiating',
  'agreement_signed',
  'completed',
  'closed',
];

/** Stages reached once both sides have accepted: contact details are open, messages may be exchanged. */
export const ACCEPTED_STAGES: readonly EngagementStatus[] = [
  'accepted',
  'meeting_scheduled',
  'negotiating',
  'agreement_signed',
  'completed',
];

export const OPEN_STAGES: readonly EngagementStatus[] = ENGAGEMENT_STATUSES.filter(
  (s) => s !== 'completed' && s !== 'closed',
);

export function allowedManualTransitions(from: EngagementStatus): EngagementStatus[] {
  return TRANSITIONS[from].filter((to) => MANUAL_TARGETS.includes(to));
}

/** Throws 409 INVALID_TRANSITION naming the allowed moves (`details.allowed`) unless `from → to` is in the table. */
export function assertTransition(
  from: EngagementStatus,
  to: EngagementStatus,
  allowed: readonly EngagementStatus[] = TRANSITIONS[from],
): void {
  if (allowed.includes(to)) return;
  throw new DomainError('INVALID_TRANSITION', { from, action: to, allowed: allowed.join(', ') || '-' }, [], {
    from,
    to,
    allowed: [...allowed],
  });
}

type Words = { 'zh-CN': string; en: string };

export const STATUS_WORDS: Record<EngagementStatus, Words> = {
  requested: { 'zh-CN': '待协调员审批', en: 'awaiting the coordinator' },
  introduced: { 'zh-CN': '已引荐，待双方确认', en: 'introduced, awaiting both sides' },
  accepted: { 'zh-CN': '双方已接受', en: 'accepted by both' },
  meeting_scheduled: { 'zh-CN': '已约定会面', en: 'meeting scheduled' },
  negotiating: { 'zh-CN': '洽谈中', en: 'negotiating' },
  agreement_signed: { 'zh-CN': '已签约', en: 'agreement signed' },
  completed: { 'zh-CN': '已完成', en: 'completed' },
  closed: { 'zh-CN': '已结束', en: 'closed' },
};

export const DECLINE_WORDS: Record<DeclineReason, Words> = {
  not_my_field: { 'zh-CN': '不属于我的领域', en: 'not my field' },
  no_capacity: { 'zh-CN': '目前无暇承接', en: 'no capacity now' },
  terms: { 'zh-CN': '合作条件不合适', en: 'terms do not suit' },
  already_solved: { 'zh-CN': '问题已解决', en: 'already solved' },
  other: { 'zh-CN': '其他', en: 'other' },
};

export const SIDE_WORDS: Record<Side, Words> = {
  enterprise: { 'zh-CN': '需求方', en: 'the enterprise' },
  provider: { 'zh-CN': '服务方', en: 'the provider' },
};

export const ORIGIN_WORDS: Record<EngagementOrigin, Words> = {
  match: { 'zh-CN': '匹配推荐', en: 'suggested match' },
  manual: { 'zh-CN': '协调员引荐', en: 'introduced by hand' },
  enterprise_request: { 'zh-CN': '企业申请', en: 'enterprise request' },
  expert_interest: { 'zh-CN': '专家意向', en: 'expert interest' },
};
