import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { Loading, ProblemBanner } from '../../components/problem';
import { useCatalogues } from '../../i18n';
import { formatDate, readerToday } from '../../i18n/format';
import type { Funnel } from '../measures/equity/figures';
import { EquityFilter, EquityFilters, FILTER_FIELDS } from '../measures/equity/filters';
import { FunnelFigures } from '../measures/equity/funnel-screen';
import { lastWeeks } from '../measures/period';
import { PublicShell } from './public-draws';

/**
 * A court's referral funnel for anyone, signed in or not: the published
 * figures (`GET /public/courts/{code}/funnel`), where a group of fewer than
 * five people shows as "<5" and so does the cell that would give it away.
 * It names nobody.
 */
export function PublicFunnelPage() {
  // The measures' words are in the staff catalogues, which a visitor's phone does not load first.
  return useCatalogues('all') ? <PublicFunnel /> : <Loading />;
}

function PublicFunnel() {
  const { t } = useTranslation('measures');
  const { code = '' } = useParams();
  // The reader's today: the period is of court days, and the public court record gives no zone to go by.
  const [filter, setFilter] = useState<EquityFilter>(() => ({ ...lastWeeks(readerToday(), 52), dimension: '', audience: 'public' }));
  const court = useApiQuery<{ code: string; name: string }>(`/public/courts/${encodeURIComponent(code)}`);
  const funnel = useApiQuery<Funnel>(`/public/courts/${encodeURIComponent(code)}/funnel`, { from: filter.from, to: filter.to, groupBy: filter.dimension || undefined });
  return (
    <PublicShell>
      <h1>{t('funnel.publicTitle', { court: court.data?.name ?? code })}</h1>
      <p>{t('funnel.publicIntro')}</p>
      <p>
        <Link to={`/public/courts/${encodeURIComponent(code)}/draws`}>{t('funnel.publicDraws')}</Link>
      </p>
      <EquityFilters initial={filter} onShow={setFilter} problem={funnel.error} dimensionField="groupBy" allowNone withAudience={false} />
      <p className="measures-period" role="status" aria-live="polite">
        {t('period.showing', { from: formatDate(filter.from), to: formatDate(filter.to) })}
      </p>
      <section aria-busy={funnel.isFetching} aria-label={t('funnel.title')}>
        {funnel.error ? <ProblemBanner problem={funnel.error} shownFields={FILTER_FIELDS} /> : funnel.data === undefined ? <Loading /> : <FunnelFigures funnel={funnel.data} />}
      </section>
    </PublicShell>
  );
}
