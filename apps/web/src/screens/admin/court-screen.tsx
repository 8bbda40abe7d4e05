import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { LANGUAGES, type Language } from '../../api/vocabulary';
import { useSession } from '../../auth/session';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDateTime } from '../../i18n/format';
import { useSettingsForm } from './form-state';
import { MissingWordingSection } from './missing-wording-section';
import { CheckboxGroup, Confirmation, Facts, FormActions, nullableText, numberOrText, useCourt } from './shared';
import { Court, STAFF_ROLES } from './types';

// redisclosureNotices is one field for the API but three text areas here: its problem stays in the banner.
const FIELDS = ['name', 'timeZone', 'callInWindowStart', 'callInWindowEnd', 'reportByTime', 'drawLeadMinutes', 'mfaRequiredRoles', 'language', 'lawName', 'redisclosureNotice', 'hotlineNumber', 'helpNumber', 'active'];

/** The notice per language as the form holds it: every language, empty when the court wrote none. */
function noticesForm(notices: Partial<Record<Language, string>>): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, notices[l] ?? ''])) as Record<Language, string>;
}

/** The map the API takes: the languages with a text, in the order of LANGUAGES (so an unchanged map compares equal). */
function noticesBody(notices: Record<Language, string>): Partial<Record<Language, string>> {
  return Object.fromEntries(LANGUAGES.filter((l) => notices[l].trim() !== '').map((l) => [l, notices[l]]));
}

/** Court settings: name, time zone, the call-in window and its deadlines, second factor, the redisclosure notice. */
export function CourtScreen() {
  const { t } = useTranslation('admin');
  const court = useCourt();
  // Kept here: the form starts afresh from the saved court after each change.
  const [saved, setSaved] = useState(false);
  return (
    <section className="admin-screen">
      <h1>{t('court.title')}</h1>
      <p>{t('court.intro')}</p>
      <QueryView query={court}>{(data) => <CourtForm key={data.updatedAt} court={data} saved={saved} onSaved={setSaved} />}</QueryView>
      <QueryView query={court}>{(data) => <MissingWordingSection courtId={data.id} />}</QueryView>
    </section>
  );
}

function minutesOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function timeOf(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Every IANA zone the browser knows, with the court's own first if it is missing. */
function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

function CourtForm({ court, saved, onSaved }: { court: Court; saved: boolean; onSaved: (saved: boolean) => void }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const { form, set, save, unchanged, submit } = useSettingsForm({
    initial: {
      name: court.name,
      timeZone: court.timeZone,
      callInWindowStart: court.callInWindowStart,
      callInWindowEnd: court.callInWindowEnd,
      reportByTime: court.reportByTime,
      drawLeadMinutes: String(court.drawLeadMinutes),
      mfaRequiredRoles: court.mfaRequiredRoles,
      standardNotice: court.redisclosureNotice === null,
      redisclosureNotice: court.redisclosureNotice ?? '',
      language: court.language,
      lawName: court.lawName,
      redisclosureNotices: noticesForm(court.redisclosureNotices),
      hotlineNumber: court.hotlineNumber ?? '',
      helpNumber: court.helpNumber ?? '',
      active: court.active,
    },
    body: (f) => ({
      name: f.name,
      timeZone: f.timeZone,
      callInWindowStart: f.callInWindowStart,
      callInWindowEnd: f.callInWindowEnd,
      reportByTime: f.reportByTime,
      drawLeadMinutes: numberOrText(f.drawLeadMinutes),
      mfaRequiredRoles: f.mfaRequiredRoles,
      redisclosureNotice: f.standardNotice ? null : nullableText(f.redisclosureNotice),
      language: f.language,
      lawName: f.lawName,
      redisclosureNotices: noticesBody(f.redisclosureNotices),
      hotlineNumber: nullableText(f.hotlineNumber),
      helpNumber: nullableText(f.helpNumber),
      // Only the system administrator may open or close a court.
      ...(session.role === 'system_admin' ? { active: f.active } : {}),
    }),
    patch: (body) => api.patch<Court>(`/courts/${court.id}`, body),
    invalidates: [`/courts`],
    onSaved,
  });
  const zones = useMemo(() => timeZones(court.timeZone), [court.timeZone]);
  /** A court-local time of day (`HH:MM`), typed as digits. */
  const timeField = (name: 'callInWindowStart' | 'callInWindowEnd' | 'reportByTime', hint: string) => (
    <TextField label={t(`court.${name}`)} name={name} value={form[name]} onChange={(v) => set(name, v)} problem={save.error} hint={hint} inputMode="numeric" required />
  );

  const start = minutesOf(form.callInWindowStart);
  const lead = Number(form.drawLeadMinutes);
  const drawAt = start !== null && Number.isInteger(lead) ? start - lead : null;

  return (
    <>
      <Facts
        rows={[
          [t('court.code'), <strong key="code">{court.code}</strong>],
          [t('court.status'), court.active ? t('status.active') : t('status.inactive')],
          [t('court.updatedAt'), formatDateTime(court.updatedAt, court.timeZone)],
        ]}
      />
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('court.name')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={save.error} required />
        <SelectField
          label={t('court.timeZone')}
          name="timeZone"
          value={form.timeZone}
          onChange={(v) => set('timeZone', v)}
          options={zones.map((z) => ({ value: z, label: z }))}
          problem={save.error}
          hint={t('court.timeZoneHint')}
          required
        />
        <SelectField
          label={t('court.language')}
          name="language"
          value={form.language}
          onChange={(v) => set('language', v as Language)}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
          problem={save.error}
          hint={t('court.languageHint')}
          required
        />
        <h2>{t('court.callInTitle')}</h2>
        <div className="field-row">
          {timeField('callInWindowStart', t('court.timeHint'))}
          {timeField('callInWindowEnd', t('court.endHint'))}
        </div>
        <div className="field-row">
          {timeField('reportByTime', t('court.reportByHint'))}
          <TextField
            label={t('court.drawLeadMinutes')}
            name="drawLeadMinutes"
            type="number"
            min="5"
            max="720"
            value={form.drawLeadMinutes}
            onChange={(v) => set('drawLeadMinutes', v)}
            problem={save.error}
            hint={t('court.drawLeadHint')}
            required
          />
        </div>
        {start !== null && drawAt !== null && (
          <p className="card summary" aria-live="polite">
            {t('court.summary', {
              start: form.callInWindowStart,
              end: form.callInWindowEnd,
              zone: form.timeZone,
              drawAt: timeOf(drawAt),
              reportBy: form.reportByTime,
            })}
            {drawAt < 0 && ` ${t('court.drawDayBefore')}`}
          </p>
        )}
        <h2>{t('court.securityTitle')}</h2>
        <CheckboxGroup
          legend={t('court.mfaRequiredRoles')}
          name="mfaRequiredRoles"
          hint={t('court.mfaHint')}
          options={STAFF_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
          values={form.mfaRequiredRoles}
          onChange={(v) => set('mfaRequiredRoles', v)}
          problem={save.error}
        />
        <h2>{t('hotline:court.title')}</h2>
        <TextField
          label={t('hotline:court.hotlineNumber')}
          name="hotlineNumber"
          type="tel"
          value={form.hotlineNumber}
          onChange={(v) => set('hotlineNumber', v)}
          problem={save.error}
          hint={t('hotline:court.hotlineNumberHint')}
        />
        <TextField
          label={t('hotline:court.helpNumber')}
          name="helpNumber"
          type="tel"
          value={form.helpNumber}
          onChange={(v) => set('helpNumber', v)}
          problem={save.error}
          hint={t('hotline:court.helpNumberHint')}
        />
        <h2>{t('court.noticeTitle')}</h2>
        <TextField label={t('court.lawName')} name="lawName" value={form.lawName} onChange={(v) => set('lawName', v)} problem={save.error} hint={t('court.lawNameHint')} required />
        <CheckboxField
          label={t('court.standardNotice')}
          name="standardNotice"
          checked={form.standardNotice}
          onChange={(v) => set('standardNotice', v)}
          hint={t('court.standardNoticeHint')}
        />
        {!form.standardNotice && (
          <TextAreaField
            label={t('court.redisclosureNotice')}
            name="redisclosureNotice"
            rows={6}
            value={form.redisclosureNotice}
            onChange={(v) => set('redisclosureNotice', v)}
            problem={save.error}
            hint={t('court.noticeHint')}
          />
        )}
        <fieldset>
          <legend>{t('court.noticesTitle')}</legend>
          <p className="hint">{t('court.noticesHint')}</p>
          {LANGUAGES.map((l) => (
            <TextAreaField
              key={l}
              label={t('court.noticeIn', { language: t(`common:languages.${l}`) })}
              name={`redisclosureNotices.${l}`}
              rows={5}
              value={form.redisclosureNotices[l]}
              onChange={(v) => set('redisclosureNotices', { ...form.redisclosureNotices, [l]: v })}
              problem={save.error}
            />
          ))}
        </fieldset>
        {session.role === 'system_admin' && (
          <CheckboxField label={t('court.active')} name="active" checked={form.active} onChange={(v) => set('active', v)} problem={save.error} hint={t('court.activeHint')} />
        )}
        <ProblemBanner problem={save.error} shownFields={FIELDS} />
        <FormActions submitLabel={t('common:save')} pending={save.isPending} />
        <Confirmation>{saved ? t('court.saved') : unchanged ? t('noChanges') : null}</Confirmation>
      </form>
    </>
  );
}
