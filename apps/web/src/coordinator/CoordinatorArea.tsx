import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { AreaNav } from '@web/components/AreaNav';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';
import EngagementsBoard from './EngagementsBoardPage';
import NeedMatches from './NeedMatchesPage';
import NeedsList from './NeedsListPage';
import ReviewQueue from './ReviewQueuePage';

const Import = lazy(() => import('./ImportPage')); // brings the CSV parser: loaded only when opened
const Concierge = lazy(() => import('./ConciergePage'));
const Reports = lazy(() => import('./ReportsPage'));
const Workload = lazy(() => import('./WorkloadPage'));
const AssociationSettings = lazy(() => import('./AssociationSettingsPage'));

/** The coordinator's workbench. */
export default function CoordinatorArea() {
  const { t } = useI18n();
  const { current } = useSession();
  return (
    <>
      <AreaNav
        label={t('nav.coordinator')}
        items={[
          { path: '/coordinator/review', title: t('coordinator.review') },
          { path: '/coordinator/needs', title: t('coordinator.needs') },
          { path: '/coordinator/engagements', title: t('coordinator.engagements') },
          { path: '/coordinator/workload', title: t('coordinator.workload') },
          { path: '/coordinator/reports', title: t('coordinator.reports') },
          { path: '/coordinator/import', title: t('coordinator.import') },
          { path: '/coordinator/concierge', title: t('coordinator.concierge') },
          { path: '/events', title: t('events.nav') },
          ...(current?.organizationType === 'association'
            ? [{ path: '/coordinator/settings', title: t('settings.nav') }]
            : []),
        ]}
      />
      <Suspense fallback={<Spin />}>
        <Routes>
          <Route index element={<Navigate to="review" replace />} />
          <Route path="review" element={<ReviewQueue />} />
          <Route path="needs" element={<NeedsList />} />
          <Route path="needs/:id" element={<NeedMatches />} />
          <Route path="engagements" element={<EngagementsBoard />} />
          <Route path="import" element={<Import />} />
          <Route path="concierge" element={<Concierge />} />
          <Route path="workload" element={<Workload />} />
          <Route path="reports" element={<Reports />} />
          <Route path="settings" element={<AssociationSettings />} />
        </Routes>
      </Suspense>
    </>
  );
}
