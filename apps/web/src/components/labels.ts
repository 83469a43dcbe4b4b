import type { MessageKey, Translate } from '@web/i18n/i18n';

/** Names of the API's codes in the current language; an unknown code shows as it is. */
export const COOPERATION_MODES = [
  'joint_rnd',
  'tech_transfer',
  'consulting',
  'training',
  'shared_equipment',
  'other',
] as const;
export const PROVIDER_KINDS = ['expert', 'society', 'workstation'] as const;

function named(t: Translate, prefix: string, code: string | null | undefined): string {
  if (!code) return '';
  const key = `${prefix}.${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
}

export const modeLabel = (t: Translate, code: string | null | undefined) => named(t, 'mode', code);
export const statusLabel = (t: Translate, code: string | null | undefined) => named(t, 'status', code);
export const providerKindLabel = (t: Translate, code: string | null | undefined) => named(t, 'providerKind', code);
export const facetLabel = (t: Translate, code: string) => named(t, 'facet', code);

export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  returned: 'warning',
  closed: 'default',
  expired: 'default',
  resolved: 'purple',
};
