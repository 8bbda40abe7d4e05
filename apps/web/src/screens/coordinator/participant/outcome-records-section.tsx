import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/hooks';
import {
  createCriminalHistoryEventDtoKindValues,
  createCriminalHistoryEventDtoOffenseLevelValues,
  recordCircumstancesDtoEducationValues,
  recordCircumstancesDtoEmploymentValues,
  recordCircumstancesDtoHousingValues,
} from '../../../api/schema';
import type { components } from '../../../api/schema';
import { DataTable } from '../../../components/data-table';
import { SelectField, TextField } from '../../../components/fields';
import { QueryView } from '../../../components/problem';
import { courtDate, formatDate } from '../../../i18n/format';
import { ActionForm, useActionForm } from './actions/action-kit';

type History = components['schemas']['CriminalHistoryDto'];
type HistoryEvent = components['schemas']['CriminalHistoryEventDto'];
type Kind = (typeof createCriminalHistoryEventDtoKindValues)[number];
type Level = (typeof createCriminalHistoryEventDtoOffenseLevelValues)[number];
type Circumstances = components['schemas']['ParticipantCircumstancesDto'];
type Answer = components['schemas']['CircumstancesDto'];
type Moment = Answer['at'];

/**
 * What the outcome measures read about a participant beyond the case
 * record: arrests and convictions (before, during and after the program),
 * and employment, education and housing at admission and at exit. The
 * forms are there only for a reader who may write the record.
 */
export function OutcomeRecordsSection({ participantId, courtId, timeZone, canWrite }: { participantId: string; courtId: string; timeZone: string; canWrite: boolean }) {
  const { t } = useTranslation('outcomes');
  // The court's outcome measures change with these records too.
  const invalidates = [`/participants/${participantId}/`, `/courts/${courtId}/`];
  return (
    <section aria-labelledby="outcome-records-heading" className="card outcome-records">
      <h2 id="outcome-records-heading">{t('records.heading')}</h2>
      <CriminalHistory participantId={participantId} timeZone={timeZone} canWrite={canWrite} invalidates={invalidates} />
      <CircumstancesPart participantId={participantId} timeZone={timeZone} canWrite={canWrite} invalidates={invalidates} />
    </section>
  );
}

function CriminalHistory({ participantId, timeZone, canWrite, invalidates }: { participantId: string; timeZone: string; canWrite: boolean; invalidates: string[] }) {
  const { t } = useTranslation('outcomes');
  const path = `/participants/${participantId}/criminal-history`;
  const history = useApiQuery<History>(path);
  const action = useActionForm({
    initial: () => ({ kind: '' as Kind | '', occurredOn: courtDate(timeZone), description: '', offenseLevel: '' as Level | '' }),
    send: (f) =>
      api.post<HistoryEvent>(path, {
        kind: f.kind,
        occurredOn: f.occurredOn,
        description: f.description,
        ...(f.offenseLevel ? { offenseLevel: f.offenseLevel } : {}),
      }),
    invalidates,
    done: (e) => t('history.done', { kind: t(`history.kind.${e.kind}`), date: formatDate(e.occurredOn) }),
  });
  const { form, set } = action;
  return (
    <>
      <h3>{t('history.heading')}</h3>
      <QueryView query={history}>
        {(h) => (
          <DataTable<HistoryEvent>
            caption={t('history.caption')}
            rows={h.items}
            rowKey={(e) => e.id}
            empty={t('history.none')}
            columns={[
              { key: 'date', header: t('history.date'), render: (e) => formatDate(e.occurredOn), sortValue: (e) => e.occurredOn },
              { key: 'kind', header: t('history.kindHeader'), render: (e) => t(`history.kind.${e.kind}`) },
              { key: 'description', header: t('history.description'), render: (e) => e.description },
              { key: 'level', header: t('history.level'), render: (e) => (e.offenseLevel ? t(`history.offenseLevel.${e.offenseLevel}`) : '—') },
              { key: 'source', header: t('history.source'), render: (e) => (e.source === 'import' ? t('history.imported') : (e.recordedByName ?? t('history.staff'))) },
            ]}
          />
        )}
      </QueryView>
      {canWrite && (
        <ActionForm label={t('history.add')} submitLabel={t('history.submit')} fields={['kind', 'occurredOn', 'description', 'offenseLevel']} action={action}>
          <SelectField
            label={t('history.kindHeader')}
            name="kind"
            value={form.kind}
            onChange={(v) => set('kind', v as Kind)}
            placeholder={t('choose')}
            options={createCriminalHistoryEventDtoKindValues.map((v) => ({ value: v, label: t(`history.kind.${v}`) }))}
            problem={action.error}
            required
          />
          <TextField label={t('history.date')} hint={t('history.dateHint')} name="occurredOn" type="date" value={form.occurredOn} onChange={(v) => set('occurredOn', v)} problem={action.error} required />
          <TextField label={t('history.description')} name="description" value={form.description} onChange={(v) => set('description', v)} problem={action.error} required />
          <SelectField
            label={t('history.level')}
            name="offenseLevel"
            value={form.offenseLevel}
            onChange={(v) => set('offenseLevel', v as Level)}
            placeholder={t('history.levelUnknown')}
            options={createCriminalHistoryEventDtoOffenseLevelValues.map((v) => ({ value: v, label: t(`history.offenseLevel.${v}`) }))}
            problem={action.error}
          />
        </ActionForm>
      )}
    </>
  );
}

function CircumstancesPart({ participantId, timeZone, canWrite, invalidates }: { participantId: string; timeZone: string; canWrite: boolean; invalidates: string[] }) {
  const { t } = useTranslation('outcomes');
  const circumstances = useApiQuery<Circumstances>(`/participants/${participantId}/circumstances`);
  return (
    <>
      <h3>{t('circumstances.heading')}</h3>
      <QueryView query={circumstances}>
        {(c) => (
          <>
            <dl className="outcome-circumstances">
              {(['admission', 'exit'] as const).map((at) => (
                <div key={at}>
                  <dt>{t(`circumstances.at.${at}`)}</dt>
                  <dd>{c[at] ? t('circumstances.answer', answerWords(t, c[at])) : t('circumstances.notRecorded')}</dd>
                </div>
              ))}
            </dl>
            {/* Asked for where it is due, so the outcome measures do not count the moment as not recorded. */}
            {canWrite && c.admitted && !c.admission && <p className="notice">{t('circumstances.missing', { at: t('circumstances.at.admission') })}</p>}
            {canWrite && c.exited && !c.exit && <p className="notice">{t('circumstances.missing', { at: t('circumstances.at.exit') })}</p>}
            {canWrite && c.admitted && (
              <CircumstancesForm key={`admission-${c.admission?.updatedAt}`} participantId={participantId} at="admission" current={c.admission} timeZone={timeZone} invalidates={invalidates} />
            )}
            {canWrite && c.exited && (
              <CircumstancesForm key={`exit-${c.exit?.updatedAt}`} participantId={participantId} at="exit" current={c.exit} timeZone={timeZone} invalidates={invalidates} />
            )}
          </>
        )}
      </QueryView>
    </>
  );
}

function answerWords(t: (key: string) => string, a: Answer) {
  return {
    date: formatDate(a.recordedOn),
    employment: t(`circumstances.employment.${a.employment}`),
    education: t(`circumstances.education.${a.education}`),
    housing: t(`circumstances.housing.${a.housing}`),
  };
}

/** One moment's answers; remounted when the saved answer changes, so it always starts from what is on record. */
function CircumstancesForm({ participantId, at, current, timeZone, invalidates }: { participantId: string; at: Moment; current: Answer | null; timeZone: string; invalidates: string[] }) {
  const { t } = useTranslation('outcomes');
  const action = useActionForm({
    initial: () => ({
      recordedOn: current?.recordedOn ?? courtDate(timeZone),
      employment: current?.employment ?? '',
      education: current?.education ?? '',
      housing: current?.housing ?? '',
    }),
    send: (f) => api.put<Answer>(`/participants/${participantId}/circumstances/${at}`, f),
    invalidates,
    done: () => t('circumstances.done', { at: t(`circumstances.at.${at}`) }),
  });
  const { form, set } = action;
  const label = t(current ? 'circumstances.change' : 'circumstances.record', { at: t(`circumstances.at.${at}`) });
  return (
    <ActionForm label={label} submitLabel={t('circumstances.submit')} fields={['recordedOn', 'employment', 'education', 'housing']} action={action}>
      <TextField label={t('circumstances.recordedOn')} name="recordedOn" type="date" value={form.recordedOn} onChange={(v) => set('recordedOn', v)} problem={action.error} required />
      <SelectField
        label={t('circumstances.employmentLabel')}
        name="employment"
        value={form.employment}
        onChange={(v) => set('employment', v)}
        placeholder={t('choose')}
        options={recordCircumstancesDtoEmploymentValues.map((v) => ({ value: v, label: t(`circumstances.employment.${v}`) }))}
        problem={action.error}
        required
      />
      <SelectField
        label={t('circumstances.educationLabel')}
        name="education"
        value={form.education}
        onChange={(v) => set('education', v)}
        placeholder={t('choose')}
        options={recordCircumstancesDtoEducationValues.map((v) => ({ value: v, label: t(`circumstances.education.${v}`) }))}
        problem={action.error}
        required
      />
      <SelectField
        label={t('circumstances.housingLabel')}
        name="housing"
        value={form.housing}
        onChange={(v) => set('housing', v)}
        placeholder={t('choose')}
        options={recordCircumstancesDtoHousingValues.map((v) => ({ value: v, label: t(`circumstances.housing.${v}`) }))}
        problem={action.error}
        required
      />
    </ActionForm>
  );
}
