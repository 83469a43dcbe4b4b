import { useState } from 'react';
import { Alert, App, Button, Card, InputNumber, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { components } from '@web/api/schema';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { SavedSearchCriteria } from './SavedSearchCriteria';

type SavedSearch = components['schemas']['SavedSearchDto'];
type Frequency = SavedSearch['frequency'];

const errorText = (e: unknown) =>
  e instanceof ApiError ? [e.message, ...e.fieldErrors.map((f) => f.message)].join('：') : String(e);

/** My saved searches: change how often, pause or resume, delete; experts subscribe to needs they could solve. */
export default function SavedSearchesPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const list = useLoad(() => call(api.GET('/api/v1/saved-searches')), [lang]);
  const [busy, setBusy] = useState<string | null>(null);

  const change = async (id: string, body: { frequency?: Frequency; paused?: boolean; minScore?: number }) => {
    setBusy(id);
    try {
      await call(api.PATCH('/api/v1/saved-searches/{id}', { params: { path: { id } }, body }));
      message.success(t('alerts.updated'));
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const remove = async (id: string) => {
    try {
      await call(api.DELETE('/api/v1/saved-searches/{id}', { params: { path: { id } } }));
      message.success(t('alerts.deleted'));
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('alerts.mine')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('alerts.mineIntro')}</Typography.Text>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <Table<SavedSearch>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('alerts.empty') }}
        columns={[
          {
            title: t('alerts.name'),
            key: 'name',
            render: (_, s) => (
              <Space orientation="vertical" size={4}>
                <Space>
                  <Typography.Text strong>{s.name}</Typography.Text>
                  <Tag>{t(`alerts.kind.${s.kind}`)}</Tag>
                </Space>
                <SavedSearchCriteria criteria={s} />
              </Space>
            ),
          },
          {
            title: t('alerts.frequency'),
            key: 'frequency',
            width: 220,
            render: (_, s) => (
              <Select<Frequency>
                value={s.frequency}
                style={{ width: 200 }}
                disabled={busy === s.id}
                aria-label={t('alerts.frequency')}
                onChange={(frequency) => change(s.id, { frequency })}
                options={(['daily', 'immediate'] as const).map((f) => ({
                  value: f,
                  label: t(`alerts.frequency.${f}`),
                }))}
              />
            ),
          },
          {
            title: t('alerts.pauseToggle'),
            key: 'paused',
            width: 120,
            render: (_, s) => (
              <Switch
                checked={!s.paused}
                loading={busy === s.id}
                aria-label={t('alerts.pauseToggle')}
                checkedChildren={t('alerts.active')}
                unCheckedChildren={t('alerts.paused')}
                onChange={(on) => change(s.id, { paused: !on })}
              />
            ),
          },
          { title: t('alerts.waiting'), dataIndex: 'waiting', width: 90 },
          { title: t('alerts.delivered'), dataIndex: 'delivered', width: 90 },
          {
            key: 'actions',
            width: 90,
            render: (_, s) => (
              <Popconfirm
                title={t('alerts.deleteConfirm')}
                okText={t('alerts.delete')}
                cancelText={t('common.cancel')}
                onConfirm={() => remove(s.id)}
              >
                <Button danger type="link">
                  {t('alerts.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <ExpertAlertCard onCreated={list.reload} />
    </Space>
  );
}

function ExpertAlertCard({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [minScore, setMinScore] = useState<number>(60);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    try {
      await call(
        api.POST('/api/v1/saved-searches', {
          body: { name: t('alerts.expertName'), kind: 'matches', minScore, frequency: 'daily' },
        }),
      );
      setError(null);
      message.success(t('alerts.saved'));
      onCreated();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Card size="small" title={t('alerts.expertTitle')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('alerts.expertIntro')}</Typography.Text>
        {error && <Alert type="warning" showIcon title={error} />}
        <Space wrap>
          <span>{t('alerts.minScore')}</span>
          <InputNumber
            min={0}
            max={100}
            value={minScore}
            onChange={(v) => setMinScore(v ?? 60)}
            aria-label={t('alerts.minScore')}
          />
          <Button type="primary" onClick={create}>
            {t('alerts.expertCreate')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
