import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/hooks';
import { useCan } from '../../../auth/permissions';
import { ParticipantPhoto } from '../../../components/participant-photo';
import { formatDate } from '../../../i18n/format';
import { CaseManagerLabel, StatusBadge } from '../shared';
import type { ParticipantDetail, Program } from '../types';

/** Who the page is about: name, number, status, program, phase and case manager. */
export function ParticipantHeader({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation('coordinator');
  const can = useCan(participant.courtId);
  const program = useApiQuery<Program>(participant.programId ? `/programs/${participant.programId}` : null);
  return (
    <header className="participant-header">
      {/* Asked for only where the role may see it, so no refused read is left in the trail. */}
      <ParticipantPhoto participantId={participant.id} firstName={participant.firstName} lastName={participant.lastName} known={can('docket.read') ? undefined : false} />
      <h1>{t('participant.title', { first: participant.firstName, last: participant.lastName })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('participant.number')}</dt>
          <dd>{participant.participantNumber ?? t('participant.noNumber')}</dd>
        </div>
        <div>
          <dt>{t('participant.status')}</dt>
          <dd>
            <StatusBadge status={participant.status} />
          </dd>
        </div>
        <div>
          <dt>{t('participant.program')}</dt>
          <dd>{program.data ? `${program.data.code} · ${program.data.name}` : (participant.programCode ?? '—')}</dd>
        </div>
        <div>
          <dt>{t('participant.phase')}</dt>
          <dd>
            {participant.phase
              ? t('participant.phaseSince', {
                  phase: t('phase.label', { position: participant.phase.position, name: participant.phase.name }),
                  date: formatDate(participant.phaseStartedOn),
                })
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('participant.caseManager')}</dt>
          <dd>
            <CaseManagerLabel caseManagerId={participant.caseManagerId} caseManagerName={participant.caseManagerName} />
          </dd>
        </div>
        <div>
          <dt>{t('participant.enrolledOn')}</dt>
          <dd>{formatDate(participant.enrolledOn)}</dd>
        </div>
      </dl>
      {participant.noPinYet && (
        <p className="notice" data-testid="no-pin">
          <span className="badge badge-warn">{t('participant.noPin')}</span> {t('participant.noPinWhy')}{' '}
          {/* The action is shown to whoever may issue a PIN (the court administrator); it opens the page's PIN form. */}
          {can('user.manage') && participant.accountId && (
            <a href="#action-pin" onClick={() => document.getElementById('action-pin')?.setAttribute('open', '')}>
              {t('participant.issuePin')}
            </a>
          )}
        </p>
      )}
    </header>
  );
}
