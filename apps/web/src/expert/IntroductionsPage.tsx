import { Alert, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call, int } from '@web/api/client';
import { EngagementTable } from '@web/engagements/EngagementTable';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';

/** Introductions and engagements the expert takes part in; those waiting for an answer first. */
export default function IntroductionsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<'awaiting' | 'all'>('awaiting');
  const list = useLoad(
    () =>
      call(
        api.GET('/api/v1/engagements', {
          params: { query: { awaitingMe: filter === 'awaiting' ? 'true' : undefined, limit: int(100) } },
        }),
      ),
    [filter],
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('expert.introductions')}
        </Typography.Title>
        <Segmented
          aria-label={t('review.filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'awaiting', label: t('expert.awaitingMe') },
            { value: 'all', label: t('review.all') },
          ]}
        />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <EngagementTable items={list.data?.items ?? []} loading={list.loading} />
    </Space>
  );
}
