import { ReactNode } from 'react';
import { Result, Spin } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { useI18n } from '@web/i18n/i18n';
import { Area, useSession } from '@web/session/session';

/** Sends visitors to sign in, and tells signed-in users when an area is not theirs. */
export function RequireArea({ area, children }: { area?: Area; children: ReactNode }) {
  const { me, loading, areas } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (loading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (!me) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (area && !areas.includes(area)) return <Result status="403" title={t('common.forbidden')} />;
  return <>{children}</>;
}
