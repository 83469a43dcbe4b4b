import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import { ContactPerson, DECLINE_REASONS, EngagementView, Side } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';
import { ContactDialog } from './ContactDialog';
import { declineLabel } from './labels';

/** The invited side answers: accept (naming its contact person), or decline with a reason code (the API says when a text is needed too). */
export function RespondPanel({
  engagement,
  side,
  onBehalf = false,
  onChange,
}: {
  engagement: EngagementView;
  side: Side;
  onBehalf?: boolean;
  onChange: (e: EngagementView) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [contactForm] = Form.useForm();
  const [accepting, setAccepting] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const needsConfirmation = onBehalf && side === 'enterprise';
  const startAccepting = async () => {
    if (
      onBehalf &&
      !(await form
        .validateFields([
          'reasonText',
          ...(needsConfirmation
            ? [
                ['writtenConfirmation', 'statement'],
                ['writtenConfirmation', 'channel'],
              ]
            : []),
        ])
        .then(
          () => true,
          () => false,
        ))
    )
      return;
    setAccepting(true);
  };

  const respond = async (decision: 'accept' | 'decline', contact?: Partial<ContactPerson>) => {
    setBusy(true);
    setFailure(null);
    try {
      const all = form.getFieldsValue(true) as {
        reasonCode?: string;
        reasonText?: string;
        writtenConfirmation?: Record<string, string>;
      };
      const values =
        decision === 'decline'
          ? { reasonCode: all.reasonCode, reasonText: all.reasonText }
          : {
              contact,
              ...(onBehalf ? { reasonText: all.reasonText } : {}),
              ...(needsConfirmation ? { writtenConfirmation: all.writtenConfirmation } : {}),
            };
      const body = {
        decision,
        side,
        ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')),
      };
      const updated = await call(
        api.POST('/api/v1/introductions/{id}/respond', { params: { path: { id: engagement.id } }, body: body }),
      );
      message.success(t(decision === 'accept' ? 'engagement.accepted' : 'engagement.declined'));
      setAccepting(false);
      onChange(updated);
    } catch (err) {
      const notContact =
        decision === 'accept'
          ? showFieldErrors(contactForm, err, ['contact'])
          : err instanceof ApiError
            ? err.fieldErrors
            : [];
      const rest =
        err instanceof ApiError
          ? showFieldErrors(form, new ApiError(err.status, err.code, err.message, notContact), [
              'reasonCode',
              'reasonText',
              'writtenConfirmation',
            ])
          : [];
      if (decision === 'accept' && notContact.length) setAccepting(false);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const sideName = t(`side.${side}`);
  return (
    <Card
      size="small"
      title={onBehalf ? t('broker.behalfTitle', { side: sideName }) : t('engagement.yourAnswer')}
      data-testid={onBehalf ? `behalf-panel-${side}` : 'respond-panel'}
      style={{ borderColor: onBehalf ? '#d48806' : '#1d5fbf' }}
    >
      <Typography.Paragraph>
        {onBehalf
          ? t('broker.behalfHint')
          : t(side === 'provider' ? 'engagement.askProvider' : 'engagement.askEnterprise')}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form
        form={form}
        name={`respond-${side}${onBehalf ? '-behalf' : ''}`}
        layout="vertical"
        style={{ maxWidth: 520 }}
      >
        {onBehalf && (
          <Form.Item
            name="reasonText"
            label={t('broker.callRecord')}
            rules={[{ required: true, whitespace: true, message: t('broker.callRecordRequired') }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {needsConfirmation && !declining && (
          <>
            <Form.Item
              name={['writtenConfirmation', 'statement']}
              label={t('broker.confirmationStatement')}
              rules={[{ required: true, min: 10 }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item
              name={['writtenConfirmation', 'channel']}
              label={t('broker.confirmationChannel')}
              rules={[{ required: true }]}
            >
              <Select options={CONFIRMATION_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
            </Form.Item>
            <Form.Item name={['writtenConfirmation', 'reference']} label={t('broker.confirmationReference')}>
              <Input />
            </Form.Item>
          </>
        )}
        <div style={{ display: declining ? 'block' : 'none' }}>
          <Form.Item name="reasonCode" label={t('engagement.declineReason')}>
            <Select options={DECLINE_REASONS.map((r) => ({ value: r, label: declineLabel(t, r) }))} />
          </Form.Item>
          {!onBehalf && (
            <Form.Item name="reasonText" label={t('engagement.declineText')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </div>
      </Form>
      <Space wrap>
        {!declining && (
          <Button type="primary" loading={busy} onClick={startAccepting}>
            {onBehalf ? t('broker.acceptFor', { side: sideName }) : t('engagement.accept')}
          </Button>
        )}
        {!declining && (
          <Button onClick={() => setDeclining(true)}>
            {onBehalf ? t('broker.declineFor', { side: sideName }) : t('engagement.decline')}
          </Button>
        )}
        {declining && (
          <Button danger type="primary" loading={busy} onClick={() => respond('decline')}>
            {t('engagement.confirmDecline')}
          </Button>
        )}
        {declining && <Button onClick={() => setDeclining(false)}>{t('common.cancel')}</Button>}
      </Space>
      <ContactDialog
        name={`contact-${side}`}
        open={accepting}
        form={contactForm}
        initial={engagement.contactDrafts?.[side]}
        busy={busy}
        onSubmit={(contact) => respond('accept', contact)}
        onCancel={() => setAccepting(false)}
      />
    </Card>
  );
}

const CONFIRMATION_CHANNELS = ['email', 'letter', 'signed_form', 'fax', 'message'] as const;
