import { useEffect, useState } from 'react';
import { Alert, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import { api, call, int } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { SearchHit, SearchResult } from '@web/api/models';
import type { paths } from '@web/api/schema';
import { Highlighted } from '@web/components/Highlighted';
import { STATUS_COLORS, statusLabel } from '@web/components/labels';
import { useReference } from '@web/components/reference';
import { useI18n } from '@web/i18n/i18n';

type Sort = 'newest' | 'deadline' | 'waiting';
type NeedStatus = NonNullable<NonNullable<paths['/api/v1/search/needs']['get']['parameters']['query']>['status']>;
interface Filters { q: string; status?: string; region?: string; field?: string; sort: Sort }

const DAY = 86400;
const PAGE = 100;
/** How long a published need has waited, in days (the index keeps seconds since the epoch). */
const waitingDays = (hit: SearchHit) => (typeof hit.publishedAt === 'number' ? Math.floor((Date.now() / 1000 - hit.publishedAt) / DAY) : null);

/**
 * The needs a coordinator may act on (search shows a coordinator everything in the jurisdiction), filtered by status,
 * region and field (the index's facets, with counts) and sorted by publication, deadline or waiting time.
 */
export default function NeedsListPage() {
  const { t } = useI18n();
  const { fieldName, regionName } = useReference();
  const [filters, setFilters] = useState<Filters>({ q: '', sort: 'newest' });
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    const { q, status, region, field, sort } = filters;
    const serverSort = q && sort === 'newest' ? undefined : sort === 'waiting' ? 'oldest' as const : sort;
    const query = { q: q || undefined, status: status as NeedStatus | undefined, region, field, limit: int(PAGE), sort: serverSort };
    call<SearchResult>(api.GET('/api/v1/search/needs', { params: { query } }))
      .then((r) => { if (!cancelled) { setResult(r); setError(null); } })
      .catch((e: unknown) => { if (!cancelled) setError(e instanceof ApiError ? e.message : String(e)); })
      .finally(() => !cancelled && setLoading(false));
    return () => { cancelled = true; };
  }, [filters]);

  const items = result?.items ?? [];
  const facetOptions = (facet: string, label: (v: string) => string) =>
    Object.entries(result?.facets?.[facet] ?? {}).sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, label: `${label(value)} (${count})` }));
  const set = (changes: Partial<Filters>) => setFilters((f) => ({ ...f, ...changes }));
  const onChange: TableProps<SearchHit>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    set({ sort: s?.order ? (s.columnKey === 'deadline' ? 'deadline' : s.columnKey === 'waiting' ? 'waiting' : 'newest') : 'newest' });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>{t('coordinator.needs')}</Typography.Title>
      <div data-testid="needs-filters"><Space wrap>
        <Input.Search placeholder={t('search.placeholder')} aria-label={t('search.placeholder')} allowClear onSearch={(q) => set({ q })} style={{ width: 260 }} />
        <Select allowClear placeholder={t('needsList.status')} aria-label={t('needsList.status')} style={{ width: 160 }} value={filters.status}
          onChange={(status) => set({ status })} options={facetOptions('status', (v) => statusLabel(t, v))} />
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('needsList.region')} aria-label={t('needsList.region')} style={{ width: 200 }} value={filters.region}
          onChange={(region) => set({ region })} options={facetOptions('region', regionName)} />
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('needsList.field')} aria-label={t('needsList.field')} style={{ width: 200 }} value={filters.field}
          onChange={(field) => set({ field })} options={facetOptions('field', fieldName)} />
        {result && <Typography.Text type="secondary" data-testid="needs-total">{t('search.total', { total: result.total >= 1000 ? '1000+' : result.total })}</Typography.Text>}
      </Space></div>
      {error && <Alert type="error" showIcon title={error} />}
      <div data-testid="needs-table"><Table<SearchHit>
        rowKey="id" size="small" loading={loading} dataSource={items} onChange={onChange} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('form.title'), key: 'title', render: (_, hit) => (
            <Link to={`/coordinator/needs/${hit.id}`} state={{ title: hit.title }}><Highlighted text={hit.highlightedTitle ?? hit.title} /></Link>
          ) },
          { title: t('need.organization'), dataIndex: 'organizationName', width: 200, render: (v?: string | null) => v ?? '—' },
          { title: t('form.region'), key: 'region', width: 150, render: (_, hit) => (typeof hit.regionCode === 'string' ? regionName(hit.regionCode) : '—') },
          { title: t('needsList.status'), dataIndex: 'status', width: 100, render: (s?: string) => <Tag color={STATUS_COLORS[s ?? ''] ?? 'default'}>{statusLabel(t, s)}</Tag> },
          { title: t('needsList.waiting'), key: 'waiting', width: 120, sorter: true, sortOrder: filters.sort === 'waiting' ? 'descend' : null,
            render: (_, hit) => { const d = waitingDays(hit); return d === null ? '—' : t('needsList.days', { days: d }); } },
          { title: t('needsList.published'), key: 'published', width: 120, sorter: true, sortOrder: filters.sort === 'newest' && !filters.q ? 'descend' : null,
            render: (_, hit) => (typeof hit.publishedAt === 'number' ? new Date(hit.publishedAt * 1000).toLocaleDateString() : '—') },
          { title: t('form.deadline'), key: 'deadline', width: 120, sorter: true, sortOrder: filters.sort === 'deadline' ? 'ascend' : null,
            render: (_, hit) => (typeof hit.deadline === 'number' ? new Date(hit.deadline * 1000).toISOString().slice(0, 10) : '—') },
        ]}
      /></div>
    </Space>
  );
}
