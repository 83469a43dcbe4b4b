import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { api, call, int } from '@web/api/client';
import type { NeedView } from '@web/api/types';
import { StateTag } from '@web/components/StateTag';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';

/** The enterprise's needs in every state, with the coordinator's reason when one came back. */
export default function MyNeedsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, error, loading } = useLoad(
    () => call(api.GET('/api/v1/needs', { params: { query: { mine: true, limit: int(100) } } })),
    [],
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('enterprise.myNeeds')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/enterprise/needs/new')}>
          {t('enterprise.postNeed')}
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={error.message} />}
      <Table<NeedView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('form.title'),
            dataIndex: 'title',
            render: (title: string, need) => <Link to={`/enterprise/needs/${need.id}`}>{title}</Link>,
          },
          {
            title: t('need.state'),
            dataIndex: 'state',
            width: 140,
            render: (state: string, need) => <StateTag state={state} returned={isReturned(need)} />,
          },
          {
            title: t('need.returnReason'),
            dataIndex: 'returnReason',
            render: (_: unknown, need) => returnReasonOf(need) ?? '—',
          },
          {
            title: t('need.updatedAt'),
            dataIndex: 'updatedAt',
            width: 170,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
        ]}
      />
    </Space>
  );
}

export const returnReasonOf = (need: NeedView) =>
  (need.state === 'revision_returned'
    ? need.pendingRevision?.returnReason
    : need.state === 'draft'
      ? need.returnReason
      : null) ?? null;
export const isReturned = (need: NeedView) => !!returnReasonOf(need);
