import { FormEvent, ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../api/hooks';
import { ApiProblem } from '../../../../api/problem';
import { ProblemBanner } from '../../../../components/problem';
import { courtDate } from '../../../../i18n/format';
import { Confirmation, FormActions } from '../../../admin/shared';
import { useFormFields } from '../../../admin/form-state';

/** What every action of the page needs to know about the participant it acts on. */
export interface ActionContext {
  participantId: string;
  courtId: string;
  timeZone: string;
  /** Court-local today (`YYYY-MM-DD`): the default date of a form. */
  today: string;
  /**
   * Reads to fetch again after a write: the participant's records (page,
   * timeline, readiness) and the court's boards (deadlines, testing board,
   * readiness, caseload), so every screen showing the change refreshes.
   */
  invalidates: string[];
}

export function actionContext(participantId: string, courtId: string, timeZone: string): ActionContext {
  return { participantId, courtId, timeZone, today: courtDate(timeZone), invalidates: ['/participants', `/courts/${courtId}/`] };
}

/**
 * One action's form: its fields survive a refusal (the API's sentences appear
 * beside them), a success empties them and says what was recorded. The API
 * client sends one Idempotency-Key for a submission and its retries, and the
 * button is disabled while it is under way, so a double click records once.
 */
export function useActionForm<F extends object, R = unknown>({
  initial,
  send,
  invalidates,
  done,
}: {
  initial: () => F;
  send: (form: F) => Promise<R>;
  invalidates: string[];
  /** The confirmation sentence for a success. */
  done: (result: R, form: F) => string;
}) {
  const { form, set, setForm } = useFormFields<F>(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const mutation = useApiMutation(send, {
    invalidates,
    onSuccess: (result, sent) => {
      setForm(initial());
      setNotice(done(result, sent));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    mutation.mutate(form);
  };
  return { form, set, setForm, submit, notice, setNotice, error: mutation.error, pending: mutation.isPending, reset: mutation.reset };
}

/**
 * An action and, beside it, what it changes (the record it adds to, as it
 * stands). Closed until opened, so the page stays short; a native
 * disclosure, so the keyboard and screen readers work it as they know.
 */
export function ActionGroup({ id, title, summary, children, effect, effectTitle }: { id: string; title: string; summary?: string; children: ReactNode; effect?: ReactNode; effectTitle?: string }) {
  return (
    <details className="action-group" id={`action-${id}`}>
      <summary>
        <span className="action-title">{title}</span>
        {summary && <span className="action-summary"> · {summary}</span>}
      </summary>
      <div className="action-body">
        <div className="action-forms">{children}</div>
        {effect !== undefined && (
          <div className="action-effect">
            <h3>{effectTitle}</h3>
            {effect}
          </div>
        )}
      </div>
    </details>
  );
}

/** A form of an action: the refusal's sentence on top (fields it has no place for listed), the confirmation after a success. */
export function ActionForm({
  label,
  submitLabel,
  action,
  fields,
  children,
}: {
  label: string;
  submitLabel: string;
  /** The state `useActionForm` gives. */
  action: { submit: (e: FormEvent) => void; error: ApiProblem | null; pending: boolean; notice: string | null };
  /** The API field names the form shows, so their sentences appear beside them and not in the banner. */
  fields: readonly string[];
  children: ReactNode;
}) {
  const { submit: onSubmit, error, pending, notice } = action;
  return (
    <form className="form action-form" onSubmit={onSubmit} noValidate aria-label={label}>
      <h3>{label}</h3>
      <Confirmation>{notice}</Confirmation>
      <ProblemBanner problem={error} shownFields={fields} />
      <div className="field-row">{children}</div>
      <FormActions submitLabel={submitLabel} pending={pending} />
    </form>
  );
}

/** A short list of what an action changes, newest first, or a sentence when there is nothing yet. */
export function EffectList<T>({ items, render, empty, keyOf, limit = 5 }: { items: T[] | undefined; render: (item: T) => ReactNode; empty: string; keyOf: (item: T) => string; limit?: number }) {
  const { t } = useTranslation('actions');
  if (!items) return null;
  if (items.length === 0) return <p className="effect-empty">{empty}</p>;
  return (
    <>
      <ul className="effect-list">
        {items.slice(0, limit).map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {items.length > limit && <p className="effect-more">{t('moreInTimeline', { count: items.length - limit })}</p>}
    </>
  );
}
