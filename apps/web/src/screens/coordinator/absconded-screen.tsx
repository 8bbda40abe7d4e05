import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { useSession } from '../../auth/session';
import { Column, DataTable } from '../../components/data-table';
import { QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { ParticipantLink } from './shared';

type AbscondedList = components['schemas']['PossiblyAbscondedListDto'];
type Row = components['schemas']['PossiblyAbscondedDto'];

/** The number of days since a sign of life, with its date when there was one (else since enrolment). */
function Since({ days, on }: { days: number; on: string | null }) {
  const { t } = useTranslation('deferred');
  return (
    <>
      {t('absconded.days', { count: days })}
      <br />
      <span className="hint">{on ? formatDate(on) : t('absconded.never')}</span>
    </>
  );
}

/**
 * Active participants who may have absconded: no contact, no call-in and no
 * test for their program's number of days, the longest silence first, so
 * the team can reach them or ask the judge for a warrant.
 */
export function AbscondedScreen() {
  const { t } = useTranslation('deferred');
  const courtId = useSession().court.courtId;
  const query = useApiQuery<AbscondedList>(`/courts/${courtId}/possibly-absconded`);
  const columns: Column<Row>[] = [
    { key: 'name', header: t('absconded.name'), render: (r) => <ParticipantLink participant={r} />, sortValue: (r) => `${r.lastName} ${r.firstName}` },
    { key: 'number', header: t('absconded.number'), render: (r) => r.participantNumber ?? '—', sortValue: (r) => r.participantNumber },
    { key: 'program', header: t('absconded.program'), render: (r) => `${r.programCode} · ${t('absconded.threshold', { count: r.thresholdDays })}`, sortValue: (r) => r.programCode },
    { key: 'contact', header: t('absconded.contact'), render: (r) => <Since days={r.daysSinceContact} on={r.lastContactOn} />, sortValue: (r) => r.daysSinceContact, className: 'num' },
    { key: 'callIn', header: t('absconded.callIn'), render: (r) => <Since days={r.daysSinceCallIn} on={r.lastCallInOn} />, sortValue: (r) => r.daysSinceCallIn, className: 'num' },
    { key: 'test', header: t('absconded.test'), render: (r) => <Since days={r.daysSinceTest} on={r.lastTestOn} />, sortValue: (r) => r.daysSinceTest, className: 'num' },
  ];
  return (
    <section>
      <h1>{t('absconded.title')}</h1>
      <p className="hint intro">{t('absconded.intro')}</p>
      <QueryView query={query}>
        {(list) => (
          <>
            <p>{t('absconded.count', { count: list.items.length, today: formatDate(list.today) })}</p>
            <DataTable caption={t('absconded.caption')} columns={columns} rows={list.items} rowKey={(r) => r.participantId} empty={t('absconded.none')} />
          </>
        )}
      </QueryView>
    </section>
  );
}
