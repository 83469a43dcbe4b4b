import { ReactNode } from 'react';
import { Card, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import type { MatchReasons } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';
import { Highlighted, markTerms } from './Highlighted';
import { useReference } from './reference';

/** One ranked candidate: score 0–100, the ranker's sentence, and the evidence with the matched terms marked. */
export function MatchCard({
  rank,
  title,
  subtitle,
  score,
  reasons,
  actions,
  testId,
}: {
  rank: number;
  title: ReactNode;
  subtitle?: ReactNode;
  score: number;
  reasons: MatchReasons;
  actions?: ReactNode;
  testId?: string;
}) {
  const { t, pick } = useI18n();
  const { fieldName } = useReference();
  // Shared fields arrive as taxonomy codes: shown (and marked in the evidence) by their name in the user's language.
  const fieldNames = reasons.matchedFields.map(fieldName);
  const terms = [...reasons.matchedKeywords, ...fieldNames];
  const record = reasons.trackRecord;
  const band = scoreBand(score);
  const color = BAND_COLORS[band];
  const shown = score < 0.5 ? '<1' : String(Math.round(score));
  return (
    <Card size="small" data-testid={testId} style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Tooltip title={t('match.band.explain', { score: shown })}>
          <div
            style={{ textAlign: 'center', minWidth: 72 }}
            aria-label={t('match.scoreLabel', { score: shown })}
            data-testid="match-score"
          >
            <Progress type="circle" size={64} percent={Math.max(score, 1)} format={() => shown} strokeColor={color} />
            <div>
              <Tag
                color={band === 'weak' ? undefined : color}
                data-testid="match-band"
                data-band={band}
                style={{ margin: '4px 0 0' }}
              >
                {t('match.band.label', { band: t(`match.band.${band}`) })}
              </Tag>
            </div>
            <div className="muted" style={{ fontSize: 12 }}>
              #{rank}
            </div>
          </div>
        </Tooltip>
        <Space orientation="vertical" size={6} style={{ flex: 1, minWidth: 220 }}>
          <Space wrap>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {title}
            </Typography.Text>
            {subtitle}
            {reasons.pinned && <Tag color="gold">{t('match.pinned')}</Tag>}
            {!reasons.available && <Tag color="red">{t('match.unavailable')}</Tag>}
            {reasons.region !== 'unknown' && <Tag>{t(`match.region.${reasons.region}`)}</Tag>}
            {record && record.positiveOutcomes + record.negativeOutcomes > 0 && (
              <Tag color={record.adjustment < 0 ? 'orange' : 'blue'}>
                {t('match.pastOutcomes', { good: record.positiveOutcomes, bad: record.negativeOutcomes })}
              </Tag>
            )}
            {record && record.openEngagements > 0 && (
              <Tag>{t('match.openEngagements', { n: record.openEngagements })}</Tag>
            )}
          </Space>
          <Typography.Paragraph style={{ margin: 0 }}>{pick(reasons.summary)}</Typography.Paragraph>
          {terms.length > 0 && (
            <Space size={[4, 4]} wrap aria-label={t('match.matchedTerms')}>
              {reasons.matchedKeywords.map((k) => (
                <Tag key={`k${k}`} color="green">
                  {k}
                </Tag>
              ))}
              {reasons.matchedFields.map((f, i) => (
                <Tag key={`f${f}`} color="cyan" data-field-code={f}>
                  {fieldNames[i]}
                </Tag>
              ))}
            </Space>
          )}
          {(reasons.matchedCapability || reasons.matchedPublications.length > 0) && (
            <ul style={{ margin: 0, paddingLeft: 18 }} aria-label={t('match.evidence')}>
              {reasons.matchedCapability && (
                <li>
                  {t('match.capability')}: <Highlighted text={markTerms(reasons.matchedCapability.title, terms)} />
                </li>
              )}
              {reasons.matchedPublications.slice(0, 3).map((p) => (
                <li key={p.title}>
                  {t('match.publication')}: <Highlighted text={markTerms(p.title, terms)} />
                  {p.year ? ` (${p.year})` : ''}
                </li>
              ))}
            </ul>
          )}
          {actions}
        </Space>
      </div>
    </Card>
  );
}

export type ScoreBand = 'strong' | 'medium' | 'weak';
const BAND_COLORS: Record<ScoreBand, string> = { strong: '#389e0d', medium: '#1d5fbf', weak: '#8c8c8c' };

/**
 * The score is a calibrated probability of a good fit (×100), and good fits often score low: 10 and up reads as
 * strong, 1–10 as medium, under 1 as weak (the floor of the lists is 0.1).
 */
export function scoreBand(score: number): ScoreBand {
  return score >= 10 ? 'strong' : score >= 1 ? 'medium' : 'weak';
}
