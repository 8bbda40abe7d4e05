import { CourtDocument, type Language } from '@app/core';
import { demographicGroups } from '@app/participants';
import type { SwiftnessDto } from '@app/violations';
import type { FidelityDto } from '../dto/fidelity.dto';
import type { PhaseMeasuresDto } from '../dto/phase-measures.dto';
import type { ResultTurnaroundDto } from '../dto/result-turnaround.dto';
import type { TestingFidelityDto } from '../dto/testing-fidelity.dto';
import type { OutcomeFiguresDto, OutcomeMeasuresDto } from '../outcomes/outcome-measures.dto';
import { shownCount, type Quarter } from './quarter';
import { QUARTERLY_WORDS } from './quarterly-report.words';

/** What the measures services answered for the quarter (up to today when it is under way). */
export interface QuarterlyFigures {
  quarter: Quarter;
  /** The court's date the figures are of. */
  asOf: string;
  testing: TestingFidelityDto;
  phases: PhaseMeasuresDto;
  turnaround: ResultTurnaroundDto;
  swiftness: SwiftnessDto;
  outcomes: OutcomeMeasuresDto;
  /** The outcome measures grouped by race and ethnicity. */
  equity: OutcomeMeasuresDto;
  /** The fidelity dashboard's lines against their targets. */
  fidelity: FidelityDto;
}

const isSmall = (count: number) => count >= 1 && count <= 4;

/**
 * Draws the funder's report: the quarter in brief, then testing, time to a
 * result, swiftness, phases and outcomes by race and ethnicity. Every count
 * of people or events of 1 to 4 reads "<5", and a rate or median taken from
 * one is left out, so no one can be recognised in it.
 */
export function renderQuarterlyReport(courtName: string, figures: QuarterlyFigures, language: Language, date: Date, options: { compress?: boolean } = {}): Promise<Buffer> {
  const w = QUARTERLY_WORDS[language];
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const dayOf = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
  const num = (value: number | null) => (value === null ? w.none : number.format(value));
  const pct = (value: number | null) => (value === null ? w.none : percent.format(value));
  /** A rate, median or ratio: left out when a count it comes from is small. */
  const derived = (format: (value: number | null) => string, value: number | null, ...from: number[]) => (from.some(isSmall) ? w.none : format(value));
  const { quarter } = figures;
  const title = `${w.title} ${quarter.label}`;
  const subtitle = fill(w.period, { quarter: quarter.label, from: dayOf(quarter.from), to: dayOf(quarter.to) });

  return CourtDocument.render(
    { court: courtName, subtitle, title, date, language },
    (d) => {
      d.paragraph(fill(w.asOf, { date: dayOf(figures.asOf) }));

      const all = figures.outcomes.all;
      const decided = all.graduations + all.terminations + all.withdrawals;
      d.heading(w.summary).fields([
        { label: w.inProgramNow, value: shownCount(figures.phases.totals.inProgramNow) },
        { label: w.referrals, value: shownCount(all.referrals) },
        { label: w.admissions, value: shownCount(all.admissions) },
        { label: w.exits, value: shownCount(all.exits) },
        { label: w.graduations, value: shownCount(all.graduations) },
        { label: w.terminations, value: shownCount(all.terminations) },
        { label: w.graduationRate, value: derived(pct, all.graduationRate, all.graduations, decided) },
        { label: w.retention6, value: derived(pct, all.retention6Rate, all.retention6Cohort, all.retention6Retained) },
        { label: w.incentivesPerSanction, value: derived(num, all.incentivesPerSanction, all.incentives, all.sanctions) },
      ]);

      const testing = figures.testing.all;
      d.heading(w.testing).fields([
        { label: w.participantDays, value: number.format(testing.participantDays) },
        { label: w.expectedPerWeek, value: num(testing.expectedPerParticipantWeek) },
        { label: w.orderedPerWeek, value: num(testing.orderedPerParticipantWeek) },
        { label: w.ordered, value: shownCount(testing.ordered) },
        { label: w.collected, value: shownCount(testing.collected) },
        { label: w.shareCollected, value: derived(pct, testing.shareOrderedCollected, testing.ordered, testing.orderedCollected) },
        { label: w.weekendShare, value: derived(pct, testing.weekendShareOfOrdered, testing.ordered, testing.weekendOrdered) },
        { label: w.positivesPer100, value: derived(num, all.positivesPer100Tests, all.tests, all.positiveTests) },
      ]);

      d.heading(w.turnaround).table(
        [w.program, w.collections, w.confirmed, w.medianHours, w.p90Hours],
        figures.turnaround.byProgram.map((p) => [
          p.programCode ? `${p.programCode} · ${p.programName}` : w.noProgram,
          shownCount(p.collections),
          shownCount(p.confirmed),
          derived(num, p.medianHours, p.collections),
          derived(num, p.p90Hours, p.collections),
        ]),
      );

      const kinds = [{ ...figures.swiftness.all, kind: w.allKinds }, ...figures.swiftness.byKind.map((k) => ({ ...k, kind: w.kinds[k.kind] ?? k.kind.replace(/_/g, ' ') }))];
      d.heading(w.swiftness).table(
        [w.kind, w.violations, w.answeredInTime, w.dismissed, w.overdue, w.medianHoursToHearing],
        kinds.map((k) => [
          k.kind,
          shownCount(k.violations),
          derived(pct, k.shareAnsweredInTime, k.violations - k.dismissed, k.answeredInTime),
          shownCount(k.dismissed),
          shownCount(k.overdue),
          derived(num, k.medianHoursToHearing, k.violations),
        ]),
      );

      d.heading(w.phases).table(
        [w.phase, w.participantsNow, w.completedStays, w.medianDays],
        figures.phases.phases.map((p) => [
          `${p.programCode} · ${p.phaseName}`,
          shownCount(p.participantsNow),
          shownCount(p.completedStays),
          derived(num, p.medianDaysInPhase, p.completedStays),
        ]),
      );

      const byGroup = new Map(figures.equity.rows.filter((r) => r.programId === null && r.group !== null).map((r) => [r.group!, r]));
      const groupRows = demographicGroups('raceEthnicity')
        .map((group) => [group, byGroup.get(group)] as const)
        .filter((entry): entry is readonly [string, OutcomeFiguresDto] => entry[1] !== undefined && (entry[1].admissions > 0 || entry[1].exits > 0 || entry[1].referrals > 0));
      d.heading(w.equity).table(
        [w.group, w.referrals, w.admissions, w.exits, w.graduations, w.graduationRate],
        groupRows.map(([group, r]) => {
          const groupDecided = r.graduations + r.terminations + r.withdrawals;
          return [w.groups[group] ?? group, shownCount(r.referrals), shownCount(r.admissions), shownCount(r.exits), shownCount(r.graduations), derived(pct, r.graduationRate, r.graduations, groupDecided)];
        }),
      );

      // A share is a percentage; every other unit (tests per week, hours, days, a ratio) a number.
      const value = (unit: string, v: number | null) => (unit === 'share' ? pct(v) : num(v));
      d.heading(w.fidelity).table(
        [w.measure, w.value, w.target, w.verdict],
        figures.fidelity.lines.map((line) => [
          w.fidelityLines[line.key] ?? line.key,
          derived((v) => value(line.unit, v), line.value, line.count),
          value(line.unit, line.target),
          w.verdicts[line.verdict] ?? line.verdict,
        ]),
      );

      d.note(w.smallCells).note(w.source);
    },
    options,
  );
}
