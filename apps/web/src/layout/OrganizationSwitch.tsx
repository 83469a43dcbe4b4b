import { Select } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '@web/i18n/i18n';
import { areaOf, useSession } from '@web/session/session';

/** Acts for one of the user's organisations; switching opens that organisation's area. */
export function OrganizationSwitch() {
  const { me, current, switchOrganization } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  const memberships = me?.memberships ?? [];
  if (!memberships.length) return null;
  return (
    <Select
      aria-label={t('nav.organization')}
      value={current?.organizationId}
      style={{ minWidth: 180, maxWidth: 260 }}
      popupMatchSelectWidth={false}
      onChange={(id: string) => {
        switchOrganization(id);
        const area = areaOf(memberships.find((m) => m.organizationId === id) ?? null);
        if (area) void navigate(`/${area}`);
      }}
      options={memberships.map((m) => ({
        value: m.organizationId,
        label: `${m.organization?.name ?? m.organizationId} · ${t(`orgType.${m.organizationType}`)}`,
      }))}
    />
  );
}
