import { lazy, Suspense } from 'react';
import { Button, Result, Space, Spin, Tooltip } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { Navigate, Route, Routes } from 'react-router';
import { AreaNav } from '@web/components/AreaNav';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

const AuditLog = lazy(() => import('./AuditLogPage'));
const Users = lazy(() => import('./DirectoryPages').then((m) => ({ default: m.UsersPage })));
const Organizations = lazy(() => import('./DirectoryPages').then((m) => ({ default: m.OrganizationsPage })));

/** Platform administration (admins only; the API checks too): the audit log, and the way to the job queues' dashboard. */
export default function PlatformArea() {
  const { t } = useI18n();
  const { me } = useSession();
  if (!me?.isAdmin) return <Result status="403" title={t('common.forbidden')} />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <AreaNav
          label={t('admin.nav')}
          items={[
            { path: '/platform/users', title: t('directory.users') },
            { path: '/platform/organizations', title: t('directory.organizationsTitle') },
            { path: '/platform/audit', title: t('admin.audit') },
          ]}
        />
        <Tooltip title={t('admin.queuesHint')}>
          <Button href="/admin/queues" target="_blank" rel="noopener" icon={<ExportOutlined />}>
            {t('admin.queues')}
          </Button>
        </Tooltip>
      </Space>
      <Suspense fallback={<Spin />}>
        <Routes>
          <Route index element={<Navigate to="audit" replace />} />
          <Route path="audit" element={<AuditLog />} />
          <Route path="users" element={<Users />} />
          <Route path="organizations" element={<Organizations />} />
        </Routes>
      </Suspense>
    </>
  );
}
