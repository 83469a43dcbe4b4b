import { Navigate, Route, Routes } from 'react-router';
import { AreaNav } from '@web/components/AreaNav';
import { useI18n } from '@web/i18n/i18n';
import MyNeedsPage from './MyNeedsPage';
import NeedDetailPage from './NeedDetailPage';
import NeedEditorPage from './NeedEditorPage';

/** The enterprise member's area: post needs, follow their review, see who could help. */
export default function EnterpriseArea() {
  const { t } = useI18n();
  return (
    <>
      <AreaNav
        label={t('nav.enterprise')}
        items={[
          { path: '/enterprise/needs', title: t('enterprise.myNeeds') },
          { path: '/enterprise/needs/new', title: t('enterprise.postNeed') },
          { path: '/events', title: t('events.nav') },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="needs" replace />} />
        <Route path="needs" element={<MyNeedsPage />} />
        <Route path="needs/new" element={<NeedEditorPage />} />
        <Route path="needs/:id" element={<NeedDetailPage />} />
        <Route path="needs/:id/edit" element={<NeedEditorPage />} />
      </Routes>
    </>
  );
}
