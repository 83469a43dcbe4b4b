import { useEffect, useState } from 'react';
import { Alert, Input, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call, int } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { SearchResult } from '@web/api/models';
import { Highlighted } from '@web/components/Highlighted';
import { STATUS_COLORS, statusLabel } from '@web/components/labels';
import { useI18n } from '@web/i18n/i18n';

/** Needs the coordinator may act on (search shows a coordinator everything in the jurisdiction), each opening its matches. */
export default function NeedsListPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call<SearchResult>(api.GET('/api/v1/search/needs', { params: { query: { q: q || undefined, limit: int(50), sort: q ? undefined : 'newest' } } }))
      .then((r) => { setResult(r); setError(null); })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [q]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>{t('coordinator.needs')}</Typography.Title>
      <Input.Search placeholder={t('search.placeholder')} aria-label={t('search.placeholder')} allowClear onSearch={setQ} />
      {error && <Alert type="error" showIcon title={error} />}
      <List
        bordered
        loading={!result && !error}
        dataSource={result?.items ?? []}
        renderItem={(hit) => (
          <List.Item extra={<Tag color={STATUS_COLORS[hit.status ?? ''] ?? 'default'}>{statusLabel(t, hit.status)}</Tag>}>
            <List.Item.Meta
              title={<Link to={`/coordinator/needs/${hit.id}`} state={{ title: hit.title }}><Highlighted text={hit.highlightedTitle ?? hit.title} /></Link>}
              description={<>{hit.organizationName && <span>{hit.organizationName} · </span>}<Highlighted text={hit.snippet} /></>}
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
