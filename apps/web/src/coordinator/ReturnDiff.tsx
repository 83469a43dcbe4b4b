import { Alert, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReviewQueueItem } from '@web/api/types';
import { modeLabel } from '@web/components/labels';
import { useI18n } from '@web/i18n/i18n';
import type { MessageKey, Translate } from '@web/i18n/i18n';

/** The form labels of the content fields a diff can show, in the order of the form. */
const FIELD_LABELS: [string, MessageKey][] = [
  ['title', 'form.title'],
  ['description', 'form.description'],
  ['fields', 'form.fields'],
  ['keywords', 'form.keywords'],
  ['regionCode', 'form.region'],
  ['cooperationModes', 'form.modes'],
  ['serviceModes', 'form.modes'],
  ['budgetMin', 'review.budgetMin'],
  ['budgetMax', 'review.budgetMax'],
  ['deadline', 'form.deadline'],
  ['regionCodes', 'review.regionsServed'],
  ['availability', 'capability.availability'],
];

type Value = unknown;

/** A value as a person reads it: lists joined, budgets as numbers (the log keeps them as text), empty as —. */
function shown(key: string, value: Value, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => (key.endsWith('Modes') ? modeLabel(t, String(v)) : String(v))).join('、')
      : '—';
  if (key.startsWith('budget')) return String(Number(value));
  return String(value);
}

/**
 * A resubmitted listing's review context: the reason it was returned, and each field that changed since, side by side.
 */
export function ReturnDiff({
  previous,
  current,
}: {
  previous: NonNullable<ReviewQueueItem['previousReturn']>;
  current: Record<string, unknown>;
}) {
  const { t } = useI18n();
  const before = previous.content ?? {};
  const rows = FIELD_LABELS.filter(
    ([key]) => key in before && shown(key, before[key], t) !== shown(key, current[key], t),
  ).map(([key, label]) => ({
    key,
    label: t(label),
    before: shown(key, before[key], t),
    after: shown(key, current[key], t),
  }));
  return (
    <div data-testid="return-diff">
      <Alert
        type="warning"
        showIcon
        title={t('review.resubmittedAfter', { at: dayjs(previous.returnedAt).format('YYYY-MM-DD HH:mm') })}
        description={<span data-testid="previous-return-reason">{previous.reason ?? '—'}</span>}
        style={{ marginBottom: 8 }}
      />
      <Typography.Text strong>{t('review.changes')}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        locale={{ emptyText: t('review.noChanges') }}
        columns={[
          { title: t('review.field'), dataIndex: 'label', width: 110 },
          {
            title: t('review.before'),
            dataIndex: 'before',
            render: (v: string) => (
              <Typography.Text delete type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                {v}
              </Typography.Text>
            ),
          },
          {
            title: t('review.after'),
            dataIndex: 'after',
            render: (v: string) => (
              <Typography.Text mark style={{ whiteSpace: 'pre-wrap' }}>
                {v}
              </Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}
