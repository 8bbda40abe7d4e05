import { renderDocketHtml } from './docket-print';
import { DocketDto, DocketEntryDto } from './dto/docket.dto';

const entry = (over: Partial<DocketEntryDto> = {}): DocketEntryDto => ({
  position: 1,
  hearing: { id: 'h1', kind: 'status', status: 'scheduled', outcome: null },
  participant: { id: 'p1', participantNumber: 'D-0001', firstName: 'Ana', lastName: '<script>alert(1)</script>', status: 'active', programCode: 'ATC', hasPhoto: false },
  compliant: true,
  since: { lastHearingId: null, lastHearingOn: null, from: '2026-11-01', to: '2026-11-23' },
  phase: { id: 'ph', position: 2, name: 'Stabilisation', phaseCount: 5, daysInPhase: 40, continuousSoberDays: 38, soberSince: '2026-10-16' },
  readiness: {
    ready: false,
    requirements: [{ code: 'community_service', met: false, required: 10, actual: 6, remaining: 4, summary: '4 more hours of community service (6 of 10)' }],
    nextRequirements: ['4 more hours of community service (6 of 10)'] },
  tests: { selected: 9, calledIn: 22, collected: 9, results: { negative: 8, positive: 1 }, awaitingResults: 0, missedCallIns: 1, missedTests: 0 },
  violations: [{ id: 'v', kind: 'missed_call_in', status: 'open', detectedAt: '2026-11-19T15:00:00.000Z', deadlineAt: '2026-11-22T15:00:00.000Z', hoursLeft: -24, overdue: true }],
  responses: [],
  ratio: { incentives: 4, sanctions: 1, treatmentAdjustments: 0, incentivesPerSanction: 4 },
  treatmentAttendance: { withheld: true, withheldReason: 'withheld: no valid consent covers it', attended: null, excused: null, noShow: null, upcoming: null },
  progressReport: { withheld: true, withheldReason: 'withheld: no valid consent covers it', latest: null },
  communityService: { done: 6, required: 10, doneSinceLastHearing: 2 },
  milestonesSinceLastHearing: [],
  lastHearingOrders: [],
  recentResponses: [],
  treatmentProviders: { withheld: true, providers: null },
  nextHearing: null,
  cleanDays: { missedTests: 0, lastMissedOn: null, openMissedTest: false },
  ...over,
});

const docket = (entries: DocketEntryDto[], notice: string | null): DocketDto => ({
  session: {
    id: 's',
    courtId: 'c',
    date: '2026-11-23',
    startTime: '09:00',
    startsAt: '2026-11-23T15:00:00.000Z',
    courtroom: 'Courtroom 3',
    judge: { id: 'j', name: 'Rivera' },
    docketOrder: 'compliant_first',
    special: false,
    status: 'scheduled',
    timeZone: 'America/Chicago',
  },
  generatedAt: '2026-11-23T14:00:00.000Z',
  entries,
  redisclosureNotice: notice,
  lawName: notice ? '42 CFR Part 2' : null,
});

describe('renderDocketHtml', () => {
  it('escapes what people typed, marks overdue clocks in words, and says withheld rather than nothing', () => {
    const html = renderDocketHtml(docket([entry()], null), 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('OVERDUE by 24 h');
    expect(html).toContain('Attendance withheld: no valid consent covers disclosing treatment attendance');
    expect(html).toMatch(/Docket: Monday, November 23, 2026 at 9:00\sAM, Courtroom 3/);
    expect(html).toContain('Not yet: 4 more hours of community service (6 of 10)');
    expect(html).toContain('break-inside: avoid');
    expect(html).not.toContain('class="notice"');
  });

  it('repeats the redisclosure notice on every block that carries treatment information', () => {
    const disclosed = entry({
      position: 2,
      treatmentAttendance: { withheld: false, withheldReason: null, attended: 3, excused: 0, noShow: 1, upcoming: 2 },
      progressReport: {
        withheld: false,
        withheldReason: null,
        latest: { id: 'r', organisationName: 'Riverside Recovery', reportedOn: '2026-11-20', engagement: 'good', levelOfCareRecommendation: '1', narrative: 'Steady.' },
      },
    });
    const html = renderDocketHtml(docket([entry(), disclosed], 'NOTICE 42 CFR part 2'), 'en');
    expect(html.match(/class="notice"><strong>Notice required by 42 CFR Part 2<\/strong>NOTICE 42 CFR part 2/g)).toHaveLength(2);
    expect(html).toContain('attended 3, excused 0, no-show 1; 2 scheduled');
    expect(html).toContain('engagement good, recommends level 1. Steady.');
  });

  it('is worded in Spanish and Portuguese, with their dates, plurals and numbers', () => {
    const es = renderDocketHtml(docket([entry()], 'AVISO'), 'es');
    expect(es).toContain('<html lang="es">');
    expect(es).toContain('Lista de audiencias: lunes, 23 de noviembre de 2026 a las 9:00, Courtroom 3');
    expect(es).toContain('Fase 2 de 5 (Stabilisation), 40 días en la fase, 38 días sin consumo');
    expect(es).toContain('VENCIDO hace 24 h');
    expect(es).toContain('Reporte diario omitido (detectado el 19 nov 2026)');
    expect(es).toContain('Todavía no: 4 horas más de servicio comunitario (6 de 10)');
    expect(es).toContain('1 participante ·');
    expect(es).not.toMatch(/Docket|Phase|consent covers|Judge Rivera/);

    const pt = renderDocketHtml(docket([entry({ phase: { ...entry().phase!, daysInPhase: 1, continuousSoberDays: 1 } })], null), 'pt');
    expect(pt).toContain('<html lang="pt">');
    expect(pt).toContain('segunda-feira, 23 de novembro de 2026 às 09:00');
    expect(pt).toContain('1 dia na fase, 1 dia sem uso');
    expect(pt).toContain('Frequência não divulgada');
  });
});
