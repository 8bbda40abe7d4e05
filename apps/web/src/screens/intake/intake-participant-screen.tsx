import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { useCan } from '../../auth/permissions';
import { formatDate } from '../../i18n/format';
import { Facts } from '../admin/shared';
import { ParticipantLoader } from '../coordinator/participant/participant-loader';
import { StatusBadge, useFullName } from '../coordinator/shared';
import { EnrolmentFlow } from './enrolment-flow';
import { PinSlip, type Slip } from './pin-slip';
import { AcceptanceSection, DecisionsSection, ProgramChoice, ScreeningSection } from './screening-sections';
import type { ParticipantDetail, Program } from './types';

/**
 * One person's way in, step by step: the program, screening with its
 * eligibility, each party's decision, acceptance or rejection, and the
 * guided enrolment. Each step shows only when the status allows it and the
 * reader's role may take it.
 */
export function IntakeParticipantScreen() {
  const { t } = useTranslation('intake');
  return (
    <ParticipantLoader title={t('participant.fallbackTitle')} back={{ to: '/intake', label: t('participant.back') }}>
      {(participant) => <IntakePage participant={participant} />}
    </ParticipantLoader>
  );
}

function IntakePage({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation('intake');
  const fullName = useFullName();
  const can = useCan(participant.courtId);
  const program = useApiQuery<Program>(participant.programId ? `/programs/${participant.programId}` : null);
  const writer = can('participant.write');
  const status = participant.status;
  // The slip lives here, not in the enrolment flow: enrolment makes the participant active, which ends the flow.
  const [slip, setSlip] = useState<Slip | null>(null);
  if (slip) return <PinSlip slip={slip} onDone={() => setSlip(null)} />;
  return (
    <article className="intake intake-participant">
      <p>
        <Link to="/intake">{t('participant.back')}</Link>
      </p>
      <h1>
        {fullName(participant)} <StatusBadge status={status} />
      </h1>
      <Facts
        rows={[
          [t('participant.program'), program.data ? `${program.data.code} · ${program.data.name}` : t('participant.noProgram')],
          [t('participant.source'), t(`source.${participant.referralSource}`, { defaultValue: participant.referralSource })],
          [t('participant.referredOn'), formatDate(participant.referredOn)],
          [t('participant.charges'), participant.charges.map((c) => `${c.statute} (${t(`chargeLevel.${c.level}`)})`).join('; ') || '—'],
        ]}
      />
      {status === 'referred' && !participant.programId && writer && <ProgramChoice participant={participant} />}
      {(status === 'referred' || status === 'screening') && participant.programId && (
        <ScreeningSection participant={participant} editable={writer} />
      )}
      {status === 'screening' && program.data && <DecisionsSection participant={participant} program={program.data} editable={writer} />}
      {status === 'screening' && can('participant.status_change') && <AcceptanceSection participant={participant} />}
      {status === 'accepted' && writer && program.data && <EnrolmentFlow participant={participant} program={program.data} onEnrolled={setSlip} />}
      {status === 'rejected' && <p className="notice">{t('participant.rejected')}</p>}
      {!['referred', 'screening', 'accepted', 'rejected'].includes(status) && (
        <p className="notice">
          {t('participant.enrolled')} <Link to={`/participants/${participant.id}`}>{t('participant.openRecord')}</Link>
        </p>
      )}
    </article>
  );
}
