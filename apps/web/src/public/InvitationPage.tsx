import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import { tokens } from '@web/api/tokens';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

/** Takes over an account a coordinator set up (the concierge hand-over): choose a password, then sign in. */
export default function InvitationPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [form] = Form.useForm<{ password: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const { reload } = useSession();
  const navigate = useNavigate();

  const submit = async () => {
    setFailure(null);
    try {
      const session = await call(
        api.POST('/api/v1/invitations/set-password', {
          body: { token: params.get('token') ?? '', password: String(form.getFieldValue('password') ?? '') },
        }),
      );
      tokens.save(session.accessToken);
      await reload();
      void navigate('/');
    } catch (err) {
      const rest = showFieldErrors(form, err, ['password']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Card style={{ maxWidth: 440, margin: '48px auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('invitation.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('invitation.intro')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="password" label={t('invitation.password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          {t('invitation.submit')}
        </Button>
      </Form>
    </Card>
  );
}
