import { UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

export function UserMenu() {
  const { me, signOut } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  if (!me)
    return (
      <Button type="primary" onClick={() => navigate('/sign-in')}>
        {t('nav.signIn')}
      </Button>
    );
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'account', label: t('account.nav') },
          { key: 'saved-searches', label: t('alerts.mine') },
          ...(me.isAdmin
            ? [
                { key: 'platform', label: t('admin.nav') },
                {
                  key: 'queues',
                  label: (
                    <a href="/admin/queues" target="_blank" rel="noreferrer">
                      {t('nav.queues')}
                    </a>
                  ),
                },
              ]
            : []),
          { key: 'sign-out', label: t('nav.signOut') },
        ],
        onClick: ({ key }) => {
          if (key === 'account') return void navigate('/account');
          if (key === 'saved-searches') return void navigate('/saved-searches');
          if (key === 'platform') return void navigate('/platform');
          if (key !== 'sign-out') return;
          void signOut().then(() => navigate('/search'));
        },
      }}
    >
      <Button icon={<UserOutlined />} aria-label={t('nav.account')}>
        {t('nav.account')}
      </Button>
    </Dropdown>
  );
}
