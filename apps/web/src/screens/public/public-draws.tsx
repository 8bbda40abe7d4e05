import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { API_BASE } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiQuery } from '../../api/hooks';
import { DataTable } from '../../components/data-table';
import { LanguageChoice } from '../../components/language-choice';
import { QueryView } from '../../components/problem';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';

type Schemas = components['schemas'];
type DrawList = Schemas['PublicDrawListDto'];
type DrawSummary = Schemas['PublicDrawSummaryDto'];
type DrawDay = Schemas['PublicDrawDayDto'];
type Entry = Schemas['PublicDrawEntryDto'];
type Chain = Schemas['PublicSeedChainDto'];

/** Entries drawn on screen; a court of thousands is read from the JSON record. */
const ENTRIES_SHOWN = 500;

const feedPath = (code: string, day?: string) => `/public/courts/${encodeURIComponent(code)}/draws${day ? `/${day}` : ''}`;

/** The verifier's command line for a day of this court (docs/verifying-draws.md). */
const verifyCommand = (code: string, day: string) => `node verify-draw.mjs ${window.location.origin}${API_BASE}${feedPath(code, day)}`;

/** A hash or seed: 64 hex characters, set to wrap and readable by screen readers as one code. */
const Hex = ({ value }: { value: string | null | undefined }) => (value ? <code className="hex">{value}</code> : <>—</>);

/** A public page: no sign-in, a language choice, the page's content. */
export function PublicShell({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="public-draws">
      <div className="sign-in-language">
        <LanguageChoice />
      </div>
      {children}
    </main>
  );
}

/**
 * A court's public draw record, for anyone, signed in or not: the seed-chain
 * anchors and each day's commitment, and once a day is over its seed and
 * counts (overrides counted, not named). It names nobody.
 */
export function PublicDrawsPage() {
  const { t } = useTranslation('draws');
  const { code = '' } = useParams();
  const list = useApiQuery<DrawList>(feedPath(code));
  return (
    <PublicShell>
      <QueryView query={list}>
        {(record) => (
          <>
            <h1>{t('public.title', { court: record.courtName })}</h1>
            <p>{t('public.intro')}</p>
            <p>{t('public.howToCheck')}</p>
            <pre className="command">{verifyCommand(record.court, '<YYYY-MM-DD>')}</pre>
            <section aria-labelledby="chains-heading">
              <h2 id="chains-heading">{t('public.chainsHeading')}</h2>
              <p>{t('public.chainsIntro')}</p>
              <DataTable<Chain>
                caption={t('public.chainsHeading')}
                rows={record.chains}
                rowKey={(c) => String(c.year)}
                columns={[
                  { key: 'year', header: t('public.year'), render: (c) => c.year },
                  { key: 'anchor', header: t('public.anchor'), render: (c) => <Hex value={c.anchor} /> },
                  { key: 'published', header: t('public.published'), render: (c) => formatDateTime(c.publishedAt, record.timeZone) },
                ]}
              />
            </section>
            <section aria-labelledby="days-heading">
              <h2 id="days-heading">{t('public.daysHeading')}</h2>
              <DataTable<DrawSummary>
                caption={t('public.daysHeading')}
                rows={record.days}
                rowKey={(d) => d.courtDay}
                columns={[
                  {
                    key: 'day',
                    header: t('public.day'),
                    render: (d) => (
                      <Link to={`/public/courts/${record.court}/draws/${d.courtDay}`} aria-label={t('public.open', { day: formatDate(d.courtDay) })}>
                        {formatDate(d.courtDay)}
                      </Link>
                    ),
                  },
                  { key: 'commitment', header: t('public.commitment'), render: (d) => <Hex value={d.commitment} /> },
                  { key: 'committed', header: t('public.committed'), render: (d) => formatDateTime(d.committedAt, record.timeZone) },
                  {
                    key: 'seed',
                    header: t('public.seed'),
                    render: (d) => (d.seed ? <Hex value={d.seed} /> : t('public.seedAfter', { at: formatDateTime(d.revealsAt, record.timeZone) })),
                  },
                  { key: 'entries', header: t('public.entries'), render: (d) => formatNumber(d.participantCount) },
                  { key: 'selected', header: t('public.selected'), render: (d) => (d.selectedCount === null ? '—' : formatNumber(d.selectedCount)) },
                  { key: 'forced', header: t('public.forced'), render: (d) => (d.forced === null ? '—' : formatNumber(d.forced)) },
                  { key: 'excused', header: t('public.excused'), render: (d) => (d.excused === null ? '—' : formatNumber(d.excused)) },
                ]}
              />
            </section>
          </>
        )}
      </QueryView>
    </PublicShell>
  );
}

const dash = (value: number | string | null | undefined) => (value === null || value === undefined ? '—' : String(value));

/** One day of the public record: what the verifier reads, and its entries under their tokens. */
export function PublicDrawDayPage() {
  const { t } = useTranslation('draws');
  const { code = '', date = '' } = useParams();
  const day = useApiQuery<DrawDay>(feedPath(code, date));
  const list = useApiQuery<DrawList>(feedPath(code), { from: date, to: date });
  const zone = list.data?.timeZone;
  return (
    <PublicShell>
      <p>
        <Link to={`/public/courts/${encodeURIComponent(code)}/draws`}>{t('day.back')}</Link>
      </p>
      <QueryView query={day}>
        {(d) => (
          <>
            <h1>{t('day.title', { court: list.data?.courtName ?? d.court, day: formatDate(d.courtDay) })}</h1>
            <dl className="facts">
              <dt>{t('day.algorithm')}</dt>
              <dd>
                <code>{d.algorithm}</code>
              </dd>
              <dt>{t('public.commitment')}</dt>
              <dd>
                <Hex value={d.commitment} />
              </dd>
              <dt>{t('day.seedCommitment')}</dt>
              <dd>
                <Hex value={d.seedCommitment} />
              </dd>
              <dt>{t('public.committed')}</dt>
              <dd>{formatDateTime(d.committedAt, zone)}</dd>
              <dt>{t('day.windowOpens')}</dt>
              <dd>{formatDateTime(d.windowOpensAt, zone)}</dd>
              {d.chain && (
                <>
                  <dt>{t('day.chain')}</dt>
                  <dd>
                    {t('day.chainValue', { index: d.chain.index, year: d.chain.year })} · <Hex value={d.chain.anchor} />
                  </dd>
                </>
              )}
              <dt>{t('public.seed')}</dt>
              <dd>{d.seed ? <Hex value={d.seed} /> : t('day.notOver', { at: formatDateTime(d.revealsAt, zone) })}</dd>
              <dt>{t('public.entries')}</dt>
              <dd>{formatNumber(d.participantCount)}</dd>
              {d.revealed && (
                <>
                  <dt>{t('public.selected')}</dt>
                  <dd>{formatNumber(d.selectedCount)}</dd>
                  <dt>{t('public.forced')}</dt>
                  <dd>{formatNumber(d.forced)}</dd>
                  <dt>{t('public.excused')}</dt>
                  <dd>{formatNumber(d.excused)}</dd>
                </>
              )}
            </dl>
            <p>{t('public.howToCheck')}</p>
            <pre className="command">{verifyCommand(d.court, d.courtDay)}</pre>
            <p>
              <a href={`${API_BASE}${feedPath(d.court, d.courtDay)}`}>{t('public.json')}</a>
            </p>
            {d.revealed && !d.entries && <p className="notice">{t('day.v1')}</p>}
            {d.entries && (
              <section aria-labelledby="entries-heading">
                <h2 id="entries-heading">{t('day.entriesHeading')}</h2>
                {d.entries.length > ENTRIES_SHOWN && (
                  <p className="hint">{t('day.shownOf', { shown: formatNumber(ENTRIES_SHOWN), total: formatNumber(d.entries.length) })}</p>
                )}
                <DataTable<Entry>
                  caption={t('day.entriesHeading')}
                  rows={d.entries.slice(0, ENTRIES_SHOWN)}
                  rowKey={(e) => e.token}
                  columns={[
                    { key: 'token', header: t('day.token'), render: (e) => <Hex value={e.token} /> },
                    { key: 'frequency', header: t('day.frequency'), render: (e) => e.testsPerWeek },
                    { key: 'rails', header: t('day.rails'), render: (e) => `${dash(e.maxUntestedDays)} / ${dash(e.maxTestsPer7Days)}` },
                    { key: 'counts', header: t('day.counts'), render: (e) => `${dash(e.untestedDays)} / ${dash(e.testsInPrevious6Days)}` },
                    { key: 'rule', header: t('day.rule'), render: (e) => dash(e.rule) },
                    { key: 'probability', header: t('day.probability'), render: (e) => e.probability },
                    { key: 'selected', header: t('day.wasSelected'), render: (e) => t(e.selected ? 'common:yes' : 'common:no') },
                  ]}
                />
              </section>
            )}
          </>
        )}
      </QueryView>
    </PublicShell>
  );
}
