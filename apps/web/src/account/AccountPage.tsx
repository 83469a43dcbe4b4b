import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Segmented,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import { useLoad } from '@web/components/useLoad';
import { MessageKey, useI18n } from '@web/i18n/i18n';
import type { ContactStatus, Language } from '@web/api/types';

type Channel = 'email' | 'mobile';

/** Errors the form cannot place beside a field, shown above it. */
function FormAlert({ error }: { error: string | null }) {
  return error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null;
}

function PasswordCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string }>();
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    setError(null);
    try {
      await call(api.POST('/api/v1/auth/password', { body: values }));
      form.resetFields();
      void message.success(t('account.passwordChanged'));
    } catch (e) {
      const rest = showFieldErrors(form, e, ['currentPassword', 'newPassword']);
      if (!(e instanceof ApiError) || rest.length || !e.fieldErrors.length)
        setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card title={t('account.password')} data-testid="password-card">
      <FormAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
        <Form.Item name="currentPassword" label={t('account.currentPassword')}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('account.newPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function ConfirmChannel({
  channel,
  address,
  confirmed,
  onConfirmed,
}: {
  channel: Channel;
  address: string | null;
  confirmed: boolean;
  onConfirmed: (status: ContactStatus) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!address) return <Typography.Text type="secondary">{t('account.none')}</Typography.Text>;
  const state = (
    <Tag color={confirmed ? 'green' : 'orange'}>{confirmed ? t('account.confirmed') : t('account.unconfirmed')}</Tag>
  );
  if (confirmed)
    return (
      <Space>
        {address}
        {state}
      </Space>
    );

  const send = async () => {
    setError(null);
    try {
      const sent = await call(api.POST('/api/v1/me/contact/confirmations', { body: { channel } }));
      setSentTo(sent.address);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const confirm = async ({ code }: { code: string }) => {
    setError(null);
    try {
      const status = await call(api.POST('/api/v1/me/contact/confirm', { body: { channel, code: code ?? '' } }));
      void message.success(t('account.nowConfirmed'));
      onConfirmed(status);
    } catch (e) {
      const rest = showFieldErrors(form, e, ['code']);
      if (!(e instanceof ApiError) || rest.length || !e.fieldErrors.length)
        form.setFields([{ name: 'code', errors: [e instanceof Error ? e.message : String(e)] }]);
    }
  };
  return (
    <Space orientation="vertical" data-testid={`confirm-${channel}`}>
      <Space wrap>
        {address}
        {state}
        <Button onClick={send}>{t('account.sendCode')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {sentTo && (
        <>
          <Typography.Text type="secondary">{t('account.codeSent', { address: sentTo })}</Typography.Text>
          <Form form={form} layout="inline" onFinish={confirm}>
            <Form.Item name="code" label={t('account.code')}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} style={{ width: 120 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('account.confirm')}
            </Button>
          </Form>
        </>
      )}
    </Space>
  );
}

function ContactCard() {
  const { t } = useI18n();
  const contact = useLoad(() => call(api.GET('/api/v1/me/contact')), []);
  const [status, setStatus] = useState<ContactStatus | null>(null);
  const current = status ?? contact.data;
  return (
    <Card title={t('account.contact')} loading={contact.loading}>
      {contact.error && <Alert type="error" showIcon title={contact.error.message} />}
      {current && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('account.email')}>
            <ConfirmChannel
              channel="email"
              address={current.email}
              confirmed={current.emailConfirmed}
              onConfirmed={setStatus}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('account.mobile')}>
            <ConfirmChannel
              channel="mobile"
              address={current.mobile}
              confirmed={current.mobileConfirmed}
              onConfirmed={setStatus}
            />
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

/** Per kind of notification, whether it also goes out by e-mail (GET/PUT /notifications/preferences). */
function NotificationsCard() {
  const { t } = useI18n();
  const preferences = useLoad(() => call(api.GET('/api/v1/notifications/preferences')), []);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (kind: string, on: boolean) => {
    setError(null);
    try {
      // The OpenAPI document types `email` as an object without values (EmailPreferencesBody declares no additionalProperties).
      const email = { [kind]: on } as unknown as Record<string, never>;
      preferences.setData(await call(api.PUT('/api/v1/notifications/preferences', { body: { email } })));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const rows = Object.entries(preferences.data?.email ?? {}).map(([kind, on]) => ({ kind, on }));
  return (
    <Card title={t('account.notifications')} data-testid="notification-preferences">
      <Typography.Paragraph type="secondary">{t('account.notificationsHint')}</Typography.Paragraph>
      {(error ?? preferences.error) && (
        <Alert type="error" showIcon title={error ?? preferences.error?.message} style={{ marginBottom: 12 }} />
      )}
      <Table
        rowKey="kind"
        size="small"
        pagination={false}
        loading={preferences.loading}
        dataSource={rows}
        showHeader={false}
        columns={[
          { key: 'kind', render: (_, r) => t(`notifyKind.${r.kind}` as MessageKey) },
          {
            key: 'on',
            width: 80,
            render: (_, r) => (
              <Switch
                checked={r.on}
                aria-label={t(`notifyKind.${r.kind}` as MessageKey)}
                onChange={(on) => toggle(r.kind, on)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

/**
 * The account's language: the console switches at once, and the choice is saved to the account (PUT /me/locale) so
 * that notifications and e-mails follow it; the card says whether it was saved.
 */
function LanguageCard() {
  const { lang, setLang, t } = useI18n();
  const [outcome, setOutcome] = useState<{ saved: Language } | { error: string } | null>(null);
  const change = async (next: Language) => {
    setLang(next);
    setOutcome(null);
    try {
      await call(api.PUT('/api/v1/me/locale', { body: { locale: next } }));
      setOutcome({ saved: next });
    } catch (e) {
      setOutcome({ error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Card title={t('account.language')} data-testid="account-language">
      <Space orientation="vertical">
        <Typography.Text type="secondary">{t('account.languageHint')}</Typography.Text>
        <Segmented<Language>
          aria-label={t('account.language')}
          value={lang}
          onChange={(next) => void change(next)}
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'English', value: 'en' },
          ]}
        />
        {outcome && 'saved' in outcome && (
          <Alert
            type="success"
            showIcon
            title={t('account.languageSaved', {
              language: t(`account.languageName.${outcome.saved}` as MessageKey),
            })}
          />
        )}
        {outcome && 'error' in outcome && (
          <Alert type="error" showIcon title={t('account.languageFailed', { detail: outcome.error })} />
        )}
      </Space>
    </Card>
  );
}

/** The signed-in person's own settings: contact confirmation, password, e-mail notifications by kind, interface language. */
export default function AccountPage() {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('account.title')}
      </Typography.Title>
      <ContactCard />
      <PasswordCard />
      <NotificationsCard />
      <LanguageCard />
    </Space>
  );
}
