import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import type { Option } from '../../components/fields';
import {
  ATTENDANCE_VALUES,
  AttendanceValue,
  Court,
  ENGAGEMENT_LEVELS,
  LEVELS_OF_CARE,
  NOTE_CATEGORIES,
  ProviderClientList,
  TREATMENT_MODALITIES,
} from './types';

/** The court's calendar date now, in its own time zone (`YYYY-MM-DD`). */
export function courtDate(timeZone: string, at: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The court of the session, for its time zone and today's court date (null while loading). */
export function useCourtClock(): { timeZone: string | undefined; today: string | null } {
  const { court } = useSession();
  const query = useApiQuery<Court>(`/courts/${court.courtId}`);
  const timeZone = query.data?.timeZone;
  return { timeZone, today: timeZone ? courtDate(timeZone) : null };
}

/** The signed-in provider's organisation and its current clients. */
export function useProviderClients() {
  const { court } = useSession();
  const organisationId = court.organisationId;
  const query = useApiQuery<ProviderClientList>(organisationId ? `/provider-organisations/${organisationId}/clients` : null);
  return { organisationId, query };
}

/** "Alex Garcia (D-0001)". */
export function clientName(p: { firstName: string; lastName: string; participantNumber: string | null }): string {
  return p.participantNumber ? `${p.firstName} ${p.lastName} (${p.participantNumber})` : `${p.firstName} ${p.lastName}`;
}

/** i18n keys cannot hold dots: ASAM level `2.1` is the key `2_1`. */
const levelKey = (level: string) => level.replace('.', '_');

/** Words for the treatment vocabulary, and select options built from it. */
export function useTreatmentTerms() {
  const { t } = useTranslation('provider');
  const levelOfCare = (level: string | null | undefined) => (level ? t('terms.levelOfCare', { level, name: t(`terms.levelsOfCare.${levelKey(level)}`) }) : t('terms.notSet'));
  const modality = (value: string | null | undefined) => (value ? t(`terms.modalities.${value}`) : t('terms.notSet'));
  const attendance = (value: string) => t(`terms.attendance.${value}`);
  const engagement = (value: string) => t(`terms.engagement.${value}`);
  const category = (value: string) => t(`terms.categories.${value}`);
  const status = (value: string) => t(`terms.statuses.${value}`, { defaultValue: value.replace(/_/g, ' ') });
  const options = {
    attendance: ATTENDANCE_VALUES.map((v): Option => ({ value: v, label: attendance(v) })),
    engagement: ENGAGEMENT_LEVELS.map((v): Option => ({ value: v, label: engagement(v) })),
    levelsOfCare: LEVELS_OF_CARE.map((v): Option => ({ value: v, label: levelOfCare(v) })),
    modalities: TREATMENT_MODALITIES.map((v): Option => ({ value: v, label: modality(v) })),
    categories: NOTE_CATEGORIES.map((v): Option => ({ value: v, label: category(v) })),
  };
  return { levelOfCare, modality, attendance, engagement, category, status, options };
}

const ATTENDANCE_BADGE: Record<AttendanceValue, string> = {
  scheduled: 'badge',
  attended: 'badge badge-ok',
  excused: 'badge badge-warn',
  no_show: 'badge badge-bad',
};

/** An attendance value as a badge: the word carries the meaning, the colour repeats it. */
export function AttendanceBadge({ value }: { value: AttendanceValue }) {
  const terms = useTreatmentTerms();
  return <span className={ATTENDANCE_BADGE[value] ?? 'badge'}>{terms.attendance(value)}</span>;
}

/** Whether a consent on file lets the provider read and report this kind of information. */
export function ConsentBadge({ consent }: { consent: { read: boolean; write: boolean } }) {
  const { t } = useTranslation('provider');
  if (consent.read && consent.write) return <span className="badge badge-ok">{t('consent.onFile')}</span>;
  if (consent.read || consent.write) return <span className="badge badge-warn">{consent.read ? t('consent.readOnly') : t('consent.reportOnly')}</span>;
  return <span className="badge badge-bad">{t('consent.none')}</span>;
}

/** The short confirmation after a change went through. */
export function Confirmation({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

/** The 42 CFR §2.32 notice that must accompany the treatment information shown (each distinct text once). */
export function RedisclosureNotice({ notices }: { notices: Array<string | undefined> }) {
  const { t } = useTranslation('provider');
  const texts = [...new Set(notices.filter((n): n is string => !!n))];
  if (texts.length === 0) return null;
  return (
    <section className="card provider-redisclosure" aria-labelledby="provider-redisclosure-heading">
      <h2 id="provider-redisclosure-heading">{t('client.redisclosureHeading')}</h2>
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </section>
  );
}
