import { addCalendarDays, CourtDocument, type Language } from '@app/core';
import { orderT } from './order-catalogue';

/** What a written order says, gathered from the records when the sanction is ordered. */
export interface OrderFacts {
  language: Language;
  timeZone: string;
  court: string;
  program: string;
  participant: { name: string; number: string | null };
  orderedOn: string;
  hearing: { on: string; attendance: 'appeared' | 'failed_to_appear' | 'excused'; waiver: string | null } | null;
  violations: Array<{ kind: string; detectedOn: string }>;
  response: { name: string; effect: string; amount: number | null; testsPerWeek: number | null; restrictsLiberty: boolean };
  custodyEndsOn: string | null;
  overLimit: { reason: string; limitDays: number } | null;
  note: string | null;
  orderedBy: { name: string; judge: boolean };
  /** The moment it was ordered: the PDF's own date, so the same facts give the same bytes. */
  createdAt: Date;
}

/**
 * The order as a PDF, in the participant's language: the court's header, the
 * violations answered, the response and its terms, the dates, who ordered
 * it, and the participant's rights (to be heard, to counsel, to ask for
 * review). Pure: the same facts give the same bytes.
 */
export function renderOrder(facts: OrderFacts): Promise<Buffer> {
  const t = orderT(facts.language);
  const day = new Intl.DateTimeFormat(facts.language, { dateStyle: 'long', timeZone: 'UTC' });
  const date = (d: string) => day.format(new Date(`${d}T12:00:00Z`));
  const { response } = facts;
  const amount = response.amount ?? 0;
  const terms =
    response.effect === 'jail'
      ? t('termsJail', { count: amount, end: date(facts.custodyEndsOn ?? facts.orderedOn) })
      : response.effect === 'community_service'
        ? t('termsHours', { count: amount })
        : response.effect === 'increased_testing'
          ? t('termsTesting', { count: amount, testsPerWeek: response.testsPerWeek ?? 0, from: date(facts.orderedOn), to: date(addCalendarDays(facts.orderedOn, amount - 1)) })
          : t('termsNone');
  const hearing = facts.hearing;
  return CourtDocument.render(
    { court: facts.court, subtitle: t('subtitle', { program: facts.program }), title: t('title'), date: facts.createdAt, language: facts.language },
    (doc) => {
      doc.fields([
        { label: t('participant'), value: t('participantValue', { name: facts.participant.name, number: facts.participant.number ?? '—' }) },
        { label: t('caseOrdered'), value: date(facts.orderedOn) },
        {
          label: t('hearing'),
          value: hearing ? t('hearingValue', { date: date(hearing.on), attendance: t(`attendance.${hearing.attendance}`, { waiver: hearing.waiver ?? '' }) }) : t('noHearing'),
        },
      ]);
      doc.heading(t('violations'));
      doc.list(facts.violations.map((v) => t('violation', { kind: t(`violationKind.${v.kind}`, { defaultValue: v.kind }), date: date(v.detectedOn) })));
      doc.heading(t('response'));
      doc.fields([
        { label: response.name, value: terms },
        ...(facts.overLimit ? [{ label: t('overLimit', { limit: facts.overLimit.limitDays }), value: facts.overLimit.reason }] : []),
        ...(facts.note ? [{ label: t('note'), value: facts.note }] : []),
      ]);
      if (response.restrictsLiberty) doc.paragraph(t('restrictsLiberty'));
      doc.signature(facts.orderedBy.name, facts.orderedBy.judge ? t('judge') : t('delegated'), date(facts.orderedOn));
      doc.notice(t('rightsTitle'), [t('rights.heard'), t('rights.counsel'), t('rights.review'), t('rights.copy')]);
    },
  );
}
