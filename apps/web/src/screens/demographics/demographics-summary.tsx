import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantDetail } from '../coordinator/types';
import { useLanguageName } from './demographic-labels';
import './demographics.css';

/** The participant's demographic answers in words, with the way to correct them for those who may. */
export function DemographicsSummary({ participant, canCorrect }: { participant: ParticipantDetail; canCorrect: boolean }) {
  const { t } = useTranslation('demographics');
  const languageName = useLanguageName();
  const notRecorded = t('fields.notRecorded');
  const races = participant.raceDeclined ? t('fields.raceDeclinedShort') : participant.races.map((r) => t(`race.${r}`)).join(', ') || notRecorded;
  const rows: Array<[string, string]> = [
    [t('fields.ethnicity'), participant.ethnicity ? t(`ethnicity.${participant.ethnicity}`) : notRecorded],
    [t('summary.races'), races],
    [t('fields.sex'), participant.sex ? t(`sex.${participant.sex}`) : notRecorded],
    [t('fields.gender'), participant.gender ? t(`gender.${participant.gender}`) : notRecorded],
    [t('fields.primaryLanguage'), participant.primaryLanguage ? languageName(participant.primaryLanguage) : notRecorded],
    [t('summary.age'), participant.ageAtReferral === null ? notRecorded : t('summary.ageValue', { count: participant.ageAtReferral })],
  ];
  return (
    <section className="card demographics-summary" aria-labelledby="demographics-summary-title">
      <h2 id="demographics-summary-title">{t('summary.title')}</h2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {canCorrect && (
        <p>
          <Link to={`/participants/${participant.id}/demographics`}>{t('summary.correct')}</Link>
        </p>
      )}
    </section>
  );
}
