import { useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Drawer,
  List,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { api, apiLanguage, call, int } from '@web/api/client';
import type { components } from '@web/api/schema';
import { waited } from '@web/components/duration';
import { useLoad } from '@web/components/useLoad';
import { MessageKey } from '@web/i18n/zh-CN';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

type Schemas = components['schemas'];
type Step = keyof Schemas['StepCountsDto'];
const STEPS: Step[] = [
  'posted',
  'reviewed',
  'published',
  'matched',
  'introduced',
  'acceptedByBoth',
  'meeting',
  'agreementSigned',
  'completed',
];

/** The association's funnel for a period: steps with conversions, times, regions, fields; drill-down and exports. */
export default function ReportsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { current } = useSession();
  const associationId = current?.organizationType === 'association' ? current.organizationId : null;
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs().endOf('year')]);
  const [drill, setDrill] = useState<Step | null>(null);
  const query = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const report = useLoad(
    async () =>
      associationId
        ? call(
            api.GET('/api/v1/reports/associations/{id}/funnel', {
              params: { path: { id: associationId }, query, header: { 'accept-language': apiLanguage() } },
            }),
          )
        : null,
    [associationId, query.from, query.to],
  );

  const download = async (format: 'csv' | 'xlsx') => {
    const { data, response } = await api.GET('/api/v1/reports/associations/{id}/funnel/export', {
      params: {
        path: { id: associationId! },
        query: { ...query, format },
        header: { 'accept-language': apiLanguage() },
      },
      parseAs: 'blob',
    });
    if (!response.ok || !data) return message.error(t('reports.exportFailed'));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(data);
    link.download = `funnel-${query.from}-${query.to}.${format}`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  if (!associationId) return <Alert type="info" showIcon title={t('reports.noAssociation')} />;
  const data = report.data;
  const hours = (s: number | null | undefined) => (s === null || s === undefined ? t('reports.none') : waited(t, s));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            aria-label={t('reports.period')}
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          />
          <Button icon={<DownloadOutlined />} onClick={() => download('csv')}>
            {t('reports.exportCsv')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => download('xlsx')} data-testid="export-xlsx">
            {t('reports.exportXlsx')}
          </Button>
        </Space>
      </Space>
      {report.error && <Alert type="error" showIcon title={report.error.message} />}
      {data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('reports.agreements')} value={data.agreements} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('reports.contractValue')} value={data.contractValue} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('reports.reviewMedian')} value={hours(data.reviewTime.medianSeconds)} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('reports.acceptMedian')}
                  value={hours(data.publicationToFirstAcceptance.medianSeconds)}
                />
              </Card>
            </Col>
          </Row>
          <Card title={t('reports.funnel')} data-testid="funnel">
            {STEPS.map((step, i) => {
              const count = data.totals[step];
              const rate = i === 0 ? null : data.conversions[i - 1].rate;
              return (
                <Row key={step} align="middle" gutter={12} style={{ marginBottom: 8 }}>
                  <Col flex="140px">
                    <Button type="link" onClick={() => setDrill(step)} style={{ padding: 0 }}>
                      {t(`step.${step}` as MessageKey)}
                    </Button>
                  </Col>
                  <Col flex="auto">
                    <Progress
                      percent={data.totals.posted ? (count / data.totals.posted) * 100 : 0}
                      format={() => String(count)}
                    />
                  </Col>
                  <Col flex="160px" className="muted">
                    {rate === null ? '' : t('reports.conversion', { rate: `${Math.round(rate * 1000) / 10}%` })}
                  </Col>
                </Row>
              );
            })}
          </Card>
          <Card title={t('reports.byRegion')}>
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              scroll={{ x: 900 }}
              dataSource={data.regions}
              columns={[
                {
                  title: t('reports.region'),
                  dataIndex: 'name',
                  render: (name: string | null, r) => (
                    <>
                      {name ?? r.code} <Tag>{r.level}</Tag>
                    </>
                  ),
                },
                ...STEPS.map((step) => ({ title: t(`step.${step}` as MessageKey), dataIndex: step })),
                { title: t('reports.contractValue'), dataIndex: 'contractValue' },
                { title: t('reports.providers'), dataIndex: 'providers' },
              ]}
            />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card title={t('reports.demandFields')}>
                <FieldList items={data.topFields.demand} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card title={t('reports.supplyFields')}>
                <FieldList items={data.topFields.supply} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card title={t('reports.unserved')}>
                <List
                  size="small"
                  dataSource={data.unservedFields}
                  renderItem={(f) => (
                    <List.Item extra={t('reports.unservedCount', { unserved: f.unserved, needs: f.needs })}>
                      {f.name ?? f.field}
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card title={t('reports.declines')}>
                <List
                  size="small"
                  dataSource={data.declinesByReason}
                  renderItem={(d) => (
                    <List.Item extra={d.count}>{t(`decline.${d.reasonCode}` as MessageKey)}</List.Item>
                  )}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
      <Drawer
        open={!!drill}
        onClose={() => setDrill(null)}
        title={drill ? t('reports.needsAt', { step: t(`step.${drill}` as MessageKey) }) : ''}
        size="large"
      >
        {drill && <NeedsAtStep associationId={associationId} step={drill} query={query} />}
      </Drawer>
    </Space>
  );
}

function FieldList({ items }: { items: Schemas['FieldCountDto'][] }) {
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(f) => <List.Item extra={f.count}>{f.name ?? f.field}</List.Item>}
    />
  );
}

function NeedsAtStep({
  associationId,
  step,
  query,
}: {
  associationId: string;
  step: Step;
  query: { from: string; to: string };
}) {
  const needs = useLoad(
    () =>
      call(
        api.GET('/api/v1/reports/associations/{id}/funnel/needs', {
          params: { path: { id: associationId }, query: { ...query, step, limit: int(100) } },
        }),
      ),
    [associationId, step, query.from, query.to],
  );
  return (
    <Table
      rowKey="id"
      size="small"
      loading={needs.loading}
      dataSource={needs.data?.items ?? []}
      pagination={false}
      columns={[
        { dataIndex: 'title', render: (title: string, n) => <Link to={`/coordinator/needs/${n.id}`}>{title}</Link> },
        { dataIndex: 'enterpriseName' },
        { dataIndex: 'regionName' },
      ]}
    />
  );
}
