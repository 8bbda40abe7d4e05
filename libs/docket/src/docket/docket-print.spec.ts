import { renderDocketHtml } from './docket-print';
import { DocketDto, DocketEntryDto } from './dto/docket.dto';

const entry = (over: Partial<DocketEntryDto> = {}): DocketEntryDto => ({
  position: 1,
  hearing: { id: 'h1', kind: 'status', status: 'scheduled', outcome: null },
  participant: { id: 'p1', participantNumber: 'D-0001', firstName: 'Ana', lastName: '<script>alert(1)</script>', status: 'active', programCode: 'ATC' },
  compliant: true,
  since: { lastHearingId: null, lastHearingOn: null, from: '2026-11-01', to: '2026-11-23' },
  phase: { id: 'ph', position: 2, name: 'Stabilisation', phaseCount: 5, daysInPhase: 40, continuousSoberDays: 38, soberSince: '2026-10-16' },
  readiness: { ready: false, requirements: [], nextRequirements: ['4 more hours of community service (6 of 10)'] },
  tests: { selected: 9, calledIn: 22, collected: 9, results: { negative: 8, positive: 1 }, awaitingResults: 0, missedCallIns: 1, missedTests: 0 },
  violations: [{ id: 'v', kind: 'missed_call_in', status: 'open', detectedAt: '2026-11-19T15:00:00.000Z', deadlineAt: '2026-11-22T15:00:00.000Z', hoursLeft: -24, overdue: true }],
  responses: [],
  ratio: { incentives: 4, sanctions: 1, treatmentAdjustments: 0, incentivesPerSanction: 4 },
  treatmentAttendance: { withheld: true, withheldReason: 'withheld: no valid consent covers it', attended: null, excused: null, noShow: null, upcoming: null },
  progressReport: { withheld: true, withheldReason: 'withheld: no valid consent covers it', latest: null },
  communityService: { done: 6, required: 10, doneSinceLastHearing: 2 },
  milestonesSinceLastHearing: [],
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
    judge: { id: 'j', name: 'Judge Rivera' },
    docketOrder: 'compliant_first',
    special: false,
    status: 'scheduled',
    timeZone: 'America/Chicago',
  },
  generatedAt: '2026-11-23T14:00:00.000Z',
  entries,
  redisclosureNotice: notice,
});

describe('renderDocketHtml', () => {
  it('escapes what people typed, marks overdue clocks in words, and says withheld rather than nothing', () => {
    const html = renderDocketHtml(docket([entry()], null));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('OVERDUE by 24 h');
    expect(html).toContain('Attendance withheld: no valid consent covers it');
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
    const html = renderDocketHtml(docket([entry(), disclosed], 'NOTICE 42 CFR part 2'));
    expect(html.match(/class="notice">NOTICE 42 CFR part 2/g)).toHaveLength(2);
    expect(html).toContain('attended 3, excused 0, no-show 1; 2 scheduled');
    expect(html).toContain('engagement good, recommends level 1. Steady.');
  });
});
