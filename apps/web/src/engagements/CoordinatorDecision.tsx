import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { EngagementView } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';

/** A request or an expression of interest waits for the coordinator: approve (the other side is invited) or turn it down. */
export function CoordinatorDecision({
  engagement,
  onChange,
}: {
  engagement: EngagementView;
  onChange: (e: EngagementView) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const decide = async (approve: boolean) => {
    setFailure(null);
    const text = String(form.getFieldValue('text') ?? '');
    const path = { path: { id: engagement.id } };
    try {
      const updated = approve
        ? await call(api.POST('/api/v1/introductions/{id}/approve', { params: path, body: text ? { note: text } : {} }))
        : await call(api.POST('/api/v1/introductions/{id}/reject', { params: path, body: { reason: text } }));
      message.success(t(approve ? 'engagement.requestApproved' : 'engagement.requestRejected'));
      onChange(updated);
    } catch (err) {
      const rest = showFieldErrors(
        form,
        err instanceof ApiError
          ? new ApiError(
              err.status,
              err.code,
              err.message,
              err.fieldErrors.map((e) => ({ ...e, field: 'text' })),
            )
          : err,
        ['text'],
      );
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Card size="small" title={t('engagement.requestWaiting')} style={{ borderColor: '#faad14' }}>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={t('engagement.noteOrReason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      <Space>
        <Button type="primary" onClick={() => decide(true)}>
          {t('engagement.approveRequest')}
        </Button>
        <Button danger onClick={() => decide(false)}>
          {t('engagement.rejectRequest')}
        </Button>
      </Space>
    </Card>
  );
}
