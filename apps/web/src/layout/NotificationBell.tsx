import { useEffect, useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { api, call } from '@web/api/client';
import { useI18n } from '@web/i18n/i18n';

const POLL_MS = 30000;

/** The inbox bell with the unread count, refreshed every half minute and on every navigation. */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      void call(api.GET('/api/v1/notifications/unread-count'))
        .then((r) => !cancelled && setUnread(r.unread))
        .catch(() => undefined);
    load();
    const timer = setInterval(load, POLL_MS);
    window.addEventListener('mkt:notifications-read', load);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener('mkt:notifications-read', load);
    };
  }, [pathname]);

  return (
    <Badge count={unread} size="small" overflowCount={99}>
      <Button
        icon={<BellOutlined />}
        aria-label={unread ? t('notifications.unreadLabel', { count: unread }) : t('notifications.title')}
        onClick={() => navigate('/notifications')}
        data-testid="notification-bell"
      />
    </Badge>
  );
}
