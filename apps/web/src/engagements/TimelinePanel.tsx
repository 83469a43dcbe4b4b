import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { EngagementView, TimelineItem } from '@web/api/types';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { closeReasonLabel, declineLabel, responseLabel, stageLabel } from './labels';
import type { MessageKey } from '@web/i18n/i18n';

const MESSAGING_STAGES = ['accepted', 'meeting_scheduled', 'negotiating', 'agreement_signed', 'completed'];

/** Who did what and when; messages between the parties after acceptance; coordinators' internal notes (never shown to the parties). */
export function TimelinePanel({ engagement, version }: { engagement: EngagementView; version: number }) {
  const { t } = useI18n();
  const [posted, setPosted] = useState(0);
  const timeline = useLoad(
    () => call(api.GET('/api/v1/engagements/{id}/timeline', { params: { path: { id: engagement.id } } })),
    [engagement.id, version, posted],
  );
  const coordinator = engagement.viewerRoles.includes('coordinator');
  const party = engagement.viewerRoles.some((r) => r !== 'coordinator');
  const canMessage = party && MESSAGING_STAGES.includes(engagement.status);

  const describe = (item: TimelineItem) => {
    if (item.type === 'note')
      return (
        <>
          <Tag color="orange">{t('engagement.internalNote')}</Tag>
          {item.body}
        </>
      );
    if (item.type === 'agreement-confirmation')
      return (
        <>
          {t('engagement.agreementConfirmation')}
          {item.body ? ` — ${item.body}` : ''}
        </>
      );
    if (item.type === 'message')
      return (
        <>
          <Tag color="blue">{t('engagement.message')}</Tag>
          {item.body}
        </>
      );
    if (item.type === 'response' && item.data?.decision) return <TimelineResponse item={item} />;
    if (item.toStatus)
      return (
        <>
          {t('engagement.movedTo', { stage: stageLabel(t, item.toStatus) })}
          {item.body ? ` — ${closeReasonLabel(t, item.body)}` : ''}
        </>
      );
    return (
      <>
        {item.type}
        {item.body ? ` — ${item.body}` : ''}
      </>
    );
  };

  return (
    <Card size="small" title={t('engagement.timeline')}>
      {timeline.error && <Alert type="error" showIcon title={timeline.error.message} />}
      <Timeline
        items={(timeline.data?.items ?? []).map((item) => ({
          key: item.id,
          color: item.type === 'note' ? 'orange' : item.type === 'message' ? 'blue' : 'gray',
          content: (
            <div>
              <div>{describe(item)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(item.occurredAt).format('YYYY-MM-DD HH:mm')}
                {item.actorName ? ` · ${item.actorName}` : ''}
              </Typography.Text>
            </div>
          ),
        }))}
      />
      <Space orientation="vertical" style={{ width: '100%' }}>
        {canMessage && (
          <TextForm
            kind="messages"
            engagementId={engagement.id}
            label={t('engagement.writeMessage')}
            onPosted={() => setPosted((p) => p + 1)}
          />
        )}
        {coordinator && (
          <TextForm
            kind="notes"
            engagementId={engagement.id}
            label={t('engagement.writeNote')}
            onPosted={() => setPosted((p) => p + 1)}
          />
        )}
      </Space>
    </Card>
  );
}

function TextForm({
  kind,
  engagementId,
  label,
  onPosted,
}: {
  kind: 'messages' | 'notes';
  engagementId: string;
  label: string;
  onPosted: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ body: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const post = async () => {
    setFailure(null);
    const options = {
      params: { path: { id: engagementId } },
      body: { body: String(form.getFieldValue('body') ?? '') },
    };
    try {
      await call(
        kind === 'messages'
          ? api.POST('/api/v1/engagements/{id}/messages', options)
          : api.POST('/api/v1/engagements/{id}/notes', options),
      );
      form.resetFields();
      onPosted();
    } catch (err) {
      const rest = showFieldErrors(form, err, ['body']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Form form={form} layout="vertical">
      {failure && <Alert type="error" showIcon title={failure} />}
      <Form.Item name="body" label={label} style={{ marginBottom: 8 }}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button onClick={post}>{t(kind === 'messages' ? 'engagement.send' : 'engagement.addNote')}</Button>
    </Form>
  );
}

/** A side's answer in words: who answered (in person, or a coordinator after a phone call), what, and why. */
function TimelineResponse({ item }: { item: TimelineItem }) {
  const { t } = useI18n();
  const data = item.data ?? {};
  const decision =
    data.decision === 'accept' ? 'accepted' : data.decision === 'decline' ? 'declined' : String(data.decision);
  const side = data.side === 'enterprise' || data.side === 'provider' ? t(`side.${data.side}`) : '';
  const why = [
    data.reasonCode ? declineLabel(t, String(data.reasonCode)) : '',
    data.reasonText ? String(data.reasonText) : '',
  ]
    .filter(Boolean)
    .join(' — ');
  const confirmation = data.writtenConfirmation as { statement?: string; channel?: string } | undefined;
  return (
    <>
      {t('timeline.answered', { side, decision: responseLabel(t, decision) })}
      {data.onBehalf ? t('timeline.onBehalf') : ''}
      {why ? ` — ${why}` : ''}
      {confirmation?.statement && (
        <div className="muted">
          {t('timeline.confirmation', {
            channel: t(`channel.${confirmation.channel}` as MessageKey),
            statement: confirmation.statement,
          })}
        </div>
      )}
    </>
  );
}
