import { UseQueryResult } from '@tanstack/react-query';
import { ReactNode } from 'react';
import { ApiProblem } from '../../api/problem';
import { Loading, ProblemBanner } from '../../components/problem';

/**
 * One measure with its own heading, loading state and refusal: a measure the
 * API refuses (or does not offer yet) shows its problem here and leaves the
 * others standing. Field errors about the period are shown beside the period's fields.
 */
export function MeasureSection<T>({
  id,
  heading,
  intro,
  query,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  query: UseQueryResult<T, ApiProblem>;
  children: (data: T) => ReactNode;
}) {
  return (
    <section className="measures-section" aria-labelledby={`${id}-heading`} aria-busy={query.isFetching}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {intro && <p className="measures-note">{intro}</p>}
      {query.error ? (
        <ProblemBanner problem={query.error} shownFields={['from', 'to']} />
      ) : query.data === undefined ? (
        <Loading />
      ) : (
        children(query.data)
      )}
    </section>
  );
}
