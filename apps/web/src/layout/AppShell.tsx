import { ReactNode, useState } from 'react';
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { OrganizationSwitch } from './OrganizationSwitch';
import { UserMenu } from './UserMenu';

/** The frame of every screen: brand, the areas the user may open, organisation and language switches, inbox, account. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me, areas } = useSession();
  const screens = Grid.useBreakpoint();
  const location = useLocation();
  const navigate = useNavigate();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const wide = screens.lg ?? true;

  const items = [
    { key: '/search', label: <Link to="/search">{t('nav.search')}</Link> },
    { key: '/challenges', label: <Link to="/challenges">{t('nav.challenges')}</Link> },
    ...areas.map((area) => ({ key: `/${area}`, label: <Link to={`/${area}`}>{t(`nav.${area}`)}</Link> })),
  ];
  const selected = items.map((i) => i.key).filter((k) => location.pathname.startsWith(k));

  const tools = (
    <Space size="middle" wrap>
      {me && <OrganizationSwitch />}
      <LanguageSwitch />
      {me && <NotificationBell />}
      <UserMenu />
    </Space>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          background: '#fff',
          borderBottom: '1px solid #e5e7eb',
          padding: wide ? '0 24px' : '0 12px',
        }}
      >
        <Link to="/" aria-label={t('app.title')} style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text strong style={{ fontSize: 17, color: '#1d5fbf' }}>
            {t('app.brand')}
          </Typography.Text>
        </Link>
        {wide ? (
          <>
            <nav aria-label={t('nav.main')} style={{ flex: 1, minWidth: 0 }}>
              <Menu mode="horizontal" selectedKeys={selected} items={items} style={{ borderBottom: 'none' }} />
            </nav>
            {tools}
          </>
        ) : (
          <>
            <span style={{ flex: 1 }} />
            {me && <NotificationBell />}
            <Button icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} />
            <Drawer
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
              title={t('app.brand')}
              placement="right"
              size={300}
            >
              <nav aria-label={t('nav.main')}>
                <Menu
                  mode="vertical"
                  selectedKeys={selected}
                  items={items}
                  onClick={({ key }) => {
                    setDrawerOpen(false);
                    void navigate(key);
                  }}
                />
              </nav>
              <div style={{ marginTop: 16 }}>{tools}</div>
            </Drawer>
          </>
        )}
      </Layout.Header>
      <Layout.Content
        id="main"
        tabIndex={-1}
        style={{ padding: wide ? '24px' : '12px', maxWidth: 1280, width: '100%', margin: '0 auto' }}
      >
        {children}
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#6b7280' }}>{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
