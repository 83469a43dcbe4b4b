import { useEffect, useState } from 'react';
import { Alert, Button, Collapse, Empty, Space, Spin, Tag, Typography } from 'antd';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { api, call, int } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { NeedMatch, NeedMatchList } from '@web/api/types';
import { providerKindLabel } from '@web/components/labels';
import { MatchCard, scoreBand } from '@web/components/MatchCard';
import { NeedSummary } from '@web/components/NeedSummary';
import { StateTag } from '@web/components/StateTag';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { IntroduceOther, NextCandidates } from './BrokerTools';
import { MatchActions } from './MatchActions';

/** A need's ranked providers with score, reasons and evidence; refreshes while matching is still running. */
export default function NeedMatchesPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const title = (useLocation().state as { title?: string } | null)?.title;
  const [list, setList] = useState<NeedMatchList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const need = useLoad(() => call(api.GET('/api/v1/needs/{id}', { params: { path: { id } } })), [id]);
  const [version, setVersion] = useState(0);
  const [showWeak, setShowWeak] = useState(false);
  const [params] = useSearchParams();
  const engagements = useLoad(
    () => call(api.GET('/api/v1/engagements', { params: { query: { needId: id, limit: int(100) } } })),
    [id, version],
  );
  const engagementOf = (providerId: string) =>
    engagements.data?.items.find((e) => e.providerId === providerId && e.status !== 'closed')?.id;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const load = async () => {
      try {
        const result = await call(
          api.GET('/api/v1/needs/{id}/matches', { params: { path: { id }, query: { limit: int(20) } } }),
        );
        if (cancelled) return;
        setList(result);
        if (result.status === 'pending') timer = setTimeout(() => void load(), 2000);
      } catch (err) {
        if (!cancelled) setError(err instanceof ApiError ? err.message : String(err));
      }
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [id, version]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to="/coordinator/needs">← {t('coordinator.needs')}</Link>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {need.data?.title ?? title ?? t('match.title')}
        </Typography.Title>
        {need.data && <StateTag state={need.data.state} />}
        {need.data?.state === 'published' && <Link to={`/challenges/new?needId=${id}`}>{t('challenge.raise')}</Link>}
      </Space>
      {need.data && (
        <Collapse
          size="small"
          items={[{ key: 'need', label: t('match.needDetails'), children: <NeedSummary need={need.data} /> }]}
        />
      )}
      {need.data?.status === 'published' && params.get('next') && (
        <NextCandidates needId={id} engagementOf={engagementOf} onDone={() => setVersion((v) => v + 1)} />
      )}
      <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
        {t('match.title')}
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} />}
      {!list && !error && <Spin />}
      {list?.status === 'pending' && <Alert type="info" showIcon title={t('match.pending')} />}
      {list && list.items.length === 0 && list.status === 'ready' && <Empty description={t('match.none')} />}
      {list &&
        visibleMatches(list.items, showWeak).map((m, i) => (
          <MatchCard
            key={m.providerId}
            testId="match-card"
            rank={i + 1}
            title={m.name}
            subtitle={<Tag color="blue">{providerKindLabel(t, m.providerType)}</Tag>}
            score={m.score}
            reasons={m.reasons}
            actions={
              need.data?.status === 'published' && (
                <MatchActions
                  needId={id}
                  providerId={m.providerId}
                  providerName={m.name}
                  engagementId={engagementOf(m.providerId)}
                  onDone={() => setVersion((v) => v + 1)}
                />
              )
            }
          />
        ))}
      {list && hiddenCount(list.items) > 0 && (
        <Button type="link" onClick={() => setShowWeak((v) => !v)} data-testid="show-weak">
          {showWeak ? t('match.showLess') : t('match.showMore', { count: hiddenCount(list.items) })}
        </Button>
      )}
      {need.data?.status === 'published' && <IntroduceOther needId={id} onDone={() => setVersion((v) => v + 1)} />}
    </Space>
  );
}

/** Always shown: the first few candidates whatever their score; below them only those above the weak band. */
const ALWAYS_SHOWN = 5;
const hiddenCount = (items: NeedMatch[]) =>
  items.filter((m, i) => i >= ALWAYS_SHOWN && scoreBand(m.score) === 'weak').length;
const visibleMatches = (items: NeedMatch[], showWeak: boolean) =>
  showWeak ? items : items.filter((m, i) => i < ALWAYS_SHOWN || scoreBand(m.score) !== 'weak');
