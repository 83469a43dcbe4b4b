import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, showFieldErrors } from '@web/api/errors';
import { useI18n } from '@web/i18n/i18n';
import { areaOf, useSession } from '@web/session/session';

interface Credentials {
  email: string;
  password: string;
}

/** Sign in by e-mail (or mobile number) and password. The API's messages show beside the fields. */
export default function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const [params] = useSearchParams();

  const submit = async (values: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      const me = await signIn(values.email ?? '', values.password ?? '');
      const area = areaOf(me.memberships[0] ?? null) ?? (me.isAdmin ? 'coordinator' : 'expert');
      void navigate(params.get('next') ?? `/${area}`, { replace: true });
    } catch (err) {
      const rest = showFieldErrors(form, err, ['email', 'password']);
      if (err instanceof ApiError && (rest.length || !err.fieldErrors.length)) setError(err.message);
      else if (!(err instanceof ApiError)) setError(String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card style={{ maxWidth: 420, margin: '48px auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('signIn.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('signIn.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="email" label={t('signIn.email')}>
          <Input autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('signIn.submit')}
        </Button>
      </Form>
    </Card>
  );
}
