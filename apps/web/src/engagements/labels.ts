import type { Translate } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/i18n';

/** Names of engagement stages, origins, responses and decline reasons in the current language. */
const named = (t: Translate, prefix: string, code: string | null | undefined) => {
  if (!code) return '';
  const key = `${prefix}.${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
};

export const stageLabel = (t: Translate, code: string | null | undefined) => named(t, 'stage', code);
export const originLabel = (t: Translate, code: string | null | undefined) => named(t, 'origin', code);
export const responseLabel = (t: Translate, code: string | null | undefined) => named(t, 'response', code);
export const declineLabel = (t: Translate, code: string | null | undefined) => named(t, 'decline', code);
/** Why an engagement closed: the system's codes ("declined", "expired") in words; a coordinator's own text as written. */
export const closeReasonLabel = (t: Translate, text: string | null | undefined) => named(t, 'timeline.because', text);

export const STAGE_COLORS: Record<string, string> = {
  requested: 'gold',
  introduced: 'blue',
  accepted: 'cyan',
  meeting_scheduled: 'geekblue',
  negotiating: 'purple',
  agreement_signed: 'green',
  completed: 'success',
  closed: 'default',
};
