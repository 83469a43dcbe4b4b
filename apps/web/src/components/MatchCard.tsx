import { ReactNode } from 'react';
import { Card, Progress, Space, Tag, Typography } from 'antd';
import type { MatchReasons } from '@web/api/models';
import { useI18n } from '@web/i18n/i18n';
import { Highlighted, markTerms } from './Highlighted';

/** One ranked candidate: score 0–100, the ranker's sentence, and the evidence with the matched terms marked. */
export function MatchCard({ rank, title, subtitle, score, reasons, actions, testId }: {
  rank: number;
  title: ReactNode;
  subtitle?: ReactNode;
  score: number;
  reasons: MatchReasons;
  actions?: ReactNode;
  testId?: string;
}) {
  const { t, pick } = useI18n();
  const terms = [...reasons.matchedKeywords, ...reasons.matchedFields];
  const record = reasons.trackRecord;
  const color = score >= 70 ? '#389e0d' : score >= 40 ? '#1d5fbf' : '#8c8c8c';
  return (
    <Card size="small" data-testid={testId} style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <div style={{ textAlign: 'center', minWidth: 72 }} aria-label={t('match.scoreLabel', { score: Math.round(score) })}>
          <Progress type="circle" size={64} percent={Math.round(score)} format={(p) => p} strokeColor={color} />
          <div className="muted" style={{ fontSize: 12 }}>#{rank}</div>
        </div>
        <Space orientation="vertical" size={6} style={{ flex: 1, minWidth: 220 }}>
          <Space wrap>
            <Typography.Text strong style={{ fontSize: 16 }}>{title}</Typography.Text>
            {subtitle}
            {reasons.pinned && <Tag color="gold">{t('match.pinned')}</Tag>}
            {!reasons.available && <Tag color="red">{t('match.unavailable')}</Tag>}
            {reasons.region !== 'unknown' && <Tag>{t(`match.region.${reasons.region}`)}</Tag>}
            {record && record.positiveOutcomes + record.negativeOutcomes > 0 && (
              <Tag color={record.adjustment < 0 ? 'orange' : 'blue'}>{t('match.pastOutcomes', { good: record.positiveOutcomes, bad: record.negativeOutcomes })}</Tag>
            )}
            {record && record.openEngagements > 0 && <Tag>{t('match.openEngagements', { n: record.openEngagements })}</Tag>}
          </Space>
          <Typography.Paragraph style={{ margin: 0 }}>{pick(reasons.summary)}</Typography.Paragraph>
          {terms.length > 0 && (
            <Space size={[4, 4]} wrap aria-label={t('match.matchedTerms')}>
              {reasons.matchedKeywords.map((k) => <Tag key={`k${k}`} color="green">{k}</Tag>)}
              {reasons.matchedFields.map((f) => <Tag key={`f${f}`} color="cyan">{f}</Tag>)}
            </Space>
          )}
          {(reasons.matchedCapability || reasons.matchedPublications.length > 0) && (
            <ul style={{ margin: 0, paddingLeft: 18 }} aria-label={t('match.evidence')}>
              {reasons.matchedCapability && (
                <li>{t('match.capability')}: <Highlighted text={markTerms(reasons.matchedCapability.title, terms)} /></li>
              )}
              {reasons.matchedPublications.slice(0, 3).map((p) => (
                <li key={p.title}>{t('match.publication')}: <Highlighted text={markTerms(p.title, terms)} />{p.year ? ` (${p.year})` : ''}</li>
              ))}
            </ul>
          )}
          {actions}
        </Space>
      </div>
    </Card>
  );
}
