import { useEffect, useState } from 'react';
import { Alert, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { api, call, int } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { SearchHit, SearchResult } from '@web/api/types';
import { FieldPicker } from '@web/components/FieldPicker';
import { Highlighted } from '@web/components/Highlighted';
import { STATUS_COLORS, statusLabel } from '@web/components/labels';
import { RegionPicker } from '@web/components/RegionPicker';
import { useI18n } from '@web/i18n/i18n';

const STATUSES = ['submitted', 'published', 'closed', 'expired', 'resolved'] as const;
const PAGE_SIZE = 20;
type Sort = 'newest' | 'oldest' | 'deadline' | undefined;
const WAITING_CHOICES = [7, 30, 90, 180];

type Status = (typeof STATUSES)[number];

interface Filters {
  q: string;
  status?: Status;
  region?: string | null;
  field?: string;
  waitingDays?: number;
}

/** Days since the need was published (the search documents hold seconds since the epoch). */
const waitingDays = (hit: SearchHit) =>
  typeof hit.publishedAt === 'number' ? dayjs().diff(dayjs.unix(hit.publishedAt), 'day') : null;

/**
 * Needs the coordinator may act on (search shows a coordinator everything in the jurisdiction), filtered by status,
 * region and field, sorted by a column; each opens its matches.
 */
export default function NeedsListPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>({ q: '' });
  const [sort, setSort] = useState<Sort>('newest');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    setLoading(true);
    const query = {
      q: filters.q || undefined,
      status: filters.status,
      region: filters.region ?? undefined,
      field: filters.field,
      waitingDays: filters.waitingDays,
      page: int(page),
      limit: int(PAGE_SIZE),
      sort: sort ?? (filters.q ? undefined : 'newest'),
    };
    call(api.GET('/api/v1/search/needs', { params: { query } }))
      .then((r) => {
        setResult(r);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)))
      .finally(() => setLoading(false));
  }, [filters, sort, page]);

  const filter = (change: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...change }));
    setPage(1);
  };

  const columns: TableProps<SearchHit>['columns'] = [
    {
      key: 'title',
      title: t('needsList.title'),
      render: (_, hit) => (
        <Link to={`/coordinator/needs/${hit.id}`} state={{ title: hit.title }}>
          <Highlighted text={hit.highlightedTitle ?? hit.title} />
        </Link>
      ),
    },
    { key: 'organization', title: t('needsList.organization'), dataIndex: 'organizationName' },
    {
      key: 'status',
      title: t('needsList.status'),
      render: (_, hit) => <Tag color={STATUS_COLORS[hit.status ?? ''] ?? 'default'}>{statusLabel(t, hit.status)}</Tag>,
    },
    {
      key: 'newest',
      title: t('needsList.published'),
      sorter: true,
      sortOrder: sort === 'newest' ? 'descend' : null,
      sortDirections: ['descend'],
      render: (_, hit) =>
        typeof hit.publishedAt === 'number' ? dayjs.unix(hit.publishedAt).format('YYYY-MM-DD') : '—',
    },
    {
      key: 'oldest',
      title: t('needsList.waiting'),
      sorter: true,
      sortOrder: sort === 'oldest' ? 'descend' : null,
      sortDirections: ['descend'],
      render: (_, hit) => {
        const days = waitingDays(hit);
        return days === null ? '—' : t('needsList.days', { n: days });
      },
    },
    {
      key: 'deadline',
      title: t('needsList.deadline'),
      sorter: true,
      sortOrder: sort === 'deadline' ? 'ascend' : null,
      sortDirections: ['ascend'],
      render: (_, hit) => (typeof hit.deadline === 'number' ? dayjs.unix(hit.deadline).format('YYYY-MM-DD') : '—'),
    },
  ];

  const onChange: TableProps<SearchHit>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const next = s?.order ? (s.columnKey as Sort) : undefined;
    if (next !== sort) {
      setSort(next);
      setPage(1);
    } else setPage(pagination.current ?? 1);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('coordinator.needs')}
      </Typography.Title>
      <Space wrap data-testid="needs-filters">
        <Input.Search
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          allowClear
          onSearch={(q) => filter({ q })}
          style={{ width: 280 }}
        />
        <Select
          aria-label={t('needsList.status')}
          placeholder={t('needsList.anyStatus')}
          allowClear
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status?: Status) => filter({ status })}
          options={STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        />
        <div style={{ width: 240 }}>
          <RegionPicker
            aria-label={t('needsList.region')}
            value={filters.region}
            onChange={(region) => filter({ region })}
          />
        </div>
        <Select
          aria-label={t('needsList.waiting')}
          placeholder={t('needsList.waitingAny')}
          allowClear
          style={{ width: 160 }}
          value={filters.waitingDays}
          onChange={(waitingDays?: number) => filter({ waitingDays })}
          options={WAITING_CHOICES.map((n) => ({ value: n, label: t('needsList.waitingAtLeast', { n }) }))}
        />
        <div style={{ width: 240 }}>
          <FieldPicker
            aria-label={t('needsList.field')}
            value={filters.field ? [filters.field] : []}
            onChange={(codes) => filter({ field: codes.at(-1) })}
          />
        </div>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<SearchHit>
        data-testid="needs-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={result?.items ?? []}
        onChange={onChange}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: result?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('needsList.total', { n }),
        }}
      />
    </Space>
  );
}
