import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDateTime } from '../../i18n/format';

type Alerts = components['schemas']['AlertsDto'];
type Alert = components['schemas']['AlertDto'];

/** The signed-in person's alerts, newest first: each says what happened and links to its record; opening one marks it read. */
export function AlertsScreen() {
  const { t } = useTranslation('notifications');
  const alerts = useApiQuery<Alerts>('/me/alerts');
  const markRead = useApiMutation((alert: Alert) => api.post(`/me/alerts/${alert.id}/read`), { invalidates: ['/me/alerts'] });
  const markAll = useApiMutation(() => api.post('/me/alerts/read-all'), { invalidates: ['/me/alerts'] });
  return (
    <section className="alerts-screen">
      <h1>{t('alerts.title')}</h1>
      <p>
        <Link to="/notifications">{t('alerts.preferences')}</Link>
      </p>
      <ProblemBanner problem={markRead.error ?? markAll.error} />
      <QueryView query={alerts}>
        {(data) => (
          <>
            <p role="status">{t('alerts.unread', { count: data.unread })}</p>
            {data.unread > 0 && (
              <button type="button" onClick={() => markAll.mutate(undefined)} disabled={markAll.isPending}>
                {t('alerts.markAllRead')}
              </button>
            )}
            {data.items.length === 0 ? (
              <p>{t('alerts.empty')}</p>
            ) : (
              <ul className="alert-list">
                {data.items.map((alert) => (
                  <li key={alert.id} className={alert.readAt ? 'alert-item' : 'alert-item alert-unread'}>
                    <h2>
                      {alert.link ? (
                        <Link to={alert.link} onClick={() => !alert.readAt && markRead.mutate(alert)}>
                          {alert.title}
                        </Link>
                      ) : (
                        alert.title
                      )}
                    </h2>
                    <p>{alert.text}</p>
                    <p className="alert-meta">
                      <time dateTime={alert.createdAt}>{formatDateTime(alert.createdAt)}</time>
                      {' · '}
                      {alert.readAt ? (
                        t('alerts.read')
                      ) : (
                        <button type="button" className="link" onClick={() => markRead.mutate(alert)} disabled={markRead.isPending}>
                          {t('alerts.markRead')}
                        </button>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
