import { FormEvent, useState } from 'react';
import { useApiMutation } from '../../api/hooks';
import { changedFields } from './shared';

/**
 * A controlled form's values (they survive a refusal), `set(key, value)` for
 * one of them and `merge(changes)` for several (a piece of the form such as `ProgramRuleFields`).
 */
export function useFormFields<F extends object>(initial: F | (() => F)) {
  const [form, setForm] = useState<F>(initial);
  const set = <K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value }));
  const merge = (changes: Partial<F>) => setForm((f) => ({ ...f, ...changes }));
  return { form, set, merge, setForm };
}

/**
 * A settings form that changes one record in place (the court, a program):
 * it starts from the saved record, and saving sends only the fields whose
 * API value differs (a PATCH), or says there was nothing to save. `onSaved`
 * lives with the parent, since the form starts afresh after each change.
 */
export function useSettingsForm<F extends object, R>({
  initial,
  body,
  patch,
  invalidates,
  onSaved,
}: {
  initial: F;
  /** The form as the API reads it (numbers as numbers, empty text as null). */
  body: (form: F) => Record<string, unknown>;
  patch: (changes: Record<string, unknown>) => Promise<R>;
  invalidates: string[];
  onSaved: (saved: boolean) => void;
}) {
  const { form, set, merge } = useFormFields(initial);
  const [unchanged, setUnchanged] = useState(false);
  const save = useApiMutation(patch, { invalidates, onSuccess: () => onSaved(true) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSaved(false);
    const changes = changedFields(body(initial), body(form));
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length > 0) save.mutate(changes);
  };
  return { form, set, merge, save, unchanged, submit };
}
