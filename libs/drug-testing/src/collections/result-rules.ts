import type { FieldProblem } from '@app/core';
import { type ConfirmationTechnique, type DrugTestOutcome, SUBSTANCE_PANELS, type SubstancePanel, type TestMethod } from '../entities/drug-test-result.entity';

/**
 * What a batch of results must look like before it is written, as a pure
 * rule naming each field as the request does (`results.0.substance`, the
 * form the validation pipe uses for nested fields).
 */

/** One result as submitted. */
export interface ResultInput {
  substance?: string | null;
  outcome: string;
  admitted?: boolean | null;
  supersedesId?: string | null;
  /** The level read, ng/mL. */
  levelNgMl?: number | null;
  /** Confirmations: the laboratory and its technique. */
  lab?: string | null;
  technique?: ConfirmationTechnique | null;
}

/** A result already recorded on the same collection. */
export interface RecordedResult {
  id: string;
  method: TestMethod;
  outcome: DrugTestOutcome;
  substance: SubstancePanel | null;
  supersedesId: string | null;
}

/** A result ready to write: its substance settled (a confirmation takes its screen's). */
export interface ResolvedResult {
  substance: SubstancePanel | null;
  outcome: DrugTestOutcome;
  admitted: boolean;
  supersedesId: string | null;
  levelNgMl: number | null;
  lab: string | null;
  technique: ConfirmationTechnique | null;
}

/** Outcomes about the whole specimen: they name no substance. */
const SPECIMEN_OUTCOMES: readonly string[] = ['dilute', 'adulterated', 'substituted', 'invalid', 'refused'];

export interface CheckedResults {
  problems: FieldProblem[];
  resolved: ResolvedResult[];
}

/**
 * The problems with a batch of results of one method, given the results
 * already on the collection:
 *  - a positive names a substance panel; a specimen outcome (dilute,
 *    adulterated, substituted, invalid, refused) names none; a negative may;
 *  - `missed` is recorded by the system when the deadline passes, never by hand;
 *  - `prescribed` is decided by the system from the prescriptions, never by hand;
 *  - `admitted` only on a positive;
 *  - a level (ng/mL) only on a result naming a substance panel;
 *  - a confirmation names its laboratory and technique (GC-MS, LC-MS), and
 *    a positive one the level the lab read; a screen names neither;
 *  - a screen supersedes nothing; a confirmation is positive or negative and
 *    supersedes a screen of the same collection and substance that no
 *    confirmation has settled yet (in this batch or before). Its substance
 *    defaults to the screen's.
 */
export function checkResults(method: TestMethod, items: readonly ResultInput[], recorded: readonly RecordedResult[], at = 'results'): CheckedResults {
  const problems: FieldProblem[] = [];
  const resolved: ResolvedResult[] = [];
  const settled = new Set(recorded.filter((r) => r.method === 'confirmation' && r.supersedesId).map((r) => r.supersedesId as string));
  items.forEach((item, i) => {
    const field = (name: string) => `${at}.${i}.${name}`;
    const problem = (name: string, message: string) => problems.push({ field: field(name), message });
    const outcome = item.outcome as DrugTestOutcome;
    let substance = (item.substance ?? null) as SubstancePanel | null;
    const supersedesId = item.supersedesId ?? null;

    if (outcome === 'missed') problem('outcome', 'missed is recorded by the system when the reporting deadline passes, never by hand');
    if (outcome === 'prescribed') problem('outcome', "prescribed is decided by the system from the participant's prescriptions: record the positive");
    if (item.admitted === true && outcome !== 'positive') problem('admitted', 'only a positive result can be admitted');
    if (SPECIMEN_OUTCOMES.includes(outcome) && substance !== null) problem('substance', `must be absent: ${outcome} is about the whole specimen`);
    if (substance !== null && !(SUBSTANCE_PANELS as readonly string[]).includes(substance)) problem('substance', 'must be a known substance panel');

    const level = item.levelNgMl ?? null;
    if (method === 'screen') {
      if (item.lab != null) problem('lab', 'must be absent on a screen: only a confirmation names its laboratory');
      if (item.technique != null) problem('technique', 'must be absent on a screen');
      if (supersedesId !== null) problem('supersedesId', 'must be absent on a screen: only a confirmation supersedes a screen');
      if (outcome === 'positive' && substance === null) problem('substance', 'is required for a positive result');
    } else {
      if (!item.lab) problem('lab', 'is required for a confirmation: the laboratory that confirmed');
      if (!item.technique) problem('technique', 'is required for a confirmation: gc_ms or lc_ms');
      if (outcome === 'positive' && level === null) problem('levelNgMl', 'is required for a positive confirmation: the level the laboratory read');
      if (outcome !== 'positive' && outcome !== 'negative') problem('outcome', 'must be positive or negative for a confirmation');
      if (supersedesId === null) {
        problem('supersedesId', 'is required for a confirmation: the id of the screen it settles');
      } else {
        const screen = recorded.find((r) => r.id === supersedesId && r.method === 'screen');
        if (!screen) problem('supersedesId', 'must be a screen result of this collection');
        else if (screen.substance === null) problem('supersedesId', 'must be a screen result naming a substance');
        else if (settled.has(screen.id)) problem('supersedesId', 'is already settled by a confirmation');
        else if (substance !== null && substance !== screen.substance) problem('substance', `must be the screen's substance (${screen.substance})`);
        else {
          substance = screen.substance;
          // Only a valid confirmation settles its screen for the rest of the batch.
          if (outcome === 'positive' || outcome === 'negative') settled.add(screen.id);
        }
      }
    }
    // After a confirmation takes its screen's substance.
    const panelless = SPECIMEN_OUTCOMES.includes(outcome) || (method === 'screen' && substance === null);
    if (level !== null && panelless) problem('levelNgMl', 'must be absent unless the result names a substance panel');
    resolved.push({
      substance,
      outcome,
      admitted: item.admitted === true,
      supersedesId,
      levelNgMl: level,
      lab: method === 'confirmation' ? (item.lab ?? null) : null,
      technique: method === 'confirmation' ? (item.technique ?? null) : null,
    });
  });
  return { problems, resolved };
}
