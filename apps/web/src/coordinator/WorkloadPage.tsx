import { useState } from 'react';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Form, Input, Modal, Select, Space, Table, Tag, Typography, Button } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { api, call } from '@web/api/client';
import type { components } from '@web/api/schema';
import { waited } from '@web/components/duration';
import { useLoad } from '@web/components/useLoad';
import { MessageKey } from '@web/i18n/zh-CN';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';
import { useBusy } from '../components/useBusy';

type Schemas = components['schemas'];
type Item = Schemas['WorkItemDto'];

const linkOf = (item: Item) =>
  item.itemType === 'engagement'
    ? `/engagements/${item.itemId}`
    : item.itemType === 'need'
      ? `/coordinator/needs/${item.itemId}`
      : '/coordinator/review';

/** My open items, oldest first with overdue ones flagged, and (for an association) every coordinator's load; items can be reassigned. */
export default function WorkloadPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { current } = useSession();
  const associationId = current?.organizationType === 'association' ? current.organizationId : null;
  const [assigning, setAssigning] = useState<Item | null>(null);
  const [form] = Form.useForm<{ assigneeId: string; note?: string }>();
  const mine = useLoad(() => call(api.GET('/api/v1/workload/me', {})), []);
  const team = useLoad(
    async () =>
      associationId
        ? call(api.GET('/api/v1/workload/associations/{id}', { params: { path: { id: associationId } } }))
        : null,
    [associationId],
  );

  const assign = async () => {
    const values = await form.validateFields();
    try {
      await call(
        api.POST('/api/v1/workload/assignments', {
          body: { itemType: assigning!.itemType, itemId: assigning!.itemId, ...values },
        }),
      );
      const name = team.data?.coordinators.find((c) => c.userId === values.assigneeId)?.displayName ?? '';
      message.success(t('workload.assigned', { name }));
      setAssigning(null);
      mine.reload();
      team.reload();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const [assignOnce, assignBusy] = useBusy(assign);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('workload.title')}
      </Typography.Title>
      {mine.error && <Alert type="error" showIcon title={mine.error.message} />}
      <Table<Item>
        rowKey={(i) => `${i.itemType}-${i.itemId}`}
        loading={mine.loading}
        dataSource={mine.data?.items ?? []}
        pagination={false}
        scroll={{ x: 820 }}
        locale={{ emptyText: t('workload.empty') }}
        data-testid="my-work"
        columns={[
          {
            title: t('workload.waiting'),
            dataIndex: 'waitingSeconds',
            width: 170,
            render: (s: number, i) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text type={i.overdue ? 'danger' : undefined}>
                  <ClockCircleOutlined /> {waited(t, s)}
                </Typography.Text>
                {i.overdue && (
                  <Tag color="red" icon={<WarningOutlined />} data-testid="overdue">
                    {t('workload.overdue')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('workload.item'),
            dataIndex: 'title',
            render: (title: string, i) => (
              <Space orientation="vertical" size={0}>
                <Link to={linkOf(i)}>{title}</Link>
                <span className="muted" style={{ fontSize: 12 }}>
                  {i.partyName ?? ''} · {i.regionName ?? ''}
                </span>
              </Space>
            ),
          },
          {
            title: t('workload.stage'),
            dataIndex: 'kind',
            render: (kind: string, i) => (
              <>
                <Tag>{t(`workload.kind.${kind}` as MessageKey)}</Tag>
                {i.stage}
              </>
            ),
          },
          {
            title: t('workload.awaiting'),
            dataIndex: 'awaiting',
            render: (who: string[]) => who.map((w) => t(`workload.awaiting.${w}` as MessageKey)).join('、'),
          },
          {
            title: t('workload.assignee'),
            dataIndex: 'assigneeName',
            render: (name: string | null, i) => (
              <>
                {name}
                {i.assignment === 'default' && <Tag style={{ marginLeft: 4 }}>{t('workload.default')}</Tag>}
              </>
            ),
          },
          {
            title: '',
            key: 'assign',
            width: 90,
            render: (_: unknown, i) =>
              associationId && (
                <Button
                  size="small"
                  onClick={() => {
                    form.resetFields();
                    setAssigning(i);
                  }}
                >
                  {t('workload.assign')}
                </Button>
              ),
          },
        ]}
      />
      {team.data && (
        <>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('workload.team')}
          </Typography.Title>
          <Table
            rowKey="userId"
            size="small"
            pagination={false}
            dataSource={team.data.coordinators}
            data-testid="team-load"
            scroll={{ x: 720 }}
            columns={[
              { title: t('workload.coordinator'), dataIndex: 'displayName' },
              { title: t('workload.kind.review'), dataIndex: 'review' },
              { title: t('workload.kind.introduction'), dataIndex: 'introduction' },
              { title: t('workload.kind.engagement'), dataIndex: 'engagement' },
              {
                title: t('workload.overdue'),
                dataIndex: 'overdue',
                render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0),
              },
              {
                title: t('workload.oldest'),
                dataIndex: 'oldestSince',
                render: (d: string | null) => (d ? dayjs(d).format('YYYY-MM-DD') : '—'),
              },
              {
                title: t('workload.responseTime'),
                dataIndex: 'reviewMedianSeconds90d',
                render: (s: number | null) => (s === null ? '—' : waited(t, s)),
              },
            ]}
          />
        </>
      )}
      <Modal
        open={!!assigning}
        title={`${t('workload.assign')}：${assigning?.title ?? ''}`}
        onOk={assignOnce}
        confirmLoading={assignBusy}
        onCancel={() => setAssigning(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="assigneeId"
            label={t('workload.assignTo')}
            rules={[{ required: true, message: t('workload.assignTo') }]}
          >
            <Select options={(team.data?.coordinators ?? []).map((c) => ({ value: c.userId, label: c.displayName }))} />
          </Form.Item>
          <Form.Item name="note" label={t('workload.note')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
