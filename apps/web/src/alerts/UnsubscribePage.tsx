import { useState } from 'react';
import { Alert, Button, Card, Result, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { api, call } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { components } from '@web/api/schema';
import { useI18n } from '@web/i18n/i18n';

/**
 * The unsubscribe link of a digest e-mail, signed out. It asks before acting, so a mail scanner that opens links does
 * not unsubscribe anyone.
 */
export default function UnsubscribePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [done, setDone] = useState<components['schemas']['UnsubscribedDto'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      setDone(await call(api.POST('/api/v1/saved-searches/unsubscribe', { body: { token: token! } })));
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.fieldErrors.map((f) => f.message)].join('：') : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (done) return <Result status="success" title={t('alerts.unsubscribed', { name: done.name })} />;
  return (
    <Card title={t('alerts.unsubscribeTitle')} style={{ maxWidth: 560, margin: '40px auto' }}>
      <Typography.Paragraph>{t('alerts.unsubscribeIntro')}</Typography.Paragraph>
      {!token && <Alert type="warning" showIcon title={t('alerts.unsubscribeMissing')} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" danger disabled={!token} loading={busy} onClick={confirm}>
        {t('alerts.unsubscribeConfirm')}
      </Button>
    </Card>
  );
}
