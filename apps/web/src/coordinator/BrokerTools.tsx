import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { api, call, int } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { NextCandidates } from '@web/api/types';
import { providerKindLabel } from '@web/components/labels';
import { MatchCard } from '@web/components/MatchCard';
import { useI18n } from '@web/i18n/i18n';
import { MatchActions } from './MatchActions';

/** Introduces any provider found by search (not only a suggested match): POST /needs/{id}/introductions. */
export function IntroduceOther({ needId, onDone }: { needId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ providerId?: string; note?: string }>();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  const search = async (q: string) => {
    const ticket = ++latest.current;
    if (!q.trim()) {
      setOptions([]);
      return;
    }
    const found = await call(api.GET('/api/v1/search/providers', { params: { query: { q, limit: int(10) } } })).catch(
      () => null,
    );
    if (ticket !== latest.current || !found) return;
    setOptions(
      found.items.map((h) => ({
        value: h.id,
        label: [h.title, providerKindLabel(t, h.providerType), h.affiliation].filter(Boolean).join(' · '),
      })),
    );
  };

  const introduce = async () => {
    const { providerId, note } = form.getFieldsValue();
    if (!providerId) return;
    setBusy(true);
    setFailure(null);
    try {
      const engagement = await call(
        api.POST('/api/v1/needs/{id}/introductions', {
          params: { path: { id: needId } },
          body: { providerId, ...(note?.trim() ? { note } : {}) },
        }),
      );
      message.success(t('match.done.approve', { name: engagement.provider.name }));
      form.resetFields();
      setOptions([]);
      onDone();
    } catch (err) {
      setFailure(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('broker.introduceOther')} data-testid="introduce-other">
      <Typography.Paragraph type="secondary">{t('broker.introduceOtherHint')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} name="introduce-other" layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item name="providerId" label={t('broker.searchProvider')}>
          <Select
            showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
            options={options}
            allowClear
            notFoundContent={null}
          />
        </Form.Item>
        <Form.Item name="note" label={t('match.noteToBoth')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={introduce}>
          {t('broker.introduce')}
        </Button>
      </Form>
    </Card>
  );
}

/** After a decline or an expiry: the best matches not yet introduced, removed or marked not a fit. */
export function NextCandidates({
  needId,
  engagementOf,
  onDone,
}: {
  needId: string;
  engagementOf: (providerId: string) => string | undefined;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [list, setList] = useState<NextCandidates | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = async () => {
    setFailure(null);
    try {
      setList(
        await call(
          api.GET('/api/v1/needs/{id}/next-candidates', { params: { path: { id: needId }, query: { limit: int(5) } } }),
        ),
      );
    } catch (err) {
      setFailure(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <Card
      size="small"
      title={t('broker.nextTitle')}
      data-testid="next-candidates-list"
      extra={
        <Button onClick={load} data-testid="load-next-candidates">
          {t('broker.nextCandidates')}
        </Button>
      }
    >
      {failure && <Alert type="error" showIcon title={failure} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {list?.items.map((m, i) => (
          <MatchCard
            key={m.providerId}
            testId="next-candidate"
            rank={i + 1}
            title={m.name}
            subtitle={<Tag color="blue">{providerKindLabel(t, m.providerType)}</Tag>}
            score={m.score}
            reasons={m.reasons}
            actions={
              <MatchActions
                needId={needId}
                providerId={m.providerId}
                providerName={m.name}
                engagementId={engagementOf(m.providerId)}
                onDone={() => {
                  onDone();
                  void load();
                }}
              />
            }
          />
        ))}
        {list && !list.items.length && <Typography.Text type="secondary">—</Typography.Text>}
      </Space>
    </Card>
  );
}
