import { courtroomName } from '@app/courts';
import { type Language, translated } from '@app/core';
import type { CardFactsRow } from './bench-card-queries';
import type { DocketCleanDaysDto, DocketEntryDto, DocketOrderDto, DocketOutcomeRefDto, DocketViolationDto } from './dto/docket.dto';

/** The parts of a docket entry at the top of the bench card, from one participant's card facts. */
export type BenchCardParts = Pick<DocketEntryDto, 'lastHearingOrders' | 'recentResponses' | 'nextHearing' | 'cleanDays'>;

export function benchCardParts(row: CardFactsRow | undefined, language: Language, soberSince: string | null, violations: DocketViolationDto[]): BenchCardParts {
  const serviceDone = Number(row?.service_since_last_hearing ?? 0);
  return {
    lastHearingOrders: (row?.last_orders ?? []).map((o) => orderOf(o, language, serviceDone)),
    recentResponses: (row?.recent_responses ?? []).map((r) => ({
      id: r.id,
      kind: r.kind,
      name: translated(r.name, r.translations, language, 'name'),
      orderedOn: r.orderedOn,
    })),
    // The courtroom as the court words it in the reader's language.
    nextHearing: row?.next_hearing ? nextHearingOf(row.next_hearing, language) : null,
    cleanDays: cleanDaysOf(soberSince, violations),
  };
}

/**
 * An order of the last hearing with how much of it is done, where the
 * records measure it: community service hours logged since that hearing
 * (shown "8 of 8 done", never more than ordered).
 */
function orderOf(o: CardFactsRow['last_orders'][number], language: Language, serviceDoneSince: number): DocketOrderDto {
  const amount = o.amount === null ? null : Number(o.amount);
  return {
    id: o.id,
    kind: o.kind,
    code: o.code,
    name: translated(o.name, o.translations, language, 'name'),
    effect: o.effect,
    amount,
    testsPerWeek: o.testsPerWeek,
    orderedOn: o.orderedOn,
    completion: o.effect === 'community_service' && amount !== null ? { ordered: amount, done: Math.min(amount, serviceDoneSince), unit: 'hours' } : null,
  };
}

/**
 * Clean days count from the last use (a missed test result counts as one);
 * a missed test still open as a violation, or one recorded as a violation
 * during the run without a result, is no clean result either, so it is
 * shown beside them: 260 clean days next to a skipped test must not read as
 * 260 days of proof.
 */
export function cleanDaysOf(soberSince: string | null, violations: readonly DocketViolationDto[]): DocketCleanDaysDto {
  const missed = violations
    .filter((v) => v.kind === 'missed_test' && v.status !== 'dismissed')
    .filter((v) => v.status === 'open' || (soberSince !== null && v.detectedAt.slice(0, 10) >= soberSince))
    .map((v) => v.detectedAt.slice(0, 10))
    .sort();
  return {
    missedTests: missed.length,
    lastMissedOn: missed[missed.length - 1] ?? null,
    openMissedTest: violations.some((v) => v.status === 'open' && v.kind === 'missed_test'),
  };
}

/** What the hearing's record says the court did, for the card once it is recorded (the next date is the entry's `nextHearing`). */
export function recordedSummary(row: CardFactsRow | undefined, language: Language): Pick<DocketOutcomeRefDto, 'warrant' | 'phaseChange' | 'responses'> {
  const recorded = row?.recorded;
  return {
    warrant: recorded?.warrant ?? false,
    phaseChange: recorded?.phaseChange ?? null,
    responses: (recorded?.responses ?? []).map((r) => ({
      kind: r.kind,
      name: translated(r.name, r.translations, language, 'name'),
      effect: r.effect,
      amount: r.amount === null ? null : Number(r.amount),
    })),
  };
}

function nextHearingOf(next: NonNullable<CardFactsRow['next_hearing']>, language: Language): NonNullable<BenchCardParts['nextHearing']> {
  const { courtroomTranslations, ...hearing } = next;
  return { ...hearing, courtroom: hearing.courtroom === null ? null : courtroomName(hearing.courtroom, courtroomTranslations, language) };
}
