import { useEffect, useState } from 'react';
import { Tag } from 'antd';
import type { components } from '@web/api/schema';
import { waited } from '@web/components/duration';
import { useI18n } from '@web/i18n/i18n';

export type ChallengeSummary = components['schemas']['ChallengeSummaryDto'];
export type Challenge = components['schemas']['ChallengeDto'];
export type Application = components['schemas']['ApplicationDto'];
export type RankingItem = components['schemas']['RankingItemDto'];
export type MyProvider = components['schemas']['MyProviderDto'];
export type Milestone = components['schemas']['MilestoneDto'];

const STATUS_COLOURS: Record<string, string> = {
  open: 'green',
  evaluation: 'gold',
  in_progress: 'blue',
  closed: 'default',
  awaiting_approval: 'purple',
  draft: 'orange',
};

export function ChallengeStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOURS[status]}>{t(`challenge.status.${status}` as never)}</Tag>;
}

/** The reward range in 万元 (CNY 10,000), as the calls are written. */
export function useReward() {
  const { t } = useI18n();
  return (min: number | null, max: number | null) => {
    if (min === null && max === null) return t('challenge.rewardNone');
    const wan = (n: number | null) => (n === null ? '—' : String(Math.round(n / 100) / 100));
    return t('challenge.rewardRange', { min: wan(min), max: wan(max) });
  };
}

/** Time left until the deadline, ticking each minute from the API's `remainingMs` (the platform clock). */
export function Countdown({ remainingMs }: { remainingMs: number }) {
  const { t } = useI18n();
  const [since] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60000);
    return () => clearInterval(timer);
  }, []);
  const left = remainingMs - (now - since);
  if (left <= 0) return <Tag>{t('challenge.closedForApplications')}</Tag>;
  return (
    <Tag color={left < 3 * 86400000 ? 'red' : 'blue'} data-testid="countdown">
      {t('challenge.remaining', { time: waited(t, Math.floor(left / 1000)) })}
    </Tag>
  );
}
