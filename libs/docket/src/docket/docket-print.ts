import { DocketDto, DocketEntryDto } from './dto/docket.dto';

/**
 * The paper docket for the bench and the staffing meeting: one HTML page
 * with a print stylesheet (A4 or letter, one participant per block, never
 * split across pages). Pure: it renders the same docket the API returns, so
 * paper and screen cannot disagree. Every block carrying treatment
 * information repeats the redisclosure notice, as 42 CFR §2.32 requires of
 * each disclosure, and the page carries it in full.
 */

const escape = (text: string | number | null | undefined) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const words = (code: string) => code.replace(/_/g, ' ');

const STYLE = `
  body { font: 11pt/1.35 Georgia, 'Times New Roman', serif; color: #000; margin: 1.5cm; }
  h1 { font-size: 16pt; margin: 0 0 .2em; }
  .meta, .notice { font-size: 9pt; }
  .notice { border: 1px solid #000; padding: .4em .6em; margin: .6em 0; }
  section { border-top: 2px solid #000; padding: .5em 0; break-inside: avoid; page-break-inside: avoid; }
  section h2 { font-size: 13pt; margin: 0; }
  dl { display: grid; grid-template-columns: 11em 1fr; gap: .1em .8em; margin: .4em 0; }
  dt { font-weight: bold; } dd { margin: 0; }
  .overdue { font-weight: bold; text-decoration: underline; }
  .withheld { font-style: italic; }
  .outcome { border: 1px dashed #000; min-height: 3.5em; margin-top: .4em; padding: .2em .4em; font-size: 9pt; }
  @media print { body { margin: 0; } @page { margin: 1.5cm; } }
`;

function violations(entry: DocketEntryDto): string {
  const open = entry.violations.filter((v) => v.status === 'open');
  if (open.length === 0) return 'none open';
  return open
    .map((v) => {
      const clock = v.overdue ? `<span class="overdue">OVERDUE by ${escape(Math.abs(v.hoursLeft ?? 0))} h</span>` : `${escape(v.hoursLeft)} h left`;
      return `${escape(words(v.kind))} (detected ${escape(v.detectedAt.slice(0, 10))}): ${clock}`;
    })
    .join('<br>');
}

function treatment(entry: DocketEntryDto): string {
  const a = entry.treatmentAttendance;
  const attendance = a.withheld
    ? `<span class="withheld">Attendance ${escape(a.withheldReason)}</span>`
    : `attended ${escape(a.attended)}, excused ${escape(a.excused)}, no-show ${escape(a.noShow)}; ${escape(a.upcoming)} scheduled`;
  const p = entry.progressReport;
  const report = p.withheld
    ? `<span class="withheld">Progress ${escape(p.withheldReason)}</span>`
    : p.latest
      ? `${escape(p.latest.reportedOn)}, ${escape(p.latest.organisationName)}: engagement ${escape(words(p.latest.engagement))}` +
        `${p.latest.levelOfCareRecommendation ? `, recommends level ${escape(p.latest.levelOfCareRecommendation)}` : ''}. ${escape(p.latest.narrative)}`
      : 'no progress report yet';
  return `<dt>Treatment</dt><dd>${attendance}</dd><dt>Progress report</dt><dd>${report}</dd>`;
}

function block(entry: DocketEntryDto, notice: string | null): string {
  const p = entry.participant;
  const t = entry.tests;
  const results = Object.entries(t.results).map(([outcome, n]) => `${n} ${words(outcome)}`).join(', ') || 'none';
  const disclosed = !entry.treatmentAttendance.withheld || !entry.progressReport.withheld;
  const phase = entry.phase
    ? `Phase ${entry.phase.position} of ${entry.phase.phaseCount} (${escape(entry.phase.name)}), ${entry.phase.daysInPhase} days in phase, ${entry.phase.continuousSoberDays} days clean`
    : 'not in a phase';
  const next = entry.readiness
    ? entry.readiness.ready
      ? 'READY to advance'
      : `Not yet: ${entry.readiness.nextRequirements.map(escape).join('; ')}`
    : '';
  const responses = entry.responses.map((r) => `${escape(r.orderedOn)} ${escape(words(r.kind))}: ${escape(r.name)}`).join('<br>') || 'none';
  const ratio = entry.ratio.incentivesPerSanction === null ? `${entry.ratio.incentives} incentives, no sanction` : `${entry.ratio.incentivesPerSanction} : 1`;
  return `<section>
  <h2>${entry.position}. ${escape(p.lastName)}, ${escape(p.firstName)} <small>${escape(p.participantNumber)} · ${escape(p.programCode)} · ${escape(words(entry.hearing.kind))} hearing</small></h2>
  <dl>
    <dt>Since</dt><dd>${entry.since.lastHearingOn ? `last hearing ${escape(entry.since.lastHearingOn)}` : 'enrolment'} (${escape(entry.since.from)} to ${escape(entry.since.to)})</dd>
    <dt>Phase</dt><dd>${phase}</dd>
    <dt>Readiness</dt><dd>${next}</dd>
    <dt>Tests</dt><dd>selected ${t.selected}, called in ${t.calledIn}, collected ${t.collected}; results: ${escape(results)}; awaiting ${t.awaitingResults}; missed call-ins ${t.missedCallIns}, missed tests ${t.missedTests}</dd>
    <dt>Violations</dt><dd>${violations(entry)}</dd>
    <dt>Responses since</dt><dd>${responses}</dd>
    <dt>Incentives : sanctions</dt><dd>${escape(ratio)}</dd>
    <dt>Community service</dt><dd>${entry.communityService.done} of ${entry.communityService.required} hours (${entry.communityService.doneSinceLastHearing} since)</dd>
    ${entry.milestonesSinceLastHearing.length > 0 ? `<dt>Milestones</dt><dd>${entry.milestonesSinceLastHearing.map(escape).join(', ')}</dd>` : ''}
    ${treatment(entry)}
  </dl>
  ${disclosed && notice ? `<p class="notice">${escape(notice)}</p>` : ''}
  <div class="outcome">Outcome:</div>
</section>`;
}

export function renderDocketHtml(docket: DocketDto): string {
  const s = docket.session;
  const notice = docket.redisclosureNotice;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Docket ${escape(s.date)} ${escape(s.startTime)} — ${escape(s.courtroom)}</title><style>${STYLE}</style></head>
<body>
<header>
  <h1>Docket: ${escape(s.date)} at ${escape(s.startTime)}, ${escape(s.courtroom)}</h1>
  <p class="meta">${s.judge ? `Judge ${escape(s.judge.name)} · ` : ''}${docket.entries.length} participants · order: ${escape(words(s.docketOrder))} · times in ${escape(s.timeZone)} · printed ${escape(docket.generatedAt)}</p>
  <p class="meta">CONFIDENTIAL: participant records of a treatment court.</p>
  ${notice ? `<p class="notice">${escape(notice)}</p>` : ''}
</header>
${docket.entries.map((e) => block(e, notice)).join('\n')}
</body>
</html>`;
}
