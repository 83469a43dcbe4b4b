import { Alert, Empty, Space, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call, int } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import { InterestButton } from '@web/components/BrokerageButtons';
import { MatchCard } from '@web/components/MatchCard';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';

/** Providers the user speaks for: their own expert profile and those behind the capabilities they manage. */
async function myProviders(): Promise<{ id: string; name: string }[]> {
  const providers = new Map<string, string>();
  try {
    const profile = await call(api.GET('/api/v1/me/expert-profile'));
    providers.set(profile.id, profile.name);
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 404)) throw err;
  }
  const capabilities = await call(
    api.GET('/api/v1/capabilities', { params: { query: { mine: true, limit: int(100) } } }),
  );
  for (const c of capabilities.items)
    if (!providers.has(c.providerId)) providers.set(c.providerId, c.providerName ?? c.providerId);
  return [...providers].map(([id, name]) => ({ id, name }));
}

/** "Needs you could solve": open needs ranked for each of the user's provider profiles, with the reasons. */
export default function NeedsForYouPage() {
  const { t } = useI18n();
  const result = useLoad(async () => {
    const providers = await myProviders();
    return Promise.all(
      providers.map(async (p) => ({
        provider: p,
        matches: await call(
          api.GET('/api/v1/providers/{id}/matches', { params: { path: { id: p.id }, query: { limit: int(20) } } }),
        ),
      })),
    );
  }, []);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('expert.needsForYou')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('expert.needsForYouIntro')}
      </Typography.Paragraph>
      {result.loading && <Spin />}
      {result.error && <Alert type="error" showIcon title={result.error.message} />}
      {result.data?.length === 0 && <Empty description={<Link to="/expert/profile">{t('expert.noProfile')}</Link>} />}
      {result.data?.map(({ provider, matches }) => (
        <section key={provider.id} aria-label={provider.name}>
          {result.data!.length > 1 && <Typography.Title level={4}>{provider.name}</Typography.Title>}
          {matches.status === 'pending' && matches.items.length === 0 && (
            <Alert type="info" showIcon title={t('match.pending')} />
          )}
          {matches.status === 'ready' && matches.items.length === 0 && <Empty description={t('match.none')} />}
          {matches.items.map((m, i) => (
            <MatchCard
              key={m.needId}
              testId="need-for-you"
              rank={i + 1}
              title={<Link to={`/needs/${m.needId}`}>{m.title}</Link>}
              score={m.score}
              reasons={m.reasons}
              actions={
                <div>
                  <InterestButton needId={m.needId} needTitle={m.title} />
                </div>
              }
            />
          ))}
        </section>
      ))}
    </Space>
  );
}
