import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Segmented, Space, Spin, Switch, Table, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { Language } from '@web/api/models';
import type { components } from '@web/api/schema';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/i18n';

interface Preferences { email: Record<string, boolean> }

/** The signed-in user's own settings: language (the console's and the platform's notices), e-mail by kind, password. */
export default function AccountPage() {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 860 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>{t('account.title')}</Typography.Title>
      <LanguageCard />
      <NotificationCard />
      <PasswordCard />
    </Space>
  );
}

function LanguageCard() {
  const { t, lang, setLang } = useI18n();
  const { message } = App.useApp();
  const choose = async (next: Language) => {
    await call(api.PUT('/api/v1/me/locale', { body: { locale: next } }));
    setLang(next);
    message.success(t('account.languageSaved'));
  };
  return (
    <Card size="small" title={t('account.language')}>
      <Typography.Paragraph type="secondary">{t('account.languageHint')}</Typography.Paragraph>
      <Segmented<Language> aria-label={t('account.language')} value={lang} onChange={choose} data-testid="account-language"
        options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
    </Card>
  );
}

function NotificationCard() {
  const { t } = useI18n();
  const prefs = useLoad(() => call<Preferences>(api.GET('/api/v1/notifications/preferences')), []);
  const [saving, setSaving] = useState<string | null>(null);
  const toggle = async (kind: string, on: boolean) => {
    setSaving(kind);
    try {
      prefs.setData(await call<Preferences>(api.PUT('/api/v1/notifications/preferences', { body: { email: { [kind]: on } } as unknown as components['schemas']['EmailPreferencesBody'] })));
    } finally {
      setSaving(null);
    }
  };
  const kinds = Object.keys(prefs.data?.email ?? {});
  return (
    <Card size="small" title={t('account.notifications')}>
      <Typography.Paragraph type="secondary">{t('account.notificationsHint')}</Typography.Paragraph>
      {prefs.loading && !prefs.data && <Spin />}
      {prefs.error && <Alert type="error" showIcon title={prefs.error.message} />}
      {prefs.data && (
        <Table size="small" pagination={false} rowKey="kind" dataSource={kinds.map((kind) => ({ kind }))} data-testid="notification-preferences"
          columns={[
            { title: t('account.kind'), dataIndex: 'kind', render: (kind: string) => kindLabel(t, kind) },
            { title: t('account.byEmail'), dataIndex: 'kind', width: 120, render: (kind: string) => (
              <Switch checked={prefs.data!.email[kind]} loading={saving === kind} onChange={(on) => toggle(kind, on)} aria-label={kindLabel(t, kind)} />
            ) },
          ]} />
      )}
    </Card>
  );
}

/** A kind's name in the reader's language ("listing.returned" → 信息被退回修改); an unknown kind shows as it is. */
function kindLabel(t: (k: MessageKey) => string, kind: string): string {
  const key = `notificationKind.${kind}` as MessageKey;
  const text = t(key);
  return text === key ? kind : text;
}

function PasswordCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string; confirm: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const change = async () => {
    setFailure(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await call(api.POST('/api/v1/auth/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } }));
      form.resetFields();
      message.success(t('account.passwordChanged'));
    } catch (err) {
      const rest = showFieldErrors(form, err, ['currentPassword', 'newPassword']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length) setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Card size="small" title={t('account.password')}>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} name="password" layout="vertical" style={{ maxWidth: 420 }}>
        <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[{ required: true }]}><Input.Password autoComplete="current-password" /></Form.Item>
        <Form.Item name="newPassword" label={t('account.newPassword')} extra={t('account.passwordRule')}><Input.Password autoComplete="new-password" /></Form.Item>
        <Form.Item name="confirm" label={t('account.confirmPassword')} dependencies={['newPassword']} rules={[({ getFieldValue }) => ({
          validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.passwordsDiffer')))),
        })]}><Input.Password autoComplete="new-password" /></Form.Item>
        <Button type="primary" onClick={change}>{t('account.changePassword')}</Button>
      </Form>
    </Card>
  );
}
