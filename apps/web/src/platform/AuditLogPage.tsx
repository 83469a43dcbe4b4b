import { useState } from 'react';
import { Alert, Button, Form, Input, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import Papa from 'papaparse';
import { api, call, int } from '@web/api/client';
import { showFieldErrors } from '@web/api/errors';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import type { AuditEntry } from '@web/api/types';

interface Filters {
  action?: string;
  targetType?: string;
  targetId?: string;
  actorId?: string;
}

const PAGE_SIZE = 20;
const EXPORT_PAGE = 100;
const EXPORT_MAX_PAGES = 50;

const clean = (f: Filters): Filters =>
  Object.fromEntries(
    Object.entries(f)
      .filter(([, v]) => typeof v === 'string' && v.trim())
      .map(([k, v]) => [k, (v as string).trim()]),
  );

function fetchPage(filters: Filters, page: number, limit: number) {
  return call(api.GET('/api/v1/audit', { params: { query: { ...filters, page: int(page), limit: int(limit) } } }));
}

/** Every entry the filters select (up to 5,000), newest first, as a CSV file the browser downloads. */
async function exportCsv(filters: Filters) {
  const rows: AuditEntry[] = [];
  for (let page = 1; page <= EXPORT_MAX_PAGES; page++) {
    const batch = await fetchPage(filters, page, EXPORT_PAGE);
    rows.push(...batch.items);
    if (rows.length >= batch.total || !batch.items.length) break;
  }
  const csv = Papa.unparse(
    rows.map((r) => ({
      time: r.createdAt,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId ?? '',
      actorId: r.actorId ?? '',
      before: r.before ? JSON.stringify(r.before) : '',
      after: r.after ? JSON.stringify(r.after) : '',
      requestId: r.requestId ?? '',
    })),
  );
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' })); // the BOM lets Excel read UTF-8
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: `audit-${dayjs().format('YYYYMMDD-HHmmss')}.csv`,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The audit log for platform admins: filter by action, record and actor; page through; export what the filters select. */
export default function AuditLogPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const log = useLoad(async () => {
    try {
      return await fetchPage(filters, page, PAGE_SIZE);
    } catch (e) {
      showFieldErrors(form, e, ['action', 'targetType', 'targetId', 'actorId']);
      throw e;
    }
  }, [filters, page]);

  const columns: TableProps<AuditEntry>['columns'] = [
    {
      key: 'time',
      title: t('admin.time'),
      render: (_, e) => dayjs(e.createdAt).format('YYYY-MM-DD HH:mm:ss'),
      width: 170,
    },
    { key: 'action', title: t('admin.action'), dataIndex: 'action' },
    { key: 'targetType', title: t('admin.targetType'), dataIndex: 'targetType' },
    { key: 'targetId', title: t('admin.targetId'), dataIndex: 'targetId', ellipsis: true },
    { key: 'actorId', title: t('admin.actor'), dataIndex: 'actorId', ellipsis: true },
  ];

  const download = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await exportCsv(filters);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('admin.audit')}
      </Typography.Title>
      <Form
        form={form}
        layout="inline"
        data-testid="audit-filters"
        onFinish={(values) => {
          setFilters(clean(values));
          setPage(1);
        }}
      >
        <Form.Item name="action" label={t('admin.action')} tooltip={t('admin.actionHint')}>
          <Input allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="targetType" label={t('admin.targetType')}>
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="targetId" label={t('admin.targetId')}>
          <Input allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="actorId" label={t('admin.actor')}>
          <Input allowClear style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('admin.filter')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={download}
          data-testid="audit-export"
          style={{ marginLeft: 8 }}
        >
          {t('admin.exportCsv')}
        </Button>
      </Form>
      {log.error && <Alert type="error" showIcon title={log.error.message} />}
      {exportError && <Alert type="error" showIcon title={exportError} />}
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="small"
        loading={log.loading}
        columns={columns}
        dataSource={log.data?.items ?? []}
        expandable={{
          expandedRowRender: (e) => (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {JSON.stringify({ before: e.before, after: e.after, requestId: e.requestId }, null, 2)}
            </pre>
          ),
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: log.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (n) => t('needsList.total', { n }),
        }}
      />
    </Space>
  );
}
