import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/table-wrap';
import { formatNumber } from '../../i18n/format';
import type { PhaseRequirements } from './types';

/** The table's columns in order: the requirement (its `phase.*` label) and whether it is a number (right-aligned). */
const COLUMNS: [string, boolean][] = [
  ['position', true],
  ['name', false],
  ['minDaysInPhase', true],
  ['sobrietyDays', true],
  ['testsPerWeek', true],
  ['hearingEveryWeeks', false],
  ['treatmentSessionsPerWeek', true],
  ['communityServiceHours', true],
  ['feesDue', true],
  ['milestones', false],
];

/** The phases of one plan version with every requirement, in order. */
export function PhasePlanTable({ caption, phases }: { caption: string; phases: PhaseRequirements[] }) {
  const { t } = useTranslation('admin');
  return (
    <TableWrap label={caption}>
      <table className="phase-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map(([key, numeric]) => (
              <th key={key} scope="col" className={numeric ? 'num' : undefined}>
                {t(`phase.${key}`)}
              </th>
            ))}
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
