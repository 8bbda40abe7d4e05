import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../components/table-wrap';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ReadyBadge } from '../readiness-screen';
import { useRequirementWords } from '../../../components/readiness';
import { MetBadge } from '../shared';
import type { Readiness } from '../types';

/** Readiness to advance: each requirement of the current phase, met or not, with what remains. */
export function ReadinessSection({ readiness }: { readiness: Readiness | null }) {
  const { t } = useTranslation('coordinator');
  const { name, words } = useRequirementWords();
  return (
    <section aria-labelledby="readiness-heading" className="card">
      <h2 id="readiness-heading">{t('participant.readinessTitle')}</h2>
      {!readiness ? (
        <p>{t('participant.notEnrolled')}</p>
      ) : (
        <>
          <p>
            <ReadyBadge readiness={readiness} />{' '}
            {t('participant.readinessFacts', {
              days: formatNumber(readiness.daysInPhase),
              clean: formatNumber(readiness.continuousSoberDays),
              since: formatDate(readiness.soberSince),
              asOf: formatDate(readiness.asOf),
            })}
          </p>
          {readiness.requirements.length === 0 ? (
            <p>{t('participant.noRequirements')}</p>
          ) : (
            <TableWrap className="readiness-table" label={t('participant.requirementsCaption', { phase: t('phase.label', { position: readiness.phase.position, name: readiness.phase.name }) })}>
              <table>
                <caption>{t('participant.requirementsCaption', { phase: t('phase.label', { position: readiness.phase.position, name: readiness.phase.name }) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('participant.requirement')}</th>
                    <th scope="col">{t('participant.met')}</th>
                    <th scope="col">{t('participant.where')}</th>
                  </tr>
                </thead>
                <tbody>
                  {readiness.requirements.map((r, i) => (
                    <tr key={`${r.code}-${i}`}>
                      <th scope="row">{name(r)}</th>
                      <td>
                        <MetBadge met={r.met} />
                      </td>
                      <td>{words(r)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </>
      )}
    </section>
  );
}
