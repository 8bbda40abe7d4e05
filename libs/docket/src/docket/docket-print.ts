import type { Language } from '@app/core';
import { docketT } from './docket-catalogue';
import { DocketDto, DocketEntryDto } from './dto/docket.dto';

/**
 * The paper docket for the bench and the staffing meeting: one HTML page
 * with a print stylesheet (A4 or letter, one participant per block, never
 * split across pages). Pure: it renders the same docket the API returns, so
 * paper and screen cannot disagree. Every block carrying treatment
 * information repeats the redisclosure notice, as 42 CFR §2.32 requires of
 * each disclosure, and the page carries it in full.
 *
 * Every word comes from the docket catalogue (`./i18n/<language>.json`) in
 * the reader's language; dates, times and numbers are formatted by Intl in
 * that locale, instants in the court's time zone. What people typed (names,
 * narratives) is printed as they typed it; phase and catalogue names in the
 * reader's language where the court gave one (the docket does that).
 */

const escape = (text: string | number | null | undefined) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body { font: 11pt/1.35 Georgia, 'Times New Roman', serif; color: #000; margin: 1.5cm; }
  h1 { font-size: 16pt; margin: 0 0 .2em; }
  .meta, .notice { font-size: 9pt; }
  .notice { border: 1px solid #000; padding: .4em .6em; margin: .6em 0; }
  .notice strong { display: block; }
  section { border-top: 2px solid #000; padding: .5em 0; break-inside: avoid; page-break-inside: avoid; }
  section h2 { font-size: 13pt; margin: 0; }
  dl { display: grid; grid-template-columns: 11em 1fr; gap: .1em .8em; margin: .4em 0; }
  dt { font-weight: bold; } dd { margin: 0; }
  .overdue { font-weight: bold; text-decoration: underline; }
  .withheld { font-style: italic; }
  .outcome { border: 1px dashed #000; min-height: 3.5em; margin-top: .4em; padding: .2em .4em; font-size: 9pt; }
  @media print { body { margin: 0; } @page { margin: 1.5cm; } }
`;

type Values = Record<string, string | number>;

/** The words of one page: escaped catalogue sentences and locale-formatted values. */
class Words {
  private readonly t: ReturnType<typeof docketT>;
  private readonly number: Intl.NumberFormat;
  private readonly day: Intl.DateTimeFormat;
  private readonly fullDay: Intl.DateTimeFormat;
  private readonly time: Intl.DateTimeFormat;
  private readonly instant: Intl.DateTimeFormat;
  private readonly shortInstantDay: Intl.DateTimeFormat;

  constructor(
    readonly language: Language,
    timeZone: string,
  ) {
    this.t = docketT(language);
    this.number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    // Calendar dates (court days) carry no zone: formatted at noon UTC, in UTC, they stay the same day.
    this.day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    this.fullDay = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone });
    this.time = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone });
    this.instant = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    this.shortInstantDay = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone });
  }

  /** A catalogue sentence with its values, escaped for HTML. */
  say(key: string, values: Values = {}): string {
    return escape(this.text(key, values));
  }

  /** A catalogue sentence, not yet escaped (to be a value of another). */
  text(key: string, values: Values = {}): string {
    return String(this.t(key, values));
  }

  /** A code's word from a group of the catalogue (`testOutcome.negative`), or the code itself when the catalogue has none. */
  code(group: string, code: string): string {
    const key = `${group}.${code}`;
    const word = this.text(key);
    return word === key ? code.replace(/_/g, ' ') : word;
  }

  n(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : this.number.format(value);
  }

  /** A court day `YYYY-MM-DD`. */
  date(day: string | null | undefined): string {
    if (!day) return '';
    const at = new Date(`${day.slice(0, 10)}T12:00:00Z`);
    return Number.isNaN(at.getTime()) ? day : this.day.format(at);
  }

  fullDate(instant: string): string {
    return this.fullDay.format(new Date(instant));
  }

  timeOf(instant: string): string {
    return this.time.format(new Date(instant));
  }

  at(instant: string): string {
    return this.instant.format(new Date(instant));
  }

  dayOf(instant: string): string {
    return this.shortInstantDay.format(new Date(instant));
  }
}

function violations(entry: DocketEntryDto, w: Words): string {
  const open = entry.violations.filter((v) => v.status === 'open');
  if (open.length === 0) return w.say('entry.noneOpen');
  return open
    .map((v) => {
      const clock = v.overdue
        ? `<span class="overdue">${w.say('entry.overdue', { hours: w.n(Math.abs(v.hoursLeft ?? 0)) })}</span>`
        : w.say('entry.hoursLeft', { hours: w.n(v.hoursLeft) });
      return `${w.say('entry.violation', { kind: w.code('violationKind', v.kind), date: w.dayOf(v.detectedAt) })}: ${clock}`;
    })
    .join('<br>');
}

function treatment(entry: DocketEntryDto, w: Words): string {
  const a = entry.treatmentAttendance;
  const attendance = a.withheld
    ? `<span class="withheld">${w.say('entry.attendanceWithheld')}</span>`
    : w.say('entry.attendance', { attended: w.n(a.attended), excused: w.n(a.excused), noShow: w.n(a.noShow), upcoming: w.n(a.upcoming) });
  const p = entry.progressReport;
  const latest = p.latest;
  const report = p.withheld
    ? `<span class="withheld">${w.say('entry.progressWithheld')}</span>`
    : latest
      ? `${w.say(latest.levelOfCareRecommendation ? 'entry.progressRecommends' : 'entry.progress', {
          date: w.date(latest.reportedOn),
          organisation: latest.organisationName,
          engagement: w.code('engagement', latest.engagement),
          level: latest.levelOfCareRecommendation ?? '',
        })}. ${escape(latest.narrative)}`
      : w.say('entry.noProgress');
  return `<dt>${w.say('entry.treatment')}</dt><dd>${attendance}</dd><dt>${w.say('entry.progressReport')}</dt><dd>${report}</dd>`;
}

/** What is still needed to advance, from each requirement's code and figures (plain text). */
function requirements(entry: DocketEntryDto, w: Words): string {
  return (entry.readiness?.requirements ?? [])
    .filter((r) => r.met !== true)
    .map((r) => {
      switch (r.code) {
        case 'min_days_in_phase':
        case 'continuous_sobriety':
          return w.text(`requirement.${r.code}`, { count: r.remaining ?? 0 });
        case 'treatment_sessions':
          return r.met === null ? w.text('requirement.treatment_sessions_withheld') : w.text('requirement.treatment_sessions', { actual: w.n(r.actual), required: w.n(r.required) });
        case 'community_service':
        case 'fees':
          return w.text(`requirement.${r.code}`, { remaining: w.n(r.remaining), actual: w.n(r.actual), required: w.n(r.required) });
        case 'milestone':
          return w.text('requirement.milestone', { name: r.name ?? '' });
        default:
          return r.summary;
      }
    })
    .join('; ');
}

function block(entry: DocketEntryDto, notice: string, w: Words): string {
  const p = entry.participant;
  const t = entry.tests;
  const results =
    Object.entries(t.results)
      .map(([outcome, n]) => w.text('entry.result', { outcome: w.code('testOutcome', outcome), count: w.n(n) }))
      .join(', ') || w.text('entry.none');
  const disclosed = !entry.treatmentAttendance.withheld || !entry.progressReport.withheld;
  const phase = entry.phase
    ? [
        w.say('entry.phaseOf', { position: w.n(entry.phase.position), total: w.n(entry.phase.phaseCount), name: entry.phase.name }),
        w.say('entry.daysInPhase', { count: entry.phase.daysInPhase }),
        w.say('entry.daysClean', { count: entry.phase.continuousSoberDays }),
      ].join(', ')
    : w.say('entry.noPhase');
  const next = entry.readiness ? (entry.readiness.ready ? w.say('entry.ready') : w.say('entry.notYet', { requirements: requirements(entry, w) })) : '';
  const responses =
    entry.responses.map((r) => w.say('entry.response', { date: w.date(r.orderedOn), kind: w.code('responseKind', r.kind), name: r.name })).join('<br>') ||
    w.say('entry.none');
  const ratio =
    entry.ratio.incentivesPerSanction === null
      ? w.say('entry.ratioNoSanction', { count: entry.ratio.incentives })
      : w.say('entry.ratioValue', { ratio: w.n(entry.ratio.incentivesPerSanction) });
  const period = { from: w.date(entry.since.from), to: w.date(entry.since.to) };
  const since = entry.since.lastHearingOn ? w.say('entry.sinceLastHearing', { date: w.date(entry.since.lastHearingOn), ...period }) : w.say('entry.sinceEnrolment', period);
  const cs = entry.communityService;
  return `<section>
  <h2>${entry.position}. ${escape(p.lastName)}, ${escape(p.firstName)} <small>${escape(p.participantNumber)} · ${escape(p.programCode)} · ${escape(w.code('hearingKind', entry.hearing.kind))}</small></h2>
  <dl>
    <dt>${w.say('entry.since')}</dt><dd>${since}</dd>
    <dt>${w.say('entry.phase')}</dt><dd>${phase}</dd>
    <dt>${w.say('entry.readiness')}</dt><dd>${next}</dd>
    <dt>${w.say('entry.tests')}</dt><dd>${w.say('entry.testsLine', {
      selected: w.n(t.selected),
      calledIn: w.n(t.calledIn),
      collected: w.n(t.collected),
      results,
      awaiting: w.n(t.awaitingResults),
      missedCallIns: w.n(t.missedCallIns),
      missedTests: w.n(t.missedTests),
    })}</dd>
    <dt>${w.say('entry.violations')}</dt><dd>${violations(entry, w)}</dd>
    <dt>${w.say('entry.responses')}</dt><dd>${responses}</dd>
    <dt>${w.say('entry.ratio')}</dt><dd>${ratio}</dd>
    <dt>${w.say('entry.communityService')}</dt><dd>${w.say('entry.communityServiceValue', { done: w.n(cs.done), required: w.n(cs.required), since: w.n(cs.doneSinceLastHearing) })}</dd>
    ${entry.milestonesSinceLastHearing.length > 0 ? `<dt>${w.say('entry.milestones')}</dt><dd>${entry.milestonesSinceLastHearing.map(escape).join(', ')}</dd>` : ''}
    ${treatment(entry, w)}
  </dl>
  ${disclosed ? notice : ''}
  <div class="outcome">${w.say('entry.outcome')}</div>
</section>`;
}

/** The printed docket in `language` (the reader's, from Accept-Language). */
export function renderDocketHtml(docket: DocketDto, language: Language): string {
  const s = docket.session;
  const w = new Words(language, s.timeZone);
  const date = w.fullDate(s.startsAt);
  const time = w.timeOf(s.startsAt);
  const notice = docket.redisclosureNotice
    ? `<p class="notice">${docket.lawName ? `<strong>${w.say('page.noticeTitle', { law: docket.lawName })}</strong>` : ''}${escape(docket.redisclosureNotice)}</p>`
    : '';
  const meta = [
    ...(s.judge ? [w.say('page.judge', { name: s.judge.name })] : []),
    w.say('page.participants', { count: docket.entries.length }),
    w.say('page.order', { order: w.code('order', s.docketOrder) }),
    w.say('page.timeZone', { zone: s.timeZone }),
    w.say('page.printed', { at: w.at(docket.generatedAt) }),
  ].join(' · ');
  return `<!doctype html>
<html lang="${escape(language)}">
<head><meta charset="utf-8"><title>${w.say('page.title', { date, time, courtroom: s.courtroom })}</title><style>${STYLE}</style></head>
<body>
<header>
  <h1>${w.say('page.heading', { date, time, courtroom: s.courtroom })}</h1>
  <p class="meta">${meta}</p>
  <p class="meta">${w.say('page.confidential')}</p>
  ${notice}
</header>
${docket.entries.map((e) => block(e, notice, w)).join('\n')}
</body>
</html>`;
}
