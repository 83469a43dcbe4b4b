import { lazy, Suspense, useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

// The dialog and its form load on the first click, so they stay out of the public search's first load.
const SaveSearchDialog = lazy(() => import('./SaveSearchDialog'));

/** "Save this search" on the search page, for the current words and filters; visitors are sent to sign in first. */
export function SaveSearchButton({
  kind,
  params,
}: {
  kind: 'needs' | 'capabilities' | 'providers';
  params: URLSearchParams;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);

  if (kind === 'providers') {
    return (
      <Tooltip title={t('alerts.providersNotSupported')}>
        <Button icon={<BellOutlined />} disabled>
          {t('alerts.save')}
        </Button>
      </Tooltip>
    );
  }
  const criteria = {
    q: params.get('q'),
    field: params.get('field'),
    region: params.get('region'),
    mode: params.get('mode'),
    providerType: kind === 'capabilities' ? params.get('providerType') : null,
  };
  const click = () =>
    me ? setOpen(true) : navigate(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`);
  return (
    <>
      <Tooltip title={me ? undefined : t('alerts.signInToSave')}>
        <Button icon={<BellOutlined />} onClick={click} data-testid="save-search">
          {t('alerts.save')}
        </Button>
      </Tooltip>
      {open && (
        <Suspense fallback={null}>
          <SaveSearchDialog kind={kind} criteria={criteria} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
