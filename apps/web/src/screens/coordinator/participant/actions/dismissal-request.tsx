import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { useApiMutation } from '../../../../api/hooks';
import type { components } from '../../../../api/schema';
import { useCan } from '../../../../auth/permissions';
import { useSession } from '../../../../auth/session';
import { TextField } from '../../../../components/fields';
import { ProblemBanner } from '../../../../components/problem';
import { formatDateTime } from '../../../../i18n/format';

type Violation = components['schemas']['ViolationDto'];

/**
 * An overdue violation's dismissal waiting for a second person: what was
 * asked and why, and for a coordinator or judge other than the asker, the
 * buttons to confirm it or decline it with a reason. The asker sees that it
 * waits; the violation stays open and overdue meanwhile.
 */
export function DismissalRequestPanel({ violation: v, invalidates, timeZone, who }: { violation: Violation; invalidates: string[]; timeZone: string | undefined; who?: string }) {
  const { t } = useTranslation('actions');
  const can = useCan(v.courtId);
  const { me } = useSession();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const confirm = useApiMutation(() => api.post<Violation>(`/violations/${v.id}/dismissal/confirm`, {}), { invalidates });
  const decline = useApiMutation((text: string) => api.post<Violation>(`/violations/${v.id}/dismissal/decline`, { reason: text }), {
    invalidates,
    onSuccess: () => {
      setDeclining(false);
      setReason('');
    },
  });
  const request = v.dismissalRequest;
  if (!request) return null;
  const mine = request.requestedBy === me.id;
  const canDecide = can('violation.dismissal_confirm') && !mine;
  const kind = t(`coordinator:violationKind.${v.kind}`, { defaultValue: v.kind });
  const subject = who ? t('dismissalRequest.subjectOf', { kind, who }) : t('dismissalRequest.subject', { kind });
  return (
    <div className="dismissal-request">
      <p role="status">
        {t('dismissalRequest.pending', { at: formatDateTime(request.requestedAt, timeZone), reason: request.reason })}{' '}
        {mine ? t('dismissalRequest.yours') : canDecide ? t('dismissalRequest.decide') : t('dismissalRequest.waiting')}
      </p>
      <ProblemBanner problem={confirm.error} />
      {canDecide && !declining && (
        <div className="actions">
          <button type="button" className="danger" disabled={confirm.isPending} onClick={() => confirm.mutate()} aria-label={t('dismissalRequest.confirmLabel', { subject })}>
            {t('dismissalRequest.confirm')}
          </button>
          <button type="button" onClick={() => setDeclining(true)} aria-label={t('dismissalRequest.declineLabel', { subject })}>
            {t('dismissalRequest.decline')}
          </button>
        </div>
      )}
      {canDecide && declining && (
        <form
          className="form inline-form"
          noValidate
          aria-label={t('dismissalRequest.declineLabel', { subject })}
          onSubmit={(e) => {
            e.preventDefault();
            decline.mutate(reason);
          }}
        >
          <ProblemBanner problem={decline.error} shownFields={['reason']} />
          <TextField label={t('dismissalRequest.declineReason')} name="reason" value={reason} onChange={setReason} problem={decline.error} required />
          <div className="actions">
            <button type="submit" disabled={decline.isPending}>
              {t('dismissalRequest.declineSubmit')}
            </button>
            <button type="button" onClick={() => setDeclining(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
