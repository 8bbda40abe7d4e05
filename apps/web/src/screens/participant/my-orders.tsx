import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiQuery } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import { ProblemBanner } from '../../components/problem';
import { formatDate } from '../../i18n/format';

type CourtOrder = components['schemas']['CourtOrderDto'];

/**
 * The court's written orders, each a PDF in the participant's language:
 * opened in a new tab from the bytes the API keeps (the download carries the
 * sign-in, so it goes through the API client rather than a plain link).
 * `path` lists them: the participant's own (`/me/court-orders`) or, for
 * staff, a participant's; `pdfPath` gives each one's PDF.
 */
export function CourtOrdersList({ path, pdfPath, headingId }: { path: string; pdfPath: (order: CourtOrder) => string; headingId: string }) {
  // The participant's own namespace: it is the one their phone loads (phone-namespaces.json), and staff have it too.
  const { t } = useTranslation('participant');
  const orders = useApiQuery<CourtOrder[]>(path);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const open = async (order: CourtOrder) => {
    setProblem(null);
    try {
      const blob = await api.blob(pdfPath(order), 'application/pdf');
      const url = URL.createObjectURL(blob);
      window.open(url, '_blank', 'noopener');
      // The new tab has read it by then; the page keeps no copy.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : null);
    }
  };
  if (!orders.data || orders.data.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('orders.heading')}</h2>
      <ProblemBanner problem={problem ?? orders.error} />
      <ul className="order-list">
        {orders.data.map((order) => (
          <li key={order.id}>
            <button type="button" className="link" onClick={() => void open(order)}>
              {t('orders.open', { date: formatDate(order.orderedOn), response: order.response })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On the participant's own page: their orders. */
export function MyCourtOrders() {
  return <CourtOrdersList path="/me/court-orders" pdfPath={(o) => `/me/court-orders/${o.id}/pdf`} headingId="my-orders-heading" />;
}

/** On the team's page of a participant: the same orders, read through the participant's record (audited). */
export function ParticipantCourtOrders({ participantId }: { participantId: string }) {
  return <CourtOrdersList path={`/participants/${participantId}/court-orders`} pdfPath={(o) => `/court-orders/${o.id}/pdf`} headingId="participant-orders-heading" />;
}
