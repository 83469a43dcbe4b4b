import { useState } from 'react';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Progress, Radio, Space, Statistic, Table, Typography, Upload } from 'antd';
import { api, apiLanguage, call } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import type { ImportReport } from '@web/api/types';
import type { components } from '@web/api/schema';
import { useI18n } from '@web/i18n/i18n';
import { IMPORT_COLUMNS, templateCsv } from './import-columns';
import { chunks, ImportFileError, ImportKind, ParsedFile, readImportFile } from './import-file';

const CHUNK_SIZE = 200;
type Schemas = components['schemas'];
const header = () => ({ header: { 'accept-language': apiLanguage() } });

const send: Record<ImportKind, (items: Record<string, unknown>[]) => Promise<ImportReport>> = {
  providers: (items) =>
    call(
      api.POST('/api/v1/import/providers', {
        params: header(),
        body: { items: items as unknown as Schemas['ProviderRow'][] },
      }),
    ),
  needs: (items) =>
    call(
      api.POST('/api/v1/import/needs', { params: header(), body: { items: items as unknown as Schemas['NeedRow'][] } }),
    ),
  capabilities: (items) =>
    call(
      api.POST('/api/v1/import/capabilities', {
        params: header(),
        body: { items: items as unknown as Schemas['CapabilityRow'][] },
      }),
    ),
};

interface RowProblem {
  key: string;
  rowNumber: number;
  externalId?: string;
  field: string;
  message: string;
  kind: 'error' | 'warning';
}

interface Totals {
  created: number;
  updated: number;
  unchanged: number;
  failedRows: number;
}

/** Bulk import: a CSV or JSON file parsed here, sent in chunks, with a progress bar and a report by row number. */
export default function ImportPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportKind>('providers');
  const [file, setFile] = useState<{ name: string; parsed: ParsedFile } | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [totals, setTotals] = useState<Totals | null>(null);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [fatal, setFatal] = useState<string | null>(null);
  const running = !!progress && progress.done < progress.total && !fatal;

  const read = async (f: File) => {
    setTotals(null);
    setProblems([]);
    setFatal(null);
    setProgress(null);
    setParseError(null);
    try {
      setFile({ name: f.name, parsed: await readImportFile(f) });
    } catch (err) {
      setFile(null);
      setParseError(
        err instanceof ImportFileError
          ? t(err.code, { detail: err.detail })
          : err instanceof Error
            ? err.message
            : String(err),
      );
    }
    return false; // never upload the file itself: rows go to the import API
  };

  const run = async () => {
    if (!file) return;
    const rows = file.parsed.rows;
    const sum: Totals = { created: 0, updated: 0, unchanged: 0, failedRows: 0 };
    const found: RowProblem[] = [];
    setTotals(null);
    setProblems([]);
    setFatal(null);
    setProgress({ done: 0, total: rows.length });
    let done = 0;
    for (const chunk of chunks(rows, CHUNK_SIZE)) {
      try {
        const report = await send[kind](chunk.map((r) => r.item));
        sum.created += report.created;
        sum.updated += report.updated;
        sum.unchanged += report.unchanged;
        sum.failedRows += report.failed.length;
        for (const f of report.failed) {
          const rowNumber = chunk[f.index]?.rowNumber ?? done + f.index + 1;
          f.errors.forEach((e, i) =>
            found.push({
              key: `e${rowNumber}-${i}`,
              rowNumber,
              externalId: f.externalId,
              field: e.field,
              message: e.message,
              kind: 'error',
            }),
          );
        }
        for (const [i, w] of report.warnings.entries()) {
          const rowNumber = chunk[w.index]?.rowNumber ?? done + w.index + 1;
          found.push({
            key: `w${rowNumber}-${i}`,
            rowNumber,
            externalId: chunk[w.index]?.item.externalId as string | undefined,
            field: w.field,
            message: w.message,
            kind: 'warning',
          });
        }
      } catch (err) {
        setFatal(err instanceof ApiError ? err.message : String(err));
        break;
      }
      done += chunk.length;
      setProgress({ done, total: rows.length });
      setTotals({ ...sum });
      setProblems([...found].sort((a, b) => a.rowNumber - b.rowNumber));
    }
  };

  const percent = progress ? Math.round((progress.done / Math.max(progress.total, 1)) * 100) : 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('import.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('import.intro')}
      </Typography.Paragraph>
      <Card size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Radio.Group
            aria-label={t('import.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as ImportKind)}
            optionType="button"
            options={(['providers', 'needs', 'capabilities'] as const).map((k) => ({
              value: k,
              label: t(`import.kind.${k}`),
            }))}
          />
          <Typography.Text type="secondary">
            {t('import.columnsAre', { columns: IMPORT_COLUMNS[kind].map((c) => c.zh).join('、') })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('import.formats')}</Typography.Text>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadTemplate(kind, t(`import.kind.${kind}`))}
            data-testid="import-template"
          >
            {t('import.template')}
          </Button>
          <Upload.Dragger
            accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json"
            maxCount={1}
            showUploadList={false}
            beforeUpload={read}
            aria-label={t('import.choose')}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('import.choose')}</p>
            {file && (
              <p data-testid="import-file">
                <strong>{file.name}</strong> · {file.parsed.format} ·{' '}
                {t('import.rowsRead', { rows: file.parsed.rows.length })}
              </p>
            )}
          </Upload.Dragger>
          {parseError && <Alert type="error" showIcon title={parseError} />}
          <Button type="primary" disabled={!file || running} loading={running} onClick={run}>
            {t('import.start')}
          </Button>
          {progress && (
            <Progress
              percent={percent}
              status={fatal ? 'exception' : percent === 100 ? 'success' : 'active'}
              aria-label={t('import.progress')}
            />
          )}
          {fatal && <Alert type="error" showIcon title={fatal} />}
        </Space>
      </Card>
      {totals && (
        <Card size="small" title={t('import.report')} data-testid="import-report">
          <Space size="large" wrap>
            <Statistic title={t('import.created')} value={totals.created} />
            <Statistic title={t('import.updated')} value={totals.updated} />
            <Statistic title={t('import.unchanged')} value={totals.unchanged} />
            <Statistic
              title={t('import.failed')}
              value={totals.failedRows}
              styles={{ content: { color: totals.failedRows ? '#cf1322' : undefined } }}
            />
          </Space>
          {problems.length > 0 && (
            <Table<RowProblem>
              style={{ marginTop: 16 }}
              size="small"
              rowKey="key"
              dataSource={problems}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t('import.row'), dataIndex: 'rowNumber', width: 80 },
                { title: t('import.externalId'), dataIndex: 'externalId', render: (v?: string) => v ?? '—' },
                { title: t('import.field'), dataIndex: 'field' },
                {
                  title: t('import.message'),
                  dataIndex: 'message',
                  render: (m: string, p) => (
                    <Typography.Text type={p.kind === 'error' ? 'danger' : 'warning'}>{m}</Typography.Text>
                  ),
                },
              ]}
            />
          )}
        </Card>
      )}
    </Space>
  );
}

/** Saves the kind's template (Chinese header row and an example row) as a CSV file. */
function downloadTemplate(kind: ImportKind, label: string) {
  const url = URL.createObjectURL(new Blob([templateCsv(kind)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `导入模板-${label.replace(/[\s·]+/g, '')}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
