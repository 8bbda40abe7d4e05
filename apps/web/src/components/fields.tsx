import { ReactNode, useId } from 'react';
import { ApiProblem } from '../api/problem';

interface FieldShell {
  label: string;
  /** The API's field path, so the API's sentence about it appears here. */
  name: string;
  problem?: ApiProblem | null;
  hint?: string;
  required?: boolean;
}

/** Label, hint and the API's error for one field, wired with ids for screen readers. */
function Shell({ label, name, problem, hint, required, id, children }: FieldShell & { id: string; children: ReactNode }) {
  const error = problem?.messageFor(name);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

function described(id: string, hint: string | undefined, problem: ApiProblem | null | undefined, name: string) {
  const error = problem?.messageFor(name);
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined };
}

export function TextField(
  props: FieldShell & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'password' | 'date' | 'time' | 'number' | 'search' | 'email' | 'tel' | 'datetime-local';
    autoComplete?: string;
    inputMode?: 'numeric' | 'text';
    min?: string;
    max?: string;
    /** The id of a <datalist> of suggestions (typing anything else stays possible). */
    list?: string;
  },
) {
  const id = useId();
  const { value, onChange, type = 'text', autoComplete, inputMode, min, max, list, ...shell } = props;
  // A number without a lower bound is an amount (hours of community service, days, dollars): any fraction may be
  // typed, and the API's sentence about it appears beside the field instead of the browser refusing to send it
  // (the browser's default step of 1 counts from `min`, or from the value attribute, which Preact leaves unset).
  const step = type === 'number' && min === undefined ? 'any' : undefined;
  return (
    <Shell {...shell} id={id}>
      <input
        id={id}
        name={shell.name}
        type={type}
        value={value}
        required={shell.required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        min={min}
        max={max}
        step={step}
        list={list}
        onChange={(e) => onChange(e.target.value)}
        {...described(id, shell.hint, shell.problem, shell.name)}
      />
    </Shell>
  );
}

export function TextAreaField(props: FieldShell & { value: string; onChange: (value: string) => void; rows?: number }) {
  const id = useId();
  const { value, onChange, rows = 3, ...shell } = props;
  return (
    <Shell {...shell} id={id}>
      <textarea id={id} name={shell.name} rows={rows} value={value} required={shell.required} onChange={(e) => onChange(e.target.value)} {...described(id, shell.hint, shell.problem, shell.name)} />
    </Shell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: FieldShell & { value: string; onChange: (value: string) => void; options: Option[]; placeholder?: string }) {
  const id = useId();
  const { value, onChange, options, placeholder, ...shell } = props;
  return (
    <Shell {...shell} id={id}>
      <select id={id} name={shell.name} value={value} required={shell.required} onChange={(e) => onChange(e.target.value)} {...described(id, shell.hint, shell.problem, shell.name)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckboxField(props: Omit<FieldShell, 'required'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  const { checked, onChange, label, name, problem, hint } = props;
  const error = problem?.messageFor(name);
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      <input id={id} name={name} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} {...described(id, hint, problem, name)} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}
