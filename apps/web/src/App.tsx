import { lazy, ReactNode, Suspense } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { I18nProvider, useI18n } from './i18n/i18n';
import { AppShell } from './layout/AppShell';
import { RequireArea } from './layout/RequireArea';
import { areaOf, SessionProvider, useSession } from './session/session';

// One chunk per role: a visitor loads only the public screens, a coordinator's tools load when first opened.
const PublicSearch = lazy(() => import('./public/SearchPage'));
const SignIn = lazy(() => import('./public/SignInPage'));
const Invitation = lazy(() => import('./public/InvitationPage'));
const PublicNeed = lazy(() => import('./public/NeedPage'));
const CoordinatorArea = lazy(() => import('./coordinator/CoordinatorArea'));
const EnterpriseArea = lazy(() => import('./enterprise/EnterpriseArea'));
const ExpertArea = lazy(() => import('./expert/ExpertArea'));
const Notifications = lazy(() => import('./layout/NotificationsPage'));
const Engagement = lazy(() => import('./engagements/EngagementPage'));
const Events = lazy(() => import('./events/EventsListPage'));
const EventDetail = lazy(() => import('./events/EventPage'));
const SavedSearches = lazy(() => import('./alerts/SavedSearchesPage'));
const Unsubscribe = lazy(() => import('./alerts/UnsubscribePage'));
const ChallengeBoard = lazy(() => import('./challenges/ChallengeBoardPage'));
const Challenge = lazy(() => import('./challenges/ChallengePage'));
const RaiseChallenge = lazy(() => import('./challenges/RaiseChallengePage'));
const Account = lazy(() => import('./account/AccountPage'));
const PlatformArea = lazy(() => import('./platform/PlatformArea'));

function Localised({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#1d5fbf', borderRadius: 6 } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

function Home() {
  const { me, loading, current, areas } = useSession();
  if (loading) return <Spin />;
  if (!me) return <Navigate to="/search" replace />;
  const area = areaOf(current) ?? areas[0] ?? 'expert';
  return <Navigate to={`/${area}`} replace />;
}

export function App() {
  return (
    <I18nProvider>
      <Localised>
        <SessionProvider>
          <BrowserRouter>
            <AppShell>
              <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '80px auto' }} />}>
                <Routes>
                  <Route path="/" element={<Home />} />
                  <Route path="/search" element={<PublicSearch />} />
                  <Route path="/sign-in" element={<SignIn />} />
                  <Route path="/invitation" element={<Invitation />} />
                  <Route path="/needs/:id" element={<PublicNeed />} />
                  <Route path="/challenges" element={<ChallengeBoard />} />
                  <Route
                    path="/challenges/new"
                    element={
                      <RequireArea area="coordinator">
                        <RaiseChallenge />
                      </RequireArea>
                    }
                  />
                  <Route path="/challenges/:id" element={<Challenge />} />
                  <Route
                    path="/notifications"
                    element={
                      <RequireArea>
                        <Notifications />
                      </RequireArea>
                    }
                  />
                  <Route
                    path="/engagements/:id"
                    element={
                      <RequireArea>
                        <Engagement />
                      </RequireArea>
                    }
                  />
                  <Route
                    path="/events"
                    element={
                      <RequireArea>
                        <Events />
                      </RequireArea>
                    }
                  />
                  <Route
                    path="/events/:id"
                    element={
                      <RequireArea>
                        <EventDetail />
                      </RequireArea>
                    }
                  />
                  <Route
                    path="/account"
                    element={
                      <RequireArea>
                        <Account />
                      </RequireArea>
                    }
                  />
                  <Route
                    path="/coordinator/*"
                    element={
                      <RequireArea area="coordinator">
                        <CoordinatorArea />
                      </RequireArea>
                    }
                  />
                  <Route
                    path="/enterprise/*"
                    element={
                      <RequireArea area="enterprise">
                        <EnterpriseArea />
                      </RequireArea>
                    }
                  />
                  <Route
                    path="/expert/*"
                    element={
                      <RequireArea area="expert">
                        <ExpertArea />
                      </RequireArea>
                    }
                  />
                  <Route
                    path="/saved-searches"
                    element={
                      <RequireArea>
                        <SavedSearches />
                      </RequireArea>
                    }
                  />
                  <Route path="/unsubscribe" element={<Unsubscribe />} />
                  <Route
                    path="/platform/*"
                    element={
                      <RequireArea>
                        <PlatformArea />
                      </RequireArea>
                    }
                  />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Routes>
              </Suspense>
            </AppShell>
          </BrowserRouter>
        </SessionProvider>
      </Localised>
    </I18nProvider>
  );
}
