import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '@web/api/client';
import { NeedSummary } from '@web/components/NeedSummary';
import { StateTag } from '@web/components/StateTag';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

/** A visitor who could help is asked to sign in, and comes back to this need afterwards. */
function OfferHelp({ needId }: { needId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Card data-testid="offer-help" style={{ borderColor: '#1d5fbf' }}>
      <Space orientation="vertical">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('publicNeed.ctaTitle')}
        </Typography.Title>
        <Typography.Text>{t('publicNeed.ctaText')}</Typography.Text>
        <Button
          type="primary"
          size="large"
          onClick={() => navigate(`/sign-in?next=${encodeURIComponent(`/needs/${needId}`)}`)}
        >
          {t('publicNeed.ctaButton')}
        </Button>
      </Space>
    </Card>
  );
}

/** A need as anyone may read it (the confidential part only for those the API allows). */
export default function NeedPage() {
  const { id = '' } = useParams();
  const { me, loading } = useSession();
  const need = useLoad(() => call(api.GET('/api/v1/needs/{id}', { params: { path: { id } } })), [id]);
  if (need.loading) return <Spin />;
  if (need.error || !need.data) return <Alert type="error" showIcon title={need.error?.message} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {need.data.title}
        </Typography.Title>
        <StateTag state={need.data.state} />
      </Space>
      <Card size="small">
        <NeedSummary need={need.data} />
      </Card>
      {!loading && !me && <OfferHelp needId={id} />}
    </Space>
  );
}
