import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Result, Space, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import { useLoad } from '@web/components/useLoad';
import { MessageKey, useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

const PERIODS = [
  'invitationReminderDays',
  'invitationEscalationDays',
  'invitationExpiryDays',
  'meetingOutcomeHours',
  'needWithoutIntroductionDays',
  'reviewWorkingDays',
  'reconfirmAfterDays',
  'expireAfterReconfirmDays',
] as const;
type Period = (typeof PERIODS)[number];
type FormValues = Partial<Record<Period, number | null>> & { agreementFollowUpDays?: string };

/** Reads "30, 90" as [30, 90]; anything that is not a whole number goes to the API as is, which names the field. */
const followUps = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part)) as number[];

/** The association's reminder periods over the platform defaults (PUT /associations/:id/reminder-settings). */
export default function AssociationSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { current } = useSession();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const id = current?.organizationType === 'association' ? current.organizationId : null;
  const settings = useLoad(
    () =>
      id
        ? call(api.GET('/api/v1/associations/{id}/reminder-settings', { params: { path: { id } } }))
        : Promise.resolve(null),
    [id],
  );

  useEffect(() => {
    const o = settings.data?.overrides;
    if (o) form.setFieldsValue({ ...o, agreementFollowUpDays: o.agreementFollowUpDays?.join(', ') ?? '' });
  }, [settings.data, form]);

  if (!id) return <Result status="info" title={t('settings.noAssociation')} />;

  const save = async (values: FormValues) => {
    setError(null);
    const body: Record<string, unknown> = {};
    for (const p of PERIODS) if (values[p] != null) body[p] = values[p];
    if (values.agreementFollowUpDays?.trim()) body.agreementFollowUpDays = followUps(values.agreementFollowUpDays);
    try {
      await call(api.PUT('/api/v1/associations/{id}/reminder-settings', { params: { path: { id } }, body }));
      void message.success(t('common.saved'));
      settings.reload();
    } catch (e) {
      const rest = showFieldErrors(form, e, [...PERIODS, 'agreementFollowUpDays']);
      if (!(e instanceof ApiError) || rest.length || !e.fieldErrors.length)
        setError(e instanceof Error ? e.message : String(e));
    }
  };

  const defaults = settings.data?.defaults;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      {settings.error && <Alert type="error" showIcon title={settings.error.message} />}
      {error && <Alert type="error" showIcon title={error} />}
      <Card loading={settings.loading}>
        <Form form={form} layout="vertical" onFinish={save} style={{ maxWidth: 520 }} data-testid="reminder-settings">
          {PERIODS.map((p) => (
            <Form.Item
              key={p}
              name={p}
              label={t(`settings.${p}` as MessageKey)}
              extra={defaults && t('settings.default', { value: defaults[p] })}
            >
              <InputNumber style={{ width: 160 }} />
            </Form.Item>
          ))}
          <Form.Item
            name="agreementFollowUpDays"
            label={t('settings.agreementFollowUpDays')}
            extra={defaults && t('settings.default', { value: defaults.agreementFollowUpDays.join(', ') })}
          >
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
