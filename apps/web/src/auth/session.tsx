import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { activity, watchInput } from '../api/activity';
import { api } from '../api/client';
import { tokens } from '../api/tokens';
import type { components } from '../api/schema';
import type { Language } from '../api/vocabulary';
import { followLanguage } from '../i18n';

type Schemas = components['schemas'];

/** How often the tab checks whether it has gone 30 minutes without input. */
const IDLE_CHECK_MS = 15_000;

export type CourtRole = Schemas['MeMembershipDto']['role'];
export type Role = CourtRole | NonNullable<Schemas['MeDto']['systemRole']>;
/** A court the user works in, with their role and the court's language (the screens' language when the user has not chosen their own). */
export type Membership = Schemas['MeMembershipDto'];
/** GET /me: the user, their courts, and their own language (null follows the court's). */
export type Me = Schemas['MeDto'];

export interface Session {
  me: Me;
  /** The court the screens are about, chosen in the court switcher. */
  court: Membership;
  /** Every court the user works in. */
  courts: Membership[];
  role: Role;
  chooseCourt(courtId: string): void;
  /** Shows the screens in this language at once and saves it as the user's own (PATCH /me); rejects, and goes back, if it could not be saved. */
  chooseLanguage(language: Language): Promise<void>;
  signOut(): Promise<void>;
}

const COURT_KEY = 'tc.court';
const SessionContext = createContext<Session | null>(null);

/** The signed-in session; screens under <RequireSession> can rely on it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}

export interface SessionState {
  session: Session | null;
  /** Signed in, but with no court to work in. */
  courtless: Me | null;
  loading: boolean;
  /** Loads the user after a sign-in. */
  signedIn(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionStateContext = createContext<SessionState | null>(null);
export function useSessionState(): SessionState {
  const state = useContext(SessionStateContext);
  if (!state) throw new Error('useSessionState outside <SessionProvider>');
  return state;
}

type Loaded = { me: Me; courts: Membership[] };

/** A system administrator sees every court; others their memberships. */
async function loadMe(): Promise<Loaded | null> {
  if (!tokens.access() && !(await api.refreshAccess())) return null;
  const me = await api.get<Me>('/me');
  let courts = me.memberships;
  if (me.systemRole === 'system_admin' && courts.length === 0) {
    const all = await api.get<Schemas['CourtDto'][]>('/courts');
    courts = all.map((c) => ({ courtId: c.id, code: c.code, role: 'court_admin' as CourtRole, organisationId: null, language: c.language, permissions: me.systemPermissions }));
  }
  return { me, courts };
}

/**
 * Ends the signed-in state in this tab: the session reads null at once and
 * every other cached read is dropped. The session's own entry is set, never
 * removed: clearing the whole cache first would leave the provider observing
 * a query no longer in it, and the screen (a PIN just replaced, say) would
 * stay as it was instead of going to the sign-in page.
 */
function forgetSession(queryClient: QueryClient): void {
  queryClient.setQueryData(['session'], null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [courtId, setCourtId] = useState<string | null>(() => localStorage.getItem(COURT_KEY));
  const query = useQuery({ queryKey: ['session'], queryFn: loadMe, staleTime: Infinity, retry: false });

  useEffect(
    () =>
      tokens.onCleared(() => forgetSession(queryClient)),
    [queryClient],
  );

  const chooseCourt = useCallback((id: string) => {
    localStorage.setItem(COURT_KEY, id);
    setCourtId(id);
  }, []);

  /** The user's choice shows at once (the session's copy of /me changes, nothing is fetched again), then is saved. */
  const chooseLanguage = useCallback(
    async (language: Language) => {
      const before = queryClient.getQueryData<Loaded | null>(['session']);
      if (!before) return;
      const setMe = (me: (current: Me) => Me) =>
        queryClient.setQueryData(['session'], (data: Loaded | null | undefined) => (data ? { ...data, me: me(data.me) } : data));
      setMe((current) => ({ ...current, language }));
      try {
        const saved = await api.patch<Me>('/me', { language });
        setMe(() => saved);
      } catch (error) {
        setMe((current) => ({ ...current, language: before.me.language }));
        throw error;
      }
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } catch {
      // The session ends locally whatever the server says.
    }
    tokens.clear();
    forgetSession(queryClient);
  }, [queryClient]);

  // Input anywhere in the tab is a person's action; after 30 minutes without any, the tab signs out by
  // itself (the API's idle limit, which a screen's own refreshes do not extend, would refuse it next).
  useEffect(() => watchInput(window), []);
  const signedIn = Boolean(query.data);
  useEffect(() => {
    if (!signedIn) return undefined;
    const timer = window.setInterval(() => {
      if (activity.isIdle()) void signOut();
    }, IDLE_CHECK_MS);
    return () => window.clearInterval(timer);
  }, [signedIn, signOut]);

  const session = useMemo<Session | null>(() => {
    const data = query.data;
    // A user with no court at all (every membership removed) gets no screens; <RequireSession> says so.
    if (!data || data.courts.length === 0) return null;
    const court = data.courts.find((c) => c.courtId === courtId) ?? data.courts[0];
    const role: Role = data.me.systemRole && !data.me.memberships.length ? 'system_admin' : court.role;
    return { me: data.me, court, courts: data.courts, role, chooseCourt, chooseLanguage, signOut };
  }, [query.data, courtId, chooseCourt, chooseLanguage, signOut]);

  // The screens speak the user's own language, else their court's (the one chosen in the switcher), else this browser's.
  const language = query.data ? (query.data.me.language ?? session?.court.language ?? null) : null;
  useEffect(() => followLanguage(language), [language]);

  const state = useMemo<SessionState>(
    () => ({
      session,
      courtless: query.data && query.data.courts.length === 0 ? query.data.me : null,
      loading: query.isPending,
      signedIn: async () => {
        await queryClient.resetQueries({ queryKey: ['session'] });
      },
      signOut,
    }),
    [session, query.data, query.isPending, queryClient, signOut],
  );

  return (
    <SessionStateContext.Provider value={state}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </SessionStateContext.Provider>
  );
}

