import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, call, onSessionExpired, resumeSession } from '@web/api/client';
import type { Me, Membership } from '@web/api/types';
import { tokens } from '@web/api/tokens';

/** Who is signed in, their organisations, and the one they act for right now (the organisation switch). */
export type Area = 'coordinator' | 'enterprise' | 'expert';

interface Session {
  me: Me | null;
  loading: boolean;
  current: Membership | null;
  areas: Area[];
  signIn: (email: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  switchOrganization: (organizationId: string) => void;
  reload: () => Promise<void>;
}

const CURRENT_ORG = 'mkt.organizationId';
const SessionContext = createContext<Session | null>(null);

export function areaOf(membership: Membership | null): Area | null {
  switch (membership?.organizationType) {
    case 'association':
    case 'platform':
      return 'coordinator';
    case 'enterprise':
      return 'enterprise';
    case 'society':
    case 'workstation':
    case 'university':
    case 'institute':
      return 'expert';
    default:
      return null;
  }
}

export function areasOf(me: Me | null): Area[] {
  if (!me) return [];
  const areas = new Set(me.memberships.map(areaOf).filter((a): a is Area => !!a));
  if (me.isAdmin) areas.add('coordinator');
  // Every signed-in user may have an expert profile of their own, so the expert area is always offered.
  areas.add('expert');
  return (['coordinator', 'enterprise', 'expert'] as const).filter((a) => areas.has(a));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(tokens.mayResume);
  const [currentId, setCurrentId] = useState<string | null>(() => localStorage.getItem(CURRENT_ORG));

  const reload = useCallback(async () => {
    // After a page load the access token (kept in memory only) is gone: the refresh cookie brings a new one.
    if (!tokens.access && tokens.mayResume && !(await resumeSession())) tokens.clear();
    if (!tokens.access) {
      setMe(null);
      setLoading(false);
      return;
    }
    try {
      setMe(await call(api.GET('/api/v1/me')));
    } catch {
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    onSessionExpired(() => setMe(null));
    void reload();
  }, [reload]);

  const signIn = useCallback(async (email: string, password: string) => {
    const result = await call(api.POST('/api/v1/auth/login', { body: { email, password } }));
    tokens.save(result.accessToken);
    const profile = await call(api.GET('/api/v1/me'));
    setMe(profile);
    return profile;
  }, []);

  const signOut = useCallback(async () => {
    // The API ends this sign-in from its cookie and clears the cookie.
    await call(api.POST('/api/v1/auth/logout', { body: {} })).catch(() => undefined);
    tokens.clear();
    setMe(null);
  }, []);

  const switchOrganization = useCallback((organizationId: string) => {
    localStorage.setItem(CURRENT_ORG, organizationId);
    setCurrentId(organizationId);
  }, []);

  const value = useMemo<Session>(() => {
    const memberships = me?.memberships ?? [];
    const current = memberships.find((m) => m.organizationId === currentId) ?? memberships[0] ?? null;
    return { me, loading, current, areas: areasOf(me), signIn, signOut, switchOrganization, reload };
  }, [me, loading, currentId, signIn, signOut, switchOrganization, reload]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
