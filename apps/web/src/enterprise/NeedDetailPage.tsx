import { useState } from 'react';
import { Alert, App, Button, Card, Space, Spin, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call, int } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import { providerKindLabel } from '@web/components/labels';
import { MatchCard } from '@web/components/MatchCard';
import { NeedSummary } from '@web/components/NeedSummary';
import { StateTag } from '@web/components/StateTag';
import { useLoad } from '@web/components/useLoad';
import { EngagementTable } from '@web/engagements/EngagementTable';
import { useI18n } from '@web/i18n/i18n';
import { isReturned, returnReasonOf } from './MyNeedsPage';

type OwnerAction = 'submit' | 'close' | 'resolve';

/** One of the enterprise's needs: where it stands in review, the coordinator's reason, its actions and suggested experts. */
export default function NeedDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const need = useLoad(() => call(api.GET('/api/v1/needs/{id}', { params: { path: { id } } })), [id]);
  const matches = useLoad(
    async () =>
      need.data?.status === 'published'
        ? call(api.GET('/api/v1/needs/{id}/matches', { params: { path: { id }, query: { limit: int(5) } } }))
        : null,
    [id, need.data?.status],
  );

  const engagements = useLoad(
    () => call(api.GET('/api/v1/engagements', { params: { query: { needId: id, limit: int(100) } } })),
    [id],
  );
  const awaiting = (engagements.data?.items ?? []).filter(
    (e) => e.status === 'introduced' && e.enterpriseResponse === 'pending',
  );

  const act = async (action: OwnerAction) => {
    setBusy(action);
    try {
      const path = { params: { path: { id } } };
      const updated =
        action === 'submit'
          ? await call(api.POST('/api/v1/needs/{id}/submit', path))
          : action === 'close'
            ? await call(api.POST('/api/v1/needs/{id}/close', path))
            : await call(api.POST('/api/v1/needs/{id}/resolve', path));
      need.setData(updated);
      message.success(t(`needAction.${action}.done`));
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  if (need.loading && !need.data) return <Spin />;
  if (need.error || !need.data) return <Alert type="error" showIcon title={need.error?.message} />;
  const n = need.data;
  const reason = returnReasonOf(n);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/enterprise/needs">← {t('enterprise.myNeeds')}</Link>
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {n.title}
        </Typography.Title>
        <StateTag state={n.state} returned={isReturned(n)} />
      </Space>
      {reason && (
        <Alert type="warning" showIcon title={t('need.returnedBy')} description={reason} data-testid="return-reason" />
      )}
      {n.state === 'submitted' && <Alert type="info" showIcon title={t('need.inReview')} />}
      {n.state === 'revision_submitted' && <Alert type="info" showIcon title={t('need.revisionInReview')} />}
      <Space wrap>
        {n.allowedActions.includes('update') && (
          <Button onClick={() => navigate(`/enterprise/needs/${id}/edit`)}>{t('needAction.edit')}</Button>
        )}
        {(['submit', 'resolve', 'close'] as const)
          .filter((a) => n.allowedActions.includes(a))
          .map((a) => (
            <Button key={a} type={a === 'submit' ? 'primary' : 'default'} loading={busy === a} onClick={() => act(a)}>
              {t(`needAction.${a}`)}
            </Button>
          ))}
      </Space>
      {awaiting.length > 0 && (
        <Alert type="warning" showIcon title={t('enterprise.awaitingAnswer', { count: awaiting.length })} />
      )}
      <Card size="small" title={t('enterprise.introductions')} data-testid="need-engagements">
        <EngagementTable items={engagements.data?.items ?? []} loading={engagements.loading} showNeed={false} />
      </Card>
      <Card size="small">
        <NeedSummary need={n} />
      </Card>
      {matches.data && (
        <Card size="small" title={t('enterprise.suggestedExperts')}>
          {matches.data.items.length === 0 && (
            <Typography.Text type="secondary">
              {matches.data.status === 'pending' ? t('match.pending') : t('match.none')}
            </Typography.Text>
          )}
          {matches.data.items.map((m, i) => (
            <MatchCard
              key={m.providerId}
              rank={i + 1}
              title={m.name}
              subtitle={providerKindLabel(t, m.providerType)}
              score={m.score}
              reasons={m.reasons}
            />
          ))}
        </Card>
      )}
    </Space>
  );
}
