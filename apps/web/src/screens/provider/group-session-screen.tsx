import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import { TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { NoOrganisation } from './no-organisation';
import { clientName, Confirmation, ConsentBadge, useCourtClock, useProviderClients, useTreatmentTerms } from './shared';
import { AttendanceValue, GroupSession, NewGroupSession, ProviderClient } from './types';

/** One client's row: their attendance at the session, or left out of it, and the API's sentences about their entry. */
function AttendeeRow({
  client,
  value,
  onChange,
  entryIndex,
  problem,
}: {
  client: ProviderClient;
  value: string;
  onChange: (value: string) => void;
  /** The client's position among the entries last sent, which the API's field names count by. */
  entryIndex: number | undefined;
  problem: ApiProblem | null;
}) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  const id = useId();
  const errors =
    entryIndex === undefined || !problem
      ? []
      : [problem.messageFor(`entries.${entryIndex}.participantId`), problem.messageFor(`entries.${entryIndex}.attendance`)].filter((m): m is string => !!m);
  return (
    <div className={`field provider-attendee${errors.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{clientName(client.participant)}</label>
      <p className="hint" id={`${id}-hint`}>
        {terms.levelOfCare(client.episode.levelOfCare)} · {t('group.consent')} <ConsentBadge consent={client.consents.treatmentAttendance} />
      </p>
      <select
        id={id}
        name={entryIndex === undefined ? undefined : `entries.${entryIndex}.attendance`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={[`${id}-hint`, errors.length ? `${id}-error` : null].filter(Boolean).join(' ')}
        aria-invalid={errors.length ? true : undefined}
      >
        <option value="">{t('group.notInSession')}</option>
        {terms.options.attendance.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

/** `/provider/group-session`: one group session for several clients at once, all or nothing. */
export function GroupSessionScreen() {
  const { t } = useTranslation('provider');
  const { organisationId, query } = useProviderClients();
  const { today } = useCourtClock();
  const [sessionOn, setSessionOn] = useState<string | null>(null);
  const [sessionType, setSessionType] = useState('');
  const [attendance, setAttendance] = useState<Record<string, string>>({});
  const [recorded, setRecorded] = useState<string | null>(null);
  const mutation = useApiMutation((body: NewGroupSession) => api.post<GroupSession>('/treatment-attendance/group-sessions', body), {
    invalidates: ['/participants/'],
    onSuccess: (result, sent) => {
      setRecorded(t('group.recorded', { date: formatDate(sent.sessionOn), type: sent.sessionType, count: result.items.length }));
      setAttendance({});
    },
  });
  if (!organisationId) return <NoOrganisation title={t('group.title')} />;

  const date = sessionOn ?? today ?? '';
  const sent = mutation.variables?.entries ?? [];
  const entryIndex = (participantId: string) => {
    const i = sent.findIndex((e) => e.participantId === participantId);
    return i < 0 ? undefined : i;
  };
  const shownFields = ['sessionOn', 'sessionType', ...sent.flatMap((_, i) => [`entries.${i}.participantId`, `entries.${i}.attendance`])];
  const change = (update: () => void) => {
    setRecorded(null);
    update();
  };

  const submit = (clients: ProviderClient[]) => (e: FormEvent) => {
    e.preventDefault();
    const entries = clients
      .filter((c) => attendance[c.participant.id])
      .map((c) => ({ participantId: c.participant.id, attendance: attendance[c.participant.id] as AttendanceValue }));
    mutation.mutate({ sessionOn: date, sessionType, entries });
  };

  return (
    <section>
      <h1>{t('group.title')}</h1>
      <p>{t('group.intro')}</p>
      <QueryView query={query}>
        {(list) => {
          const reportable = list.items.filter((c) => c.consents.treatmentAttendance.write);
          const chosen = list.items.filter((c) => attendance[c.participant.id]).length;
          return (
            <form className="provider-group" onSubmit={submit(list.items)}>
              {recorded && <Confirmation>{recorded}</Confirmation>}
              <ProblemBanner problem={mutation.error} shownFields={shownFields} />
              <div className="toolbar">
                <TextField label={t('group.sessionOn')} name="sessionOn" type="date" required value={date} onChange={(v) => change(() => setSessionOn(v))} problem={mutation.error} hint={t('group.sessionOnHint')} />
                <TextField label={t('group.sessionType')} name="sessionType" required value={sessionType} onChange={(v) => change(() => setSessionType(v))} problem={mutation.error} hint={t('group.sessionTypeHint')} />
              </div>
              <fieldset className="provider-attendees">
                <legend>{t('group.clientsLegend', { count: list.items.length })}</legend>
                <div className="actions">
                  <button type="button" onClick={() => change(() => setAttendance(Object.fromEntries(reportable.map((c) => [c.participant.id, 'attended']))))}>
                    {t('group.allAttended')}
                  </button>
                  <button type="button" onClick={() => change(() => setAttendance({}))}>
                    {t('group.clear')}
                  </button>
                </div>
                {list.items.length === 0 ? (
                  <p>{t('clients.empty')}</p>
                ) : (
                  <div className="provider-attendee-list">
                    {list.items.map((c) => (
                      <AttendeeRow
                        key={c.participant.id}
                        client={c}
                        value={attendance[c.participant.id] ?? ''}
                        onChange={(v) => change(() => setAttendance((a) => ({ ...a, [c.participant.id]: v })))}
                        entryIndex={entryIndex(c.participant.id)}
                        problem={mutation.error}
                      />
                    ))}
                  </div>
                )}
              </fieldset>
              <div className="actions">
                <button type="submit" className="primary" disabled={mutation.isPending}>
                  {t('group.submit')}
                </button>
                <span aria-live="polite">{t('group.chosen', { count: chosen })}</span>
              </div>
            </form>
          );
        }}
      </QueryView>
    </section>
  );
}
