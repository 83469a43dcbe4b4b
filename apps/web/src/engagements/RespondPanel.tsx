import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import { ContactPerson, DECLINE_REASONS, EngagementView, Side } from '@web/api/brokerage-models';
import type { components } from '@web/api/schema';
import { useI18n } from '@web/i18n/i18n';
import { ContactDialog } from './ContactDialog';
import { declineLabel } from './labels';

/** The invited side answers: accept (naming its contact person), or decline with a reason code (the API says when a text is needed too). */
export function RespondPanel({ engagement, side, onChange }: { engagement: EngagementView; side: Side; onChange(e: EngagementView): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [contactForm] = Form.useForm();
  const [accepting, setAccepting] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const respond = async (decision: 'accept' | 'decline', contact?: Partial<ContactPerson>) => {
    setBusy(true); setFailure(null);
    try {
      const values = decision === 'decline' ? form.getFieldsValue(true) : { contact };
      const body = { decision, side, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) };
      const updated = await call<EngagementView>(api.POST('/api/v1/introductions/{id}/respond', { params: { path: { id: engagement.id } }, body: body as components['schemas']['RespondBody'] }));
      message.success(t(decision === 'accept' ? 'engagement.accepted' : 'engagement.declined'));
      setAccepting(false);
      onChange(updated);
    } catch (err) {
      const rest = decision === 'accept' ? showFieldErrors(contactForm, err, ['contact']) : showFieldErrors(form, err, ['reasonCode', 'reasonText']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length) setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('engagement.yourAnswer')} data-testid="respond-panel" style={{ borderColor: '#1d5fbf' }}>
      <Typography.Paragraph>{t(side === 'provider' ? 'engagement.askProvider' : 'engagement.askEnterprise')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" style={{ display: declining ? 'block' : 'none', maxWidth: 520 }}>
        <Form.Item name="reasonCode" label={t('engagement.declineReason')}>
          <Select options={DECLINE_REASONS.map((r) => ({ value: r, label: declineLabel(t, r) }))} />
        </Form.Item>
        <Form.Item name="reasonText" label={t('engagement.declineText')}><Input.TextArea rows={2} /></Form.Item>
      </Form>
      <Space wrap>
        {!declining && <Button type="primary" loading={busy} onClick={() => setAccepting(true)}>{t('engagement.accept')}</Button>}
        {!declining && <Button onClick={() => setDeclining(true)}>{t('engagement.decline')}</Button>}
        {declining && <Button danger type="primary" loading={busy} onClick={() => respond('decline')}>{t('engagement.confirmDecline')}</Button>}
        {declining && <Button onClick={() => setDeclining(false)}>{t('common.cancel')}</Button>}
      </Space>
      <ContactDialog open={accepting} form={contactForm} initial={engagement.contactDrafts?.[side]} busy={busy}
        onSubmit={(contact) => respond('accept', contact)} onCancel={() => setAccepting(false)} />
    </Card>
  );
}
