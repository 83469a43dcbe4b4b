import { Tag } from 'antd';
import { useI18n } from '@web/i18n/i18n';

const COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  revision_submitted: 'processing',
  revision_returned: 'warning',
  closed: 'default',
  expired: 'default',
  resolved: 'purple',
};

/** A listing's lifecycle state (草稿, 待审核, 已发布, 修改待审核 …). */
export function StateTag({ state, returned }: { state: string; returned?: boolean }) {
  const { t } = useI18n();
  if (returned) return <Tag color="warning">{t('state.returned')}</Tag>;
  return <Tag color={COLORS[state] ?? 'default'}>{t(`state.${state}` as Parameters<typeof t>[0])}</Tag>;
}
