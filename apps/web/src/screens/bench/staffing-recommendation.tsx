import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { components } from '../../api/schema';
import { useApiQuery } from '../../api/hooks';
import { useCan } from '../../auth/permissions';
import { formatNumber } from '../../i18n/format';

type Schemas = components['schemas'];
export type SessionStaffing = Schemas['SessionStaffingDto'];
export type StaffingRecommendation = Schemas['StaffingRecommendationDto'];

/** The session's staffing, read once for the whole docket (cached under its path). */
export function useSessionStaffing(sessionId: string | undefined) {
  const can = useCan();
  return useApiQuery<SessionStaffing>(sessionId && can('staffing.read') ? `/court-sessions/${sessionId}/staffing` : null);
}

/** The team's recommendation for one participant of the session on screen, or null when none was recorded (or it is still loading). */
export function useStaffingFor(participantId: string): StaffingRecommendation | null {
  const { sessionId } = useParams();
  const staffing = useSessionStaffing(sessionId);
  return staffing.data?.entries.find((e) => e.participantId === participantId)?.recommendation ?? null;
}

/** What the team proposes, as a list: shared by the bench card and the staffing screen. */
export function RecommendationSummary({ recommendation }: { recommendation: StaffingRecommendation }) {
  const { t } = useTranslation('staffing');
  const dissents = recommendation.positions.filter((p) => p.position === 'dissent');
  const agreements = recommendation.positions.filter((p) => p.position === 'agree');
  return (
    <div className="staffing-summary">
      <ul>
        {recommendation.responses.map((r, i) => (
          <li key={i}>
            <strong>{r.name}</strong>
            {r.amount !== null && <> · {t(`amount.${r.effect}`, { amount: formatNumber(r.amount), defaultValue: formatNumber(r.amount) })}</>}
            {r.restrictsLiberty && <span className="badge badge-warn"> {t('judgeOnly')}</span>}
            {r.reason && <> — {r.reason}</>}
          </li>
        ))}
        {recommendation.phaseChange && (
          <li>
            <strong>{t(`phase.${recommendation.phaseChange.direction}`)}</strong> — {recommendation.phaseChange.reason}
            {recommendation.phaseChange.direction === 'demote' && <span className="badge badge-warn"> {t('judgeOnly')}</span>}
          </li>
        )}
        {recommendation.statusChange && (
          <li>
            <strong>{t(`common:participantStatus.${recommendation.statusChange.status}`, { defaultValue: recommendation.statusChange.status })}</strong> —{' '}
            {recommendation.statusChange.reason}
          </li>
        )}
        {recommendation.treatmentAdjustment && (
          <li>
            <strong>{t('treatmentAdjustment')}</strong>: {recommendation.treatmentAdjustment}
          </li>
        )}
      </ul>
      <p>
        <strong>{t('reasons')}</strong>: {recommendation.reasons}
      </p>
      <p className="hint">{t('recordedBy', { name: recommendation.recordedBy, version: recommendation.version })}</p>
      {agreements.length > 0 && <p>{t('agreed', { count: agreements.length, names: agreements.map((a) => a.name).join(', ') })}</p>}
      {dissents.length > 0 && (
        <ul className="staffing-dissents" aria-label={t('dissents')}>
          {dissents.map((d) => (
            <li key={d.userId}>
              <strong>{t('dissent', { name: d.name, role: t(`common:roles.${d.role}`, { defaultValue: d.role }) })}</strong>
              {d.reason && <>: {d.reason}</>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** On the bench card: the team's recommendation and any dissent, beside the outcome form; the judge decides. */
export function BenchStaffingRecommendation({ participantId, hearingId }: { participantId: string; hearingId: string }) {
  const { t } = useTranslation('staffing');
  const { sessionId } = useParams();
  const staffing = useSessionStaffing(sessionId);
  if (!staffing.data) return null;
  const recommendation = staffing.data.entries.find((e) => e.participantId === participantId)?.recommendation ?? null;
  return (
    <section aria-labelledby={`staffing-${hearingId}`} className="bench-staffing">
      <h3 id={`staffing-${hearingId}`}>{t('benchTitle')}</h3>
      {recommendation ? <RecommendationSummary recommendation={recommendation} /> : <p>{t('none')}</p>}
    </section>
  );
}
