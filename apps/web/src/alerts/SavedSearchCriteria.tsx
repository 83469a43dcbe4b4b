import { Space, Tag } from 'antd';
import { modeLabel, providerKindLabel } from '@web/components/labels';
import { useReference } from '@web/components/reference';
import { useI18n } from '@web/i18n/i18n';

export interface Criteria {
  q?: string | null;
  field?: string | null;
  region?: string | null;
  mode?: string | null;
  providerType?: string | null;
  minScore?: number | null;
}

/** What a saved search looks for, as tags: its words and each facet with its name. */
export function SavedSearchCriteria({ criteria }: { criteria: Criteria }) {
  const { t } = useI18n();
  const { fieldName, regionName } = useReference();
  return (
    <Space size={[4, 4]} wrap>
      {criteria.q && (
        <Tag color="blue">
          {t('alerts.query')}：{criteria.q}
        </Tag>
      )}
      {criteria.field && (
        <Tag>
          {t('facet.field')}：{fieldName(criteria.field)}
        </Tag>
      )}
      {criteria.region && (
        <Tag>
          {t('facet.region')}：{regionName(criteria.region)}
        </Tag>
      )}
      {criteria.mode && (
        <Tag>
          {t('facet.mode')}：{modeLabel(t, criteria.mode)}
        </Tag>
      )}
      {criteria.providerType && (
        <Tag>
          {t('facet.providerType')}：{providerKindLabel(t, criteria.providerType)}
        </Tag>
      )}
      {criteria.minScore != null && (
        <Tag color="gold">
          {t('alerts.minScore')} ≥ {criteria.minScore}
        </Tag>
      )}
    </Space>
  );
}
