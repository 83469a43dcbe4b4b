import { Button, Card, Space, Typography } from 'antd';
import { facetLabel, modeLabel, providerKindLabel, statusLabel } from '@web/components/labels';
import { useReference } from '@web/components/reference';
import { useI18n } from '@web/i18n/i18n';

const MAX_VALUES = 8;

/** One group per facet with the count of each value; choosing a value filters, choosing it again clears. */
export function FacetPanel({
  facets,
  selected,
  onSelect,
}: {
  facets: Record<string, Record<string, number>>;
  selected: URLSearchParams;
  onSelect: (facet: string, value: string | null) => void;
}) {
  const { t } = useI18n();
  const { fieldName, regionName } = useReference();
  const label = (facet: string, value: string) => {
    if (facet === 'mode') return modeLabel(t, value);
    if (facet === 'providerType') return providerKindLabel(t, value);
    if (facet === 'status') return statusLabel(t, value);
    if (facet === 'field') return fieldName(value);
    if (facet === 'region') return regionName(value);
    return value;
  };
  const groups = Object.entries(facets).filter(
    ([facet, values]) => Object.keys(values).length > 0 || selected.get(facet),
  );
  return (
    <Card size="small" title={t('search.facets')}>
      {groups.length === 0 && <Typography.Text type="secondary">{t('search.noFacets')}</Typography.Text>}
      {groups.map(([facet, values]) => {
        const chosen = selected.get(facet);
        const top = Object.entries(values)
          .sort((a, b) => b[1] - a[1])
          .slice(0, MAX_VALUES);
        return (
          <fieldset key={facet} style={{ border: 'none', margin: '0 0 12px', padding: 0 }} data-facet={facet}>
            <legend style={{ fontWeight: 600, fontSize: 13, marginBottom: 4 }}>{facetLabel(t, facet)}</legend>
            <Space size={[4, 4]} wrap>
              {top.map(([value, count]) => (
                <Button
                  key={value}
                  size="small"
                  type={chosen === value ? 'primary' : 'default'}
                  aria-pressed={chosen === value}
                  onClick={() => onSelect(facet, chosen === value ? null : value)}
                >
                  {label(facet, value)} <span className="muted">({count})</span>
                </Button>
              ))}
              {chosen && !values[chosen] && (
                <Button size="small" type="primary" aria-pressed onClick={() => onSelect(facet, null)}>
                  {label(facet, chosen)} ×
                </Button>
              )}
            </Space>
          </fieldset>
        );
      })}
    </Card>
  );
}
