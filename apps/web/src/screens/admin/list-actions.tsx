import { useState } from 'react';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';

/** One button in a table row: `text` is what it shows, `label` names the row for screen readers. */
export interface RowAction {
  text: string;
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

/** The buttons of one table row; each first clears the last confirmation (`onStart`), so it never speaks of an older change. */
export function RowActions({ actions, onStart }: { actions: RowAction[]; onStart: () => void }) {
  return (
    <div className="row-actions">
      {actions.map((a) => (
        <button
          key={a.label}
          type="button"
          disabled={a.disabled}
          onClick={() => {
            onStart();
            a.onClick();
          }}
          aria-label={a.label}
        >
          {a.text}
        </button>
      ))}
    </div>
  );
}

/** Deactivates or reactivates a record in place (`PATCH { active }`): a retired catalogue entry, a provider organisation. */
export function useActiveToggle<T extends { active: boolean }>(pathOf: (record: T) => string, invalidates: string[], onToggled: (record: T) => void) {
  return useApiMutation((record: T) => api.patch<T>(pathOf(record), { active: !record.active }), { invalidates, onSuccess: onToggled });
}

/**
 * Removing a row after a question: `ask(row)` opens the ConfirmPanel (spread
 * `panel` into it), confirming sends `remove`; a refusal stays shown until
 * the question is asked again or cancelled.
 */
export function useConfirmedRemoval<T>(remove: (row: T) => Promise<unknown>, { invalidates, onRemoved }: { invalidates: string[]; onRemoved: (row: T) => void }) {
  const [asking, setAsking] = useState<T | null>(null);
  const removal = useApiMutation(remove, {
    invalidates,
    onSuccess: (_, row) => {
      setAsking(null);
      onRemoved(row);
    },
  });
  return {
    asking,
    error: removal.error,
    ask: (row: T) => {
      removal.reset();
      setAsking(row);
    },
    panel: {
      busy: removal.isPending,
      onConfirm: () => {
        if (asking !== null) removal.mutate(asking);
      },
      onCancel: () => {
        setAsking(null);
        removal.reset();
      },
    },
  };
}
