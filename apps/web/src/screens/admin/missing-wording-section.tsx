import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { useApiQuery } from '../../api/hooks';
import { DataTable } from '../../components/data-table';
import { QueryView } from '../../components/problem';

type Report = components['schemas']['WordingReportDto'];
type Missing = components['schemas']['MissingWordingDto'];

/**
 * The court's wording a reader would meet in English (or the court's own
 * language) because the court has not worded it in theirs: one row each,
 * with where to word it (programs, catalogue, court settings, testing sites).
 */
export function MissingWordingSection({ courtId }: { courtId: string }) {
  const { t } = useTranslation('admin');
  const report = useApiQuery<Report>(`/courts/${courtId}/missing-wording`);
  return (
    <section aria-labelledby="missing-wording-heading" className="card">
      <h2 id="missing-wording-heading">{t('wording.title')}</h2>
      <QueryView query={report}>
        {(r) =>
          r.languages.length === 0 ? (
            <p>{t('wording.noOtherLanguage')}</p>
          ) : (
            <>
              <p>{t('wording.intro', { languages: r.languages.map((l) => t(`common:languages.${l}`)).join(', ') })}</p>
              <DataTable<Missing>
                caption={t('wording.title')}
                rows={r.missing}
                rowKey={(m) => `${m.kind}:${m.programCode ?? ''}:${m.text}`}
                empty={t('wording.none')}
                columns={[
                  { key: 'kind', header: t('wording.kind'), render: (m) => t(`wording.kinds.${m.kind}`) },
                  { key: 'text', header: t('wording.text'), render: (m) => m.text },
                  { key: 'program', header: t('wording.program'), render: (m) => m.programCode ?? '—' },
                  { key: 'languages', header: t('wording.languages'), render: (m) => m.languages.map((l) => t(`common:languages.${l}`)).join(', ') },
                ]}
              />
            </>
          )
        }
      </QueryView>
    </section>
  );
}
