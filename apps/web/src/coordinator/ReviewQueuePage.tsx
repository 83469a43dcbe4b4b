import { useState } from 'react';
import { ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { api, call, int } from '@web/api/client';
import type { ReviewQueueItem } from '@web/api/types';
import { waited } from '@web/components/duration';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { ReviewDrawer } from './ReviewDrawer';

const OVERDUE_SECONDS = 2 * 86400;
const TYPE_COLOR: Record<string, string> = { need: 'blue', capability: 'green', provider: 'cyan' };

/** Needs, capabilities and experts' own profiles submitted in the coordinator's jurisdiction, oldest first, with how long each has waited. */
export default function ReviewQueuePage() {
  const { t } = useI18n();
  const [type, setType] = useState<'all' | 'need' | 'capability' | 'provider'>('all');
  const [open, setOpen] = useState<ReviewQueueItem | null>(null);
  const queue = useLoad(
    () =>
      call(
        api.GET('/api/v1/review/queue', {
          params: { query: { type: type === 'all' ? undefined : type, limit: int(100) } },
        }),
      ),
    [type],
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('review.title')}
        </Typography.Title>
        <Segmented
          aria-label={t('review.filter')}
          value={type}
          onChange={setType}
          options={[
            { value: 'all', label: t('review.all') },
            { value: 'need', label: t('review.needs') },
            { value: 'capability', label: t('review.capabilities') },
            { value: 'provider', label: t('review.profiles') },
          ]}
        />
      </Space>
      {queue.error && <Alert type="error" showIcon title={queue.error.message} />}
      <Table<ReviewQueueItem>
        rowKey={(item) => `${item.type}-${item.id}-${item.revision}`}
        loading={queue.loading}
        dataSource={queue.data?.items ?? []}
        scroll={{ x: 720 }}
        pagination={false}
        locale={{ emptyText: t('review.empty') }}
        columns={[
          {
            title: t('review.waiting'),
            dataIndex: 'waitingSeconds',
            width: 150,
            render: (s: number) => (
              <Typography.Text type={s > OVERDUE_SECONDS ? 'danger' : undefined}>
                <ClockCircleOutlined /> {waited(t, s)}
              </Typography.Text>
            ),
          },
          {
            title: t('review.type'),
            dataIndex: 'type',
            width: 170,
            render: (v: string, item) => (
              <Space size={4} wrap>
                <Tag color={TYPE_COLOR[v] ?? 'green'}>{t(`review.type.${item.type}`)}</Tag>
                {item.state === 'revision_submitted' && <Tag color="orange">{t('review.revision')}</Tag>}
                {item.previousReturn && (
                  <Tooltip title={`${t('review.previousReason')}${item.previousReturn.reason ?? '—'}`}>
                    <Tag color="purple" data-testid="resubmitted">
                      {t('review.resubmitted')}
                    </Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          { title: t('form.title'), dataIndex: 'title' },
          { title: t('review.owner'), dataIndex: 'ownerName', render: (v: string | null) => v ?? '—' },
          { title: t('form.region'), dataIndex: 'regionName', render: (v: string | null) => v ?? '—' },
          {
            title: '',
            key: 'open',
            width: 100,
            render: (_, item) => (
              <Button type="primary" size="small" onClick={() => setOpen(item)}>
                {t('review.open')}
              </Button>
            ),
          },
        ]}
      />
      <ReviewDrawer
        item={open}
        onClose={() => setOpen(null)}
        onDone={() => {
          setOpen(null);
          queue.reload();
        }}
      />
    </Space>
  );
}
