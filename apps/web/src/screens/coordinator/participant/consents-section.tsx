import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { useCan } from '../../../auth/permissions';
import { TextAreaField } from '../../../components/fields';
import { ProblemBanner, QueryView } from '../../../components/problem';
import { courtDate, formatDate } from '../../../i18n/format';
import { ConfirmPanel, Confirmation } from '../../admin/shared';
import { ConsentForm } from '../../intake/consent-form';
import type { Consent, SignatureFile } from '../../intake/types';
import type { ParticipantDetail } from '../types';

const STATUS_TONE: Record<string, string> = { valid: 'badge-ok', revoked: 'badge-bad', ended: 'badge-warn', expired: 'badge-warn' };

/**
 * The participant's consents (42 CFR Part 2): each with its terms, status
 * and the stored signature; recording a new one and revoking one, for the
 * roles whose permissions allow it.
 */
export function ConsentsSection({ participant, timeZone }: { participant: ParticipantDetail; timeZone?: string }) {
  const { t } = useTranslation('intake');
  const can = useCan(participant.courtId);
  const path = `/participants/${participant.id}/consents`;
  const consents = useApiQuery<Consent[]>(can('consent.read') ? path : null);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (!can('consent.read')) return null;
  return (
    <section className="card consents" aria-labelledby="consents-title">
      <h2 id="consents-title">{t('consents.title')}</h2>
      <Confirmation>{notice}</Confirmation>
      <QueryView query={consents}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('consents.none')}</p>
          ) : (
            <ul className="consent-list">
              {rows.map((c) => (
                <ConsentItem key={c.id} consent={c} participantId={participant.id} canRevoke={can('consent.revoke')} onRevoked={() => setNotice(t('consents.revoked'))} />
              ))}
            </ul>
          )
        }
      </QueryView>
      {can('consent.write') &&
        timeZone &&
        (adding ? (
          <>
            <h3>{t('consents.add')}</h3>
            <ConsentForm
              participantId={participant.id}
              courtId={participant.courtId}
              signer={`${participant.firstName} ${participant.lastName}`}
              today={courtDate(timeZone)}
              onRecorded={() => {
                setAdding(false);
                setNotice(t('consents.recorded'));
              }}
              onCancel={() => setAdding(false)}
            />
          </>
        ) : (
          <button
            type="button"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            {t('consents.add')}
          </button>
        ))}
    </section>
  );
}

function ConsentItem({ consent, participantId, canRevoke, onRevoked }: { consent: Consent; participantId: string; canRevoke: boolean; onRevoked: () => void }) {
  const { t } = useTranslation('intake');
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [showSignature, setShowSignature] = useState(false);
  const revoke = useApiMutation((body: { reason?: string }) => api.post<Consent>(`/consents/${consent.id}/revoke`, body), {
    invalidates: [`/participants/${participantId}`],
    onSuccess: () => {
      setAsking(false);
      onRevoked();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsking(true);
  };
  return (
    <li className="consent-item">
      <p>
        <span className={`badge ${STATUS_TONE[consent.status] ?? 'badge-warn'}`}>{t(`consentStatus.${consent.status}`)}</span>{' '}
        <strong>{consent.recipientDescription}</strong>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('consent.information')}</dt>
          <dd>{consent.information.map((i) => t(`information.${i}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('consent.purpose')}</dt>
          <dd>{consent.purpose}</dd>
        </div>
        <div>
          <dt>{t('consents.until')}</dt>
          <dd>{[consent.expiresOn ? formatDate(consent.expiresOn) : null, consent.expiryEvent ? t(`expiryEvent.${consent.expiryEvent}`) : null].filter(Boolean).join(' · ')}</dd>
        </div>
        <div>
          <dt>{t('consents.signed')}</dt>
          <dd>{t('consents.signedValue', { who: consent.signedBy, date: formatDate(consent.signedOn) })}</dd>
        </div>
        <div>
          <dt>{t('consents.signature')}</dt>
          <dd>
            {consent.signature ? (
              <button type="button" className="link" aria-expanded={showSignature} onClick={() => setShowSignature((s) => !s)}>
                {t(consent.signature.method === 'drawn' ? 'consents.showDrawn' : 'consents.showScanned')}
              </button>
            ) : (
              t('consents.noSignature')
            )}
          </dd>
        </div>
        {consent.revokedAt && (
          <div>
            <dt>{t('consents.revokedOn')}</dt>
            <dd>{[formatDate(consent.revokedAt.slice(0, 10)), consent.revocationReason].filter(Boolean).join(' · ')}</dd>
          </div>
        )}
      </dl>
      {showSignature && consent.signature && <SignatureView consentId={consent.id} />}
      {canRevoke && consent.status === 'valid' && (
        <form onSubmit={submit} noValidate className="form revoke-form" aria-label={t('consents.revokeLabel', { recipient: consent.recipientDescription })}>
          <ProblemBanner problem={revoke.error} shownFields={['reason']} />
          <TextAreaField label={t('consents.revokeReason')} name="reason" value={reason} onChange={setReason} problem={revoke.error} rows={2} />
          {asking ? (
            <ConfirmPanel
              message={t('consents.confirmRevoke', { recipient: consent.recipientDescription })}
              confirmLabel={t('consents.revoke')}
              busy={revoke.isPending}
              onConfirm={() => revoke.mutate(reason.trim() ? { reason } : {})}
              onCancel={() => setAsking(false)}
            />
          ) : (
            <div className="actions">
              <button type="submit" className="danger">
                {t('consents.revoke')}
              </button>
            </div>
          )}
        </form>
      )}
    </li>
  );
}

/** The stored signature: a drawing or scanned image shown, a scanned PDF offered as a file. */
function SignatureView({ consentId }: { consentId: string }) {
  const { t } = useTranslation('intake');
  const file = useApiQuery<SignatureFile>(`/consents/${consentId}/signature`);
  return (
    <QueryView query={file}>
      {(f) =>
        f.mediaType === 'application/pdf' ? (
          <a href={`data:${f.mediaType};base64,${f.data}`} download={`consent-${consentId}.pdf`}>
            {t('consents.downloadForm')}
          </a>
        ) : (
          <img className="signature-image" src={`data:${f.mediaType};base64,${f.data}`} alt={t('consents.signatureAlt')} />
        )
      }
    </QueryView>
  );
}
