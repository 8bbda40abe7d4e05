import { ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import type { Court } from './types';

/** The court chosen in the court switcher, with its settings (time zone above all). */
export function useCourt() {
  const session = useSession();
  return useApiQuery<Court>(`/courts/${session.court.courtId}`);
}

/** A short confirmation after a change, announced to screen readers. */
export function Confirmation({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

/** Active or not, in words (never by colour alone). */
export function ActiveBadge({ active, on, off }: { active: boolean; on?: string; off?: string }) {
  const { t } = useTranslation('admin');
  return <span className={`badge ${active ? 'badge-ok' : 'badge-warn'}`}>{active ? (on ?? t('status.active')) : (off ?? t('status.inactive'))}</span>;
}

/**
 * A set of checkboxes for one array field of the API (e.g. `requiredApprovals`),
 * in a fieldset whose legend names it; the API's sentence about the field appears under it.
 */
export function CheckboxGroup<V extends string>({
  legend,
  name,
  options,
  values,
  onChange,
  problem,
  hint,
}: {
  legend: string;
  name: string;
  options: { value: V; label: string }[];
  values: readonly V[];
  onChange: (values: V[]) => void;
  problem?: ApiProblem | null;
  hint?: string;
}) {
  const id = useId();
  const error = problem?.messageFor(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (value: V, checked: boolean) =>
    onChange(checked ? options.map((o) => o.value).filter((v) => v === value || values.includes(v)) : values.filter((v) => v !== value));
  return (
    <fieldset className={`checkbox-group${error ? ' field-invalid' : ''}`} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="checkbox-options">
        {options.map((o) => (
          <label key={o.value} className="checkbox-option">
            <input type="checkbox" name={name} value={o.value} checked={values.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * A number typed in a form, as the API should receive it: a number when it
 * reads as one, otherwise the text itself, so the API's own sentence says what is wrong.
 */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}

/** As `numberOrText`, with an empty field meaning null (no limit). */
export function nullableNumber(text: string): number | string | null {
  return text.trim() === '' ? null : numberOrText(text);
}

/** Empty text means null for the API's nullable text fields. */
export function nullableText(text: string): string | null {
  return text.trim() === '' ? null : text;
}

export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The fields of `next` that differ from `initial`: a PATCH sends only what changed. */
export function changedFields<T extends Record<string, unknown>>(initial: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(initial[key]) !== JSON.stringify(next[key])) changes[key] = next[key];
  }
  return changes;
}

/**
 * A question asked in place before an action that cannot be undone from
 * here (removing a holiday, deactivating an account). Focus moves to it.
 */
export function ConfirmPanel({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  danger = true,
}: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="confirm-panel" role="alertdialog" aria-labelledby={`${id}-message`}>
      <p id={`${id}-message`}>{message}</p>
      <div className="actions">
        <button ref={ref} type="button" className={danger ? 'danger' : 'primary'} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * A secret shown once (an activation link or a temporary PIN to hand over):
 * set apart, in a typeface where 0 and O differ, with a button to copy it.
 * `hint` replaces the default word on what happens next.
 */
export function OneTimeSecret({ label, secret, hint, onDismiss }: { label: string; secret: string; hint?: string; onDismiss: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <div className="one-time-secret" role="status">
      <p className="one-time-secret-label">{label}</p>
      <p className="one-time-secret-value" translate="no">
        {secret}
      </p>
      <p className="hint">{hint ?? t('secret.onlyOnce')}</p>
      <div className="actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(secret)}>
          {t('secret.copy')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('secret.dismiss')}
        </button>
      </div>
    </div>
  );
}

/** A definition list of facts about one record (an account, a program); `className` null for a plain list (an audit event's details). */
export function Facts({ rows, className = 'facts' }: { rows: [string, ReactNode][]; className?: string | null }) {
  return (
    <dl className={className ?? undefined}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A heading that takes the focus when its form opens (an edit form below a table), so keyboard and screen-reader users land on it. */
export function FocusHeading({ id, children, level = 2 }: { id: string; children: ReactNode; level?: 2 | 3 }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} ref={ref} tabIndex={-1}>
      {children}
    </Tag>
  );
}

/** The link from a record's screen back to its list (not printed). */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="no-print">
      <Link to={to}>{children}</Link>
    </p>
  );
}

/** A form's buttons: the primary submit, off while the request runs, and Cancel when the form can be closed. */
export function FormActions({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={pending}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      )}
    </div>
  );
}
