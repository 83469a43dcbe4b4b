import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { EngagementListItem } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';
import { responseLabel, STAGE_COLORS, stageLabel } from './labels';

/** Engagements as a table; each opens its page, where the invited side answers. */
export function EngagementTable({
  items,
  loading,
  showNeed = true,
}: {
  items: EngagementListItem[];
  loading?: boolean;
  showNeed?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Table<EngagementListItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      scroll={{ x: 640 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('engagement.none') }}
      columns={[
        ...(showNeed
          ? [
              {
                title: t('engagement.need'),
                dataIndex: 'needTitle',
                render: (v: string, e: EngagementListItem) => <Link to={`/engagements/${e.id}`}>{v}</Link>,
              },
            ]
          : []),
        {
          title: t('side.provider'),
          dataIndex: 'providerName',
          render: (v: string, e) => (showNeed ? v : <Link to={`/engagements/${e.id}`}>{v}</Link>),
        },
        { title: t('side.enterprise'), dataIndex: 'enterpriseName', render: (v: string | null) => v ?? '—' },
        {
          title: t('engagement.stage'),
          dataIndex: 'status',
          render: (s: string) => <Tag color={STAGE_COLORS[s]}>{stageLabel(t, s)}</Tag>,
        },
        {
          title: t('engagement.answers'),
          key: 'answers',
          render: (_, e) =>
            `${t('side.enterprise')}: ${responseLabel(t, e.enterpriseResponse)} · ${t('side.provider')}: ${responseLabel(t, e.providerResponse)}`,
        },
        {
          title: t('need.updatedAt'),
          dataIndex: 'statusChangedAt',
          render: (v: string) => dayjs(v).format('YYYY-MM-DD'),
        },
      ]}
    />
  );
}
