/** The steps of the funnel, in order: how many of the period's needs got that far. */
export const FUNNEL_STEPS = [
  'posted',
  'reviewed',
  'published',
  'matched',
  'introduced',
  'acceptedByBoth',
  'meeting',
  'agreementSigned',
  'completed',
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export type StepCounts = Record<FunnelStep, number>;

export const STEP_WORDS: Record<FunnelStep, { 'zh-CN': string; en: string }> = {
  posted: { 'zh-CN': '发布需求', en: 'Needs posted' },
  reviewed: { 'zh-CN': '已审核', en: 'Reviewed' },
  published: { 'zh-CN': '已上线', en: 'Published' },
  matched: { 'zh-CN': '有强匹配', en: 'Strongly matched' },
  introduced: { 'zh-CN': '已引荐', en: 'Introduced' },
  acceptedByBoth: { 'zh-CN': '双方接受', en: 'Accepted by both' },
  meeting: { 'zh-CN': '已会面', en: 'Met' },
  agreementSigned: { 'zh-CN': '已签约', en: 'Agreement signed' },
  completed: { 'zh-CN': '已完成', en: 'Completed' },
};

export interface StepConversion {
  from: FunnelStep;
  to: FunnelStep;
  /** to ÷ from, four decimals; null when nothing reached `from`. */
  rate: number | null;
}

/** The share of each step's needs that reached the next one. */
export function conversions(counts: StepCounts): StepConversion[] {
  return FUNNEL_STEPS.slice(1).map((to, i) => {
    const from = FUNNEL_STEPS[i];
    return { from, to, rate: counts[from] ? Math.round((counts[to] / counts[from]) * 10000) / 10000 : null };
  });
}
