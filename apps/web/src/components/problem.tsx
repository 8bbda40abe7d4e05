import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';

/**
 * The API's own sentence for a refusal, announced to screen readers. Field
 * errors are shown beside their fields; those a form has no field for are listed here.
 */
export function ProblemBanner({ problem, shownFields = [] }: { problem: ApiProblem | null | undefined; shownFields?: readonly string[] }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const others = problem.otherErrors(shownFields);
  const onlyFieldErrors = problem.errors.length > 0 && others.length === 0;
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{onlyFieldErrors ? t('problem.checkFields') : problem.errors.length ? problem.title : problem.detail || problem.title}</p>
      {others.length > 0 && (
        <ul>
          {others.map((e, i) => (
            <li key={`${e.field}-${i}`}>{e.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? t('loading')}
    </p>
  );
}

/** Loading, refused or the data: the three states of every read. */
export function QueryView<T>({ query, children }: { query: { data?: T; error: ApiProblem | null; isPending: boolean }; children: (data: T) => React.ReactNode }) {
  if (query.error) return <ProblemBanner problem={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
