import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/table-wrap';
import { formatNumber } from '../../i18n/format';
import type { PhaseRequirements } from './types';

/** The phases of one plan version with every requirement, in order. */
export function PhasePlanTable({ caption, phases }: { caption: string; phases: PhaseRequirements[] }) {
  const { t } = useTranslation('admin');
  return (
    <TableWrap label={caption}>
      <table className="phase-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('phase.position')}
            </th>
            <th scope="col">{t('phase.name')}</th>
            <th scope="col" className="num">
              {t('phase.minDaysInPhase')}
            </th>
            <th scope="col" className="num">
              {t('phase.sobrietyDays')}
            </th>
            <th scope="col" className="num">
              {t('phase.testsPerWeek')}
            </th>
            <th scope="col">{t('phase.hearingEveryWeeks')}</th>
            <th scope="col" className="num">
              {t('phase.treatmentSessionsPerWeek')}
            </th>
            <th scope="col" className="num">
              {t('phase.communityServiceHours')}
            </th>
            <th scope="col" className="num">
              {t('phase.feesDue')}
            </th>
            <th scope="col">{t('phase.milestones')}</th>
          </tr>
        </thead>
        <tbody>
          {phases.map((p) => (
            <tr key={p.position}>
              <td className="num">{p.position}</td>
              <th scope="row">
                {p.name}
                {p.description && <p className="hint phase-description">{p.description}</p>}
              </th>
              <td className="num">{formatNumber(p.minDaysInPhase)}</td>
              <td className="num">{formatNumber(p.sobrietyDays)}</td>
              <td className="num">{formatNumber(p.testsPerWeek, 1)}</td>
              <td>{p.hearingEveryWeeks === null ? t('phase.hearingsOnViolation') : t('phase.everyWeeks', { count: p.hearingEveryWeeks })}</td>
              <td className="num">{formatNumber(p.treatmentSessionsPerWeek)}</td>
              <td className="num">{formatNumber(p.communityServiceHours, 2)}</td>
              <td className="num">{formatNumber(p.feesDue, 2)}</td>
              <td>
                {p.milestones.length === 0 ? (
                  t('phase.noMilestones')
                ) : (
                  <ul className="plain-list">
                    {p.milestones.map((m, i) => (
                      <li key={i}>{m}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
