import { Navigate, Route, Routes } from 'react-router';
import { AreaNav } from '@web/components/AreaNav';
import { useI18n } from '@web/i18n/i18n';
import CapabilitiesPage from './CapabilitiesPage';
import IntroductionsPage from './IntroductionsPage';
import NeedsForYouPage from './NeedsForYouPage';
import ProfilePage from './ProfilePage';

/** Experts, societies and workstations: profile and publications, capabilities, needs they could solve. */
export default function ExpertArea() {
  const { t } = useI18n();
  return (
    <>
      <AreaNav
        label={t('nav.expert')}
        items={[
          { path: '/expert/needs', title: t('expert.needsForYou') },
          { path: '/expert/introductions', title: t('expert.introductions') },
          { path: '/expert/capabilities', title: t('expert.capabilities') },
          { path: '/expert/profile', title: t('expert.profile') },
          { path: '/events', title: t('events.nav') },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="needs" replace />} />
        <Route path="needs" element={<NeedsForYouPage />} />
        <Route path="introductions" element={<IntroductionsPage />} />
        <Route path="capabilities" element={<CapabilitiesPage />} />
        <Route path="profile" element={<ProfilePage />} />
      </Routes>
    </>
  );
}
