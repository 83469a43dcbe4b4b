import type { Translate } from '@web/i18n/i18n';

/** "2 天 3 小时" / "2 d 3 h": how long something has waited. */
export function waited(t: Translate, seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return t('duration.daysHours', { days, hours });
  if (hours > 0) return t('duration.hoursMinutes', { hours, minutes });
  return t('duration.minutes', { minutes: Math.max(minutes, 1) });
}
