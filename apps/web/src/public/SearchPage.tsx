import { useEffect, useState } from 'react';
import {
  Alert,
  Card,
  Col,
  Collapse,
  Empty,
  Grid,
  Input,
  List,
  Pagination,
  Row,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api, call, int } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { SearchHit, SearchResult } from '@web/api/types';
import { Highlighted } from '@web/components/Highlighted';
import { modeLabel, providerKindLabel, statusLabel } from '@web/components/labels';
import { useI18n } from '@web/i18n/i18n';
import { FacetPanel } from './FacetPanel';
import { HitActions } from './HitActions';
import { SaveSearchButton } from '@web/alerts/SaveSearchButton';

export type SearchKind = 'needs' | 'capabilities' | 'providers';
const KINDS: SearchKind[] = ['needs', 'capabilities', 'providers'];
export const FACET_PARAMS = ['field', 'region', 'mode', 'providerType', 'status'] as const;
const PAGE_SIZE = 10;
/** The search engine counts hits exactly up to this many (Meilisearch's maxTotalHits); beyond, it says "1000+". */
const MAX_TOTAL = 1000;
/** A new query starts without the facets chosen for the previous one (they would narrow it silently). */
const NO_FACETS = Object.fromEntries(FACET_PARAMS.map((f) => [f, null]));

/** Public search of needs, capabilities and providers, with facets and highlighted snippets; state lives in the URL. */
export default function SearchPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const kind = (KINDS.includes(params.get('kind') as SearchKind) ? params.get('kind') : 'needs') as SearchKind;
  const page = Number(params.get('page') ?? 1) || 1;
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const queryKey = params.toString();
  const wide = Grid.useBreakpoint().md ?? true;

  useEffect(() => {
    let cancelled = false;
    const query = {
      q: params.get('q') ?? undefined,
      page: int(page),
      limit: int(PAGE_SIZE),
      ...Object.fromEntries(FACET_PARAMS.map((f) => [f, params.get(f) ?? undefined])),
    };
    setLoading(true);
    call(api.GET(`/api/v1/search/${kind}`, { params: { query } }))
      .then((r) => {
        if (!cancelled) {
          setResult(r);
          setError(null);
        }
      })
      .catch((e: unknown) => {
        if (!cancelled) {
          setResult(null);
          setError(e instanceof ApiError ? e.message : String(e));
        }
      })
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [queryKey, kind, page, lang]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const facets = (
    <FacetPanel
      facets={result?.facets ?? {}}
      selected={params}
      onSelect={(facet, value) => update({ [facet]: value })}
    />
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('search.title')}
      </Typography.Title>
      <Input.Search
        key={`${kind}-${params.get('q') ?? ''}`}
        defaultValue={params.get('q') ?? ''}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        enterButton={t('search.button')}
        size="large"
        allowClear
        onSearch={(q) => update({ q: q.trim() || null, ...NO_FACETS })}
      />
      <Tabs
        activeKey={kind}
        onChange={(k) => update({ kind: k, providerType: null, status: null })}
        items={KINDS.map((k) => ({ key: k, label: t(`search.kind.${k}`) }))}
        tabBarExtraContent={<SaveSearchButton kind={kind} params={params} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={7}>
          {wide ? (
            facets
          ) : (
            <Collapse size="small" items={[{ key: 'facets', label: t('search.facets'), children: facets }]} />
          )}
        </Col>
        <Col xs={24} md={17}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Card
            size="small"
            title={
              result ? (
                <span data-testid="search-total">
                  {t('search.total', { total: result.total >= MAX_TOTAL ? `${MAX_TOTAL}+` : result.total })}
                </span>
              ) : (
                ' '
              )
            }
            loading={loading && !result}
          >
            <List<SearchHit>
              loading={loading}
              dataSource={result?.items ?? []}
              locale={{ emptyText: <Empty description={t('search.empty')} /> }}
              renderItem={(hit) => <HitItem kind={kind} hit={hit} />}
            />
            {!!result && result.total > PAGE_SIZE && (
              <Pagination
                style={{ marginTop: 12, textAlign: 'right' }}
                current={page}
                pageSize={PAGE_SIZE}
                total={Math.min(result.total, MAX_TOTAL)}
                showSizeChanger={false}
                onChange={(p) => update({ page: String(p) })}
              />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function HitItem({ kind, hit }: { kind: SearchKind; hit: SearchHit }) {
  const { t } = useI18n();
  const subtitle =
    kind === 'needs'
      ? hit.organizationName
      : kind === 'capabilities'
        ? hit.providerName
        : [hit.title !== hit.name ? hit.title : null, hit.affiliation].filter(Boolean).join(' · ');
  return (
    <List.Item actions={[<HitActions key="actions" kind={kind} hit={hit} />]} data-testid="search-hit">
      <List.Item.Meta
        title={
          kind === 'needs' ? (
            <Link to={`/needs/${hit.id}`}>
              <Highlighted text={hit.highlightedTitle ?? hit.title} />
            </Link>
          ) : (
            <Highlighted text={hit.highlightedTitle ?? hit.title} />
          )
        }
        description={
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            {subtitle && <Typography.Text type="secondary">{String(subtitle)}</Typography.Text>}
            <Typography.Paragraph style={{ margin: 0 }}>
              <Highlighted text={hit.snippet} />
            </Typography.Paragraph>
            <Space size={[4, 4]} wrap>
              {hit.providerType && <Tag color="blue">{providerKindLabel(t, hit.providerType)}</Tag>}
              {hit.status && hit.status !== 'published' && <Tag color="orange">{statusLabel(t, hit.status)}</Tag>}
              {(hit.modes ?? []).map((m) => (
                <Tag key={m} color="geekblue">
                  {modeLabel(t, m)}
                </Tag>
              ))}
              {(hit.keywords ?? []).slice(0, 6).map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Space>
          </Space>
        }
      />
    </List.Item>
  );
}
