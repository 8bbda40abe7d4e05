import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { Loading, ProblemBanner } from '../../components/problem';
import { formatDateTime } from '../../i18n/format';
import { useFocusedHeading } from './collection-form';
import { CustodyChain, NewCustodyStep } from './types';
import { instantToWallTime, wallTimeToInstant } from './wall-time';

/**
 * A specimen's chain of custody at the site: the steps so far (collected,
 * sealed, shipped, received: who and when) and the next one to record. The
 * API takes the steps in order and once each, never in the future; the form
 * offers only the next one, typed in the court's zone, and keeps what was
 * typed on a refusal.
 */
export function CustodyForm({
  collectionId,
  name,
  timeZone,
  onDone,
}: {
  collectionId: string;
  name: string;
  timeZone: string | undefined;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation('site');
  const id = useId();
  const heading = useFocusedHeading();
  const zone = timeZone ?? 'UTC';
  const path = `/collections/${collectionId}/custody`;
  const chain = useApiQuery<CustodyChain>(path);
  const [handledBy, setHandledBy] = useState('');
  const [at, setAt] = useState(() => instantToWallTime(new Date(), zone));
  const mutation = useApiMutation((body: NewCustodyStep) => api.post<CustodyChain>(path, body), {
    invalidates: [path],
    onSuccess: (_recorded, body) => onDone(t('custody.recorded', { name, step: t(`custody.step.${body.step}`) })),
  });
  const next = chain.data?.nextStep ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (next && next !== 'collected') mutation.mutate({ step: next, handledBy, at: wallTimeToInstant(at, zone) });
  };
  return (
    <section className="card site-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('custody.heading', { name })}
      </h3>
      <ProblemBanner problem={chain.error} />
      {chain.isPending && !chain.error && <Loading />}
      {chain.data && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('custody.lab')}</dt>
              <dd>{chain.data.lab ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('custody.accessionNumber')}</dt>
              <dd>{chain.data.accessionNumber ?? '—'}</dd>
            </div>
          </dl>
          <ol className="custody-chain" aria-label={t('custody.chainOf', { name })}>
            {chain.data.events.map((event) => (
              <li key={event.step}>
                {t('custody.event', { step: t(`custody.step.${event.step}`), who: event.handledBy, when: formatDateTime(event.at, timeZone) })}
              </li>
            ))}
          </ol>
          {next && next !== 'collected' ? (
            <form className="form" onSubmit={submit} aria-labelledby={`${id}-next`}>
              <h4 id={`${id}-next`}>{t('custody.next', { step: t(`custody.step.${next}`) })}</h4>
              <ProblemBanner problem={mutation.error} shownFields={['handledBy', 'at']} />
              <TextField label={t('custody.handledBy')} hint={t('custody.handledByHint')} name="handledBy" required value={handledBy} onChange={setHandledBy} problem={mutation.error} />
              <TextField
                label={t('custody.at', { zone })}
                name="at"
                type="datetime-local"
                required
                max={instantToWallTime(new Date(), zone)}
                value={at}
                onChange={setAt}
                problem={mutation.error}
              />
              <div className="actions">
                <button type="submit" className="primary site-tap" disabled={mutation.isPending}>
                  {t('custody.submit', { step: t(`custody.step.${next}`) })}
                </button>
                <button type="button" className="site-tap" onClick={() => onDone(null)}>
                  {t('common:cancel')}
                </button>
              </div>
            </form>
          ) : (
            <>
              <p className="hint">{t('custody.complete')}</p>
              <div className="actions">
                <button type="button" className="site-tap" onClick={() => onDone(null)}>
                  {t('custody.close')}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
