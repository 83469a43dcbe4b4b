import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

type Periods = Record<string, number | number[]>;
interface Settings { organizationId: string; periods: Periods; overrides: Partial<Periods>; defaults: Periods }

const PERIODS = ['invitationReminderDays', 'invitationEscalationDays', 'invitationExpiryDays', 'meetingOutcomeHours', 'needWithoutIntroductionDays',
  'reviewWorkingDays', 'reconfirmAfterDays', 'expireAfterReconfirmDays'] as const;

/** The association's reminder periods (GET/PUT /associations/{id}/reminder-settings), each beside the platform default. */
export default function AssociationSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { current } = useSession();
  const id = current?.organizationId ?? '';
  const [form] = Form.useForm<Periods>();
  const [failure, setFailure] = useState<string | null>(null);
  const settings = useLoad(async () => {
    const loaded = await call<Settings>(api.GET('/api/v1/associations/{id}/reminder-settings', { params: { path: { id } } }));
    form.setFieldsValue(loaded.periods);
    return loaded;
  }, [id]);

  const save = async () => {
    setFailure(null);
    try {
      const saved = await call<Settings>(api.PUT('/api/v1/associations/{id}/reminder-settings', { params: { path: { id } }, body: followUpsAsNumbers(form.getFieldsValue()) }));
      settings.setData(saved);
      message.success(t('settings.saved'));
    } catch (err) {
      const rest = showFieldErrors(form, err, [...PERIODS, 'agreementFollowUpDays']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length) setFailure(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>{t('settings.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('settings.intro', { name: current?.organization?.name ?? '' })}</Typography.Paragraph>
      {settings.loading && !settings.data && <Spin />}
      {(settings.error || failure) && <Alert type="error" showIcon title={failure ?? settings.error?.message} role="alert" />}
      {settings.data && (
        <Card size="small">
          <Form form={form} name="reminder-settings" layout="horizontal" labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            {PERIODS.map((key) => (
              <Form.Item key={key} name={key} label={t(`settings.${key}` as MessageKey)} extra={t('settings.default', { value: String(settings.data!.defaults[key]) })}>
                <InputNumber min={1} style={{ width: 140 }} />
              </Form.Item>
            ))}
            <Form.Item name="agreementFollowUpDays" label={t('settings.agreementFollowUpDays')} extra={t('settings.default', { value: (settings.data.defaults.agreementFollowUpDays as number[]).join('、') })}>
              <Select mode="tags" style={{ width: 240 }} tokenSeparators={[',', '，', '、']} />
            </Form.Item>
            <Button type="primary" onClick={save}>{t('settings.save')}</Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}

/** The follow-up days come back from the tag input as text. */
function followUpsAsNumbers(values: Periods): Periods {
  const days = values.agreementFollowUpDays;
  return Array.isArray(days) ? { ...values, agreementFollowUpDays: days.map(Number) } : values;
}
