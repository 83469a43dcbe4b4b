import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api, call } from '@web/api/client';
import type { NeedView } from '@web/api/models';
import { NeedSummary } from '@web/components/NeedSummary';
import { StateTag } from '@web/components/StateTag';
import { useLoad } from '@web/components/useLoad';
import { InterestButton } from '@web/components/BrokerageButtons';
import { useI18n } from '@web/i18n/i18n';
import { areaOf, useSession } from '@web/session/session';

/** A need as anyone may read it (the confidential part only for those the API allows). */
export default function NeedPage() {
  const { id = '' } = useParams();
  const need = useLoad(() => call<NeedView>(api.GET('/api/v1/needs/{id}', { params: { path: { id } } })), [id]);
  const { me, current } = useSession();
  const { t } = useI18n();
  if (need.loading) return <Spin />;
  if (need.error || !need.data) return <Alert type="error" showIcon title={need.error?.message} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap><Typography.Title level={2} style={{ margin: 0 }}>{need.data.title}</Typography.Title><StateTag state={need.data.state} /></Space>
      {need.data.status === 'published' && !me && (
        <Alert type="info" showIcon data-testid="sign-in-to-help" title={t('need.signInToHelpHint')}
          action={<Link to={`/sign-in?next=${encodeURIComponent(`/needs/${id}`)}`}><Button type="primary">{t('need.signInToHelp')}</Button></Link>} />
      )}
      {need.data.status === 'published' && me && (!current || areaOf(current) === 'expert') && <InterestButton needId={id} needTitle={need.data.title} />}
      <Card size="small"><NeedSummary need={need.data} /></Card>
    </Space>
  );
}
