import { CourtDocument, type Language } from '@app/core';
import type { Eligibility, ExpungementRule } from './expungement-eligibility';

/** What the motion and proposed order state. */
export interface MotionFacts {
  courtName: string;
  participantName: string;
  participantNumber: string | null;
  caseNumbers: string[];
  charges: Array<{ statute: string; description: string }>;
  plea: string;
  pleaEnteredOn: string;
  deferredSentence: string;
  dischargedOn: string | null;
  eligibility: Eligibility;
  /** The document's own date (written into the PDF). */
  date: Date;
  /** Set once the judge granted it: the order then reads as made. */
  grantedOn: string | null;
  orderReference: string | null;
}

type Words = Record<
  | 'title'
  | 'participant'
  | 'cases'
  | 'charges'
  | 'plea'
  | 'sentence'
  | 'completed'
  | 'rules'
  | 'passed'
  | 'failed'
  | 'motion'
  | 'order'
  | 'granted'
  | 'proposed'
  | 'signature'
  | 'reference'
  | 'notEligible',
  string
> & { rule: Record<ExpungementRule, string> };

/** The document's words in each language the system speaks (the participant reads it in theirs). */
const WORDS: Record<Language, Words> = {
  en: {
    title: 'Motion and order for expungement (deferred judgment completed)',
    participant: 'Participant',
    cases: 'Case numbers',
    charges: 'Charges pleaded to',
    plea: 'Plea entered',
    sentence: 'Sentence deferred',
    completed: 'Program completed on',
    rules: 'Eligibility',
    passed: 'met',
    failed: 'NOT MET',
    motion:
      'The participant completed the deferred-judgment program. The plea is withdrawn and the case dismissed. The court is asked to order the record of the arrest, charges and proceedings expunged and sealed.',
    order: 'ORDER: The record of this case is expunged and sealed. It may be read only by the court administrator for a reason recorded in the audit log.',
    granted: 'Granted on',
    proposed: 'Proposed order: not yet granted.',
    signature: 'Judge',
    reference: 'Order reference',
    notEligible: 'Not every rule is met: the court cannot grant this motion yet.',
    rule: {
      program_completed: 'Program completed (plea withdrawn, case dismissed)',
      within_maximum_length: 'Completed within 18 months of the plea',
      community_service: 'Community service hours',
      milestones: 'Milestones (employment, education, child support)',
      no_violent_charge: 'No charge of violence',
      no_open_warrant: 'No open warrant',
    },
  },
  es: {
    title: 'Moción y orden de eliminación de antecedentes (juicio diferido cumplido)',
    participant: 'Participante',
    cases: 'Números de causa',
    charges: 'Cargos reconocidos',
    plea: 'Declaración registrada',
    sentence: 'Pena diferida',
    completed: 'Programa cumplido el',
    rules: 'Requisitos',
    passed: 'cumplido',
    failed: 'NO CUMPLIDO',
    motion:
      'El participante cumplió el programa de juicio diferido. Se retira la declaración de culpabilidad y se sobresee la causa. Se solicita al tribunal que ordene eliminar y sellar el registro de la detención, los cargos y el procedimiento.',
    order: 'ORDEN: Se eliminan y sellan los antecedentes de esta causa. Solo el administrador del tribunal podrá leerlos, por un motivo que queda registrado en la auditoría.',
    granted: 'Otorgada el',
    proposed: 'Orden propuesta: aún no otorgada.',
    signature: 'Juez',
    reference: 'Referencia de la orden',
    notEligible: 'No se cumplen todos los requisitos: el tribunal aún no puede otorgar esta moción.',
    rule: {
      program_completed: 'Programa cumplido (declaración retirada, causa sobreseída)',
      within_maximum_length: 'Cumplido dentro de los 18 meses desde la declaración',
      community_service: 'Horas de servicio comunitario',
      milestones: 'Logros (empleo, educación, manutención de hijos)',
      no_violent_charge: 'Ningún cargo de violencia',
      no_open_warrant: 'Ninguna orden de captura vigente',
    },
  },
  pt: {
    title: 'Requerimento e ordem de eliminação de antecedentes (julgamento diferido cumprido)',
    participant: 'Participante',
    cases: 'Números do processo',
    charges: 'Acusações admitidas',
    plea: 'Declaração registrada',
    sentence: 'Pena diferida',
    completed: 'Programa concluído em',
    rules: 'Requisitos',
    passed: 'cumprido',
    failed: 'NÃO CUMPRIDO',
    motion:
      'O participante concluiu o programa de julgamento diferido. A declaração de culpa é retirada e o processo arquivado. Requer-se ao tribunal que ordene a eliminação e o sigilo do registro da prisão, das acusações e do processo.',
    order: 'ORDEM: Os antecedentes deste processo são eliminados e postos sob sigilo. Só o administrador do tribunal poderá lê-los, por um motivo registrado na auditoria.',
    granted: 'Concedida em',
    proposed: 'Ordem proposta: ainda não concedida.',
    signature: 'Juiz',
    reference: 'Referência da ordem',
    notEligible: 'Nem todos os requisitos estão cumpridos: o tribunal ainda não pode conceder este requerimento.',
    rule: {
      program_completed: 'Programa concluído (declaração retirada, processo arquivado)',
      within_maximum_length: 'Concluído em até 18 meses da declaração',
      community_service: 'Horas de serviço comunitário',
      milestones: 'Marcos (emprego, educação, pensão alimentícia)',
      no_violent_charge: 'Nenhuma acusação de violência',
      no_open_warrant: 'Nenhum mandado em aberto',
    },
  },
};

/** The motion for expungement with its proposed (or granted) order, as a PDF (the court documents' shared layout). */
export function renderExpungementMotion(facts: MotionFacts, language: Language): Promise<Buffer> {
  const w = WORDS[language];
  return CourtDocument.render({ court: facts.courtName, subtitle: facts.caseNumbers.join(', ') || null, title: w.title, date: facts.date, language }, (d) => {
    d.fields([
      { label: w.participant, value: `${facts.participantName}${facts.participantNumber ? ` (${facts.participantNumber})` : ''}` },
      { label: w.cases, value: facts.caseNumbers.join(', ') || '—' },
      { label: w.charges, value: facts.charges.map((c) => `${c.statute} ${c.description}`).join('; ') },
      { label: w.plea, value: `${facts.plea}, ${facts.pleaEnteredOn}` },
      { label: w.sentence, value: facts.deferredSentence },
      { label: w.completed, value: facts.dischargedOn ?? '—' },
    ]);
    d.heading(w.rules).list(facts.eligibility.rules.map((r) => `${w.rule[r.rule]}: ${r.passed ? w.passed : w.failed} (${r.detail})`));
    d.paragraph(w.motion).heading(w.order);
    if (facts.grantedOn) {
      d.fields([
        { label: w.granted, value: facts.grantedOn },
        ...(facts.orderReference ? [{ label: w.reference, value: facts.orderReference }] : []),
      ]);
    } else {
      d.paragraph(facts.eligibility.eligible ? w.proposed : w.notEligible);
    }
    d.signature('', w.signature, facts.grantedOn ?? '');
  });
}
