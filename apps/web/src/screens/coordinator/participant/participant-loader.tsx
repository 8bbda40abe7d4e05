import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../../api/hooks';
import { Loading, ProblemBanner } from '../../../components/problem';
import type { ParticipantDetail } from '../types';

/**
 * The participant named by the URL's `participantId`, handed to `children`
 * once readable (so a page's own reads are only asked for then). A
 * participant out of reach (another court, a wrong id) shows the API's
 * refusal sentence under a plain heading, with the way back.
 */
export function ParticipantLoader({ title, back, children }: { title: string; back: { to: string; label: string }; children: (participant: ParticipantDetail) => ReactNode }) {
  const { participantId = '' } = useParams();
  const participant = useApiQuery<ParticipantDetail>(`/participants/${participantId}`);
  if (participant.error || participant.isPending) {
    return (
      <section>
        <h1>{title}</h1>
        {participant.error ? <ProblemBanner problem={participant.error} /> : <Loading />}
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      </section>
    );
  }
  return <>{children(participant.data)}</>;
}
