import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, API_BASE } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { tokens } from '../../api/tokens';
import type { components } from '../../api/schema';

type UnreadCount = components['schemas']['UnreadCountDto'];

const UNREAD_PATH = '/me/alerts/unread-count';
/** Waits before opening the stream again after it ended or failed, growing to the last. */
const RECONNECT_MS = [1_000, 2_000, 5_000, 15_000, 30_000];

/**
 * Follows the API's alert stream (server-sent events over a streamed fetch,
 * since EventSource cannot carry the bearer token): on each event the bell's
 * count and the alert list are read again. The stream ends every few minutes
 * and on any failure, and is opened again with the current token; it is sent
 * as background work, so it never keeps an idle session alive.
 */
function useAlertStream(onChange: () => void): void {
  useEffect(() => {
    let stopped = false;
    let controller: AbortController | null = null;
    let failures = 0;
    const run = async () => {
      while (!stopped) {
        controller = new AbortController();
        try {
          const response = await fetch(`${API_BASE}/me/alerts/stream`, {
            headers: { accept: 'text/event-stream', authorization: `Bearer ${tokens.access() ?? ''}`, 'x-background-refresh': '1' },
            signal: controller.signal,
          });
          if (response.status === 401) await api.refreshAccess();
          if (response.ok && response.body) {
            failures = 0;
            const reader = response.body.getReader();
            const decoder = new TextDecoder();
            let buffer = '';
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              buffer += decoder.decode(value, { stream: true });
              const events = buffer.split('\n\n');
              buffer = events.pop() ?? '';
              if (events.some((event) => event.startsWith('event: alerts'))) onChange();
            }
          } else failures += 1;
        } catch {
          failures += 1;
        }
        if (stopped) return;
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)]));
      }
    };
    void run();
    return () => {
      stopped = true;
      controller?.abort();
    };
  }, [onChange]);
}

/** The header's bell: the unread count, kept live, linking to the list of alerts. */
export function AlertBell() {
  const { t } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const unread = useApiQuery<UnreadCount>(UNREAD_PATH);
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && (q.queryKey[0] as string).startsWith('/me/alerts') });
  }, [queryClient]);
  useAlertStream(refresh);
  const count = unread.data?.unread ?? 0;
  return (
    <Link to="/alerts" className={count > 0 ? 'bell bell-unread' : 'bell'} aria-label={t('bell.label', { count })}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.5-2.5h-5A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
