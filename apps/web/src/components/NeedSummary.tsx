import { LockOutlined } from '@ant-design/icons';
import { Descriptions, Space, Tag, Typography } from 'antd';
import type { NeedView } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';
import { modeLabel } from './labels';
import { useReference } from './reference';

/** A need's public part, and its confidential part (clearly marked) when the reader may see it. */
export function NeedSummary({ need }: { need: NeedView }) {
  const { t } = useI18n();
  const { fieldName } = useReference();
  const budget =
    need.budgetMin !== null || need.budgetMax !== null
      ? `${need.budgetMin ?? '—'} – ${need.budgetMax ?? '—'} ${t('form.yuan')}`
      : '—';
  const hasConfidential = need.confidentialDetails !== undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{need.description}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        bordered
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'org', label: t('need.organization'), children: need.organizationName ?? '—' },
          { key: 'region', label: t('form.region'), children: need.regionName ?? need.regionCode ?? '—' },
          {
            key: 'fields',
            label: t('form.fields'),
            children: need.fields.length
              ? need.fields.map((f, i) => <Tag key={f}>{fieldName(need.fieldCodes?.[i] ?? f)}</Tag>)
              : '—',
          },
          {
            key: 'keywords',
            label: t('form.keywords'),
            children: need.keywords.length ? need.keywords.map((k) => <Tag key={k}>{k}</Tag>) : '—',
          },
          {
            key: 'modes',
            label: t('form.modes'),
            children: need.cooperationModes.map((m) => (
              <Tag key={m} color="geekblue">
                {modeLabel(t, m)}
              </Tag>
            )),
          },
          { key: 'budget', label: t('form.budget'), children: budget },
          { key: 'deadline', label: t('form.deadline'), children: need.deadline ?? '—' },
        ]}
      />
      {hasConfidential && (
        <section className="confidential" aria-label={t('form.confidential')} data-testid="confidential-part">
          <Typography.Text strong>
            <LockOutlined /> {t('form.confidential')}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
            {t('form.confidentialHint')}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {need.confidentialDetails || '—'}
          </Typography.Paragraph>
          {(need.confidentialAttachments ?? []).map((a) => (
            <div key={a.url}>
              <a href={a.url} target="_blank" rel="noreferrer noopener">
                {a.name}
              </a>
            </div>
          ))}
        </section>
      )}
    </Space>
  );
}
