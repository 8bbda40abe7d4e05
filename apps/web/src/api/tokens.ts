import type { components } from './schema';

/**
 * Where the sign-in lives in the browser. The access token stays in memory;
 * the refresh token in sessionStorage, so a reload keeps the user signed in
 * but closing the tab (a shared courtroom computer) ends it.
 */
export type TokenPair = components['schemas']['TokenPairDto'];

const REFRESH_KEY = 'tc.refresh';
let accessToken: string | null = null;
const listeners = new Set<() => void>();

export const tokens = {
  access(): string | null {
    return accessToken;
  },
  refresh(): string | null {
    return sessionStorage.getItem(REFRESH_KEY);
  },
  store(pair: TokenPair): void {
    accessToken = pair.accessToken;
    sessionStorage.setItem(REFRESH_KEY, pair.refreshToken);
  },
  clear(): void {
    const had = accessToken !== null || sessionStorage.getItem(REFRESH_KEY) !== null;
    accessToken = null;
    sessionStorage.removeItem(REFRESH_KEY);
    if (had) listeners.forEach((listener) => listener());
  },
  /** Called when the sign-in ends underneath the application (refresh refused). */
  onCleared(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
