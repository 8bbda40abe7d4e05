import type { Translations } from '@app/core';
import type { MilestoneTranslations, PhaseTranslatedField } from './phase.entity';
import type { ChargeCategory, ProgramModel, ScreeningParty } from './program-model';

/**
 * The requirements of one phase, as written into a phase plan. Community
 * service hours and fees are cumulative since enrolment: the totals a
 * participant must have reached by the end of the phase.
 */
export interface PhaseRequirements {
  name: string;
  /** The name in other languages, as the court entered it; none when absent. */
  translations?: Translations<PhaseTranslatedField>;
  description: string | null;
  minDaysInPhase: number;
  /** Continuous days of sobriety needed before moving on. */
  sobrietyDays: number;
  /** Random tests per week, 0 to 7 with one decimal (the draw's daily probability is this ÷ 7). */
  testsPerWeek: number;
  /** Status hearings every N weeks; null when hearings are held only on violations. */
  hearingEveryWeeks: number | null;
  treatmentSessionsPerWeek: number;
  /** Cumulative since enrolment, by the end of this phase. */
  communityServiceHours: number;
  milestones: string[];
  /** The milestones in other languages, each list in the order of `milestones`; none when absent. */
  milestoneTranslations?: MilestoneTranslations;
  /** Cumulative since enrolment, by the end of this phase, in the court's currency. */
  feesDue: number;
}

export interface TemplatePhase extends PhaseRequirements {
  /** 1 for the first phase. */
  position: number;
}

/** A ready-made program a court starts from and then adapts (its phases are copied as plan version 1). */
export interface ProgramTemplate {
  model: ProgramModel;
  name: string;
  description: string;
  requiredApprovals: readonly ScreeningParty[];
  excludedChargeCategories: readonly ChargeCategory[];
  phases: readonly TemplatePhase[];
}

/**
 * A 5-phase, 20-month adult drug treatment court: intensive supervision
 * first (weekly hearings, three random tests and three treatment sessions a
 * week), stepping down as sobriety grows.
 */
const TREATMENT_COURT: ProgramTemplate = {
  model: 'treatment_court',
  name: 'Adult Treatment Court',
  description:
    'Judicially supervised treatment instead of incarceration: five phases over about 20 months, with random testing, ' +
    'status hearings and treatment stepping down as the participant stabilises. Charges are dismissed or reduced on graduation.',
  requiredApprovals: ['team', 'prosecutor', 'defense'],
  excludedChargeCategories: ['violent', 'sex_offense', 'drug_trafficking'],
  phases: [
    {
      position: 1,
      name: 'Stabilisation',
      description: 'Orientation, assessment and a treatment plan; weekly status hearings and frequent random testing.',
      minDaysInPhase: 60,
      sobrietyDays: 14,
      testsPerWeek: 3,
      hearingEveryWeeks: 1,
      treatmentSessionsPerWeek: 3,
      communityServiceHours: 0,
      milestones: ['assessment completed', 'treatment plan signed'],
      feesDue: 0,
    },
    {
      position: 2,
      name: 'Intensive Treatment',
      description: 'Engagement in treatment and a sober support network; hearings every two weeks.',
      minDaysInPhase: 90,
      sobrietyDays: 30,
      testsPerWeek: 3,
      hearingEveryWeeks: 2,
      treatmentSessionsPerWeek: 3,
      communityServiceHours: 10,
      milestones: ['attends a sober support group'],
      feesDue: 100,
    },
    {
      position: 3,
      name: 'Recovery',
      description: 'Relapse prevention and life skills; testing and hearings less frequent.',
      minDaysInPhase: 120,
      sobrietyDays: 60,
      testsPerWeek: 2,
      hearingEveryWeeks: 3,
      treatmentSessionsPerWeek: 2,
      communityServiceHours: 25,
      milestones: ['job search or education plan'],
      feesDue: 250,
    },
    {
      position: 4,
      name: 'Maintenance',
      description: 'Work or school alongside continued recovery; monthly hearings.',
      minDaysInPhase: 150,
      sobrietyDays: 90,
      testsPerWeek: 1.5,
      hearingEveryWeeks: 4,
      treatmentSessionsPerWeek: 1,
      communityServiceHours: 40,
      milestones: ['employed or in school'],
      feesDue: 400,
    },
    {
      position: 5,
      name: 'Transition',
      description: 'Preparation for graduation: continuing-care plan, stable housing and work or school.',
      minDaysInPhase: 180,
      sobrietyDays: 120,
      testsPerWeek: 1,
      hearingEveryWeeks: 4,
      treatmentSessionsPerWeek: 1,
      communityServiceHours: 60,
      milestones: ['employed or in school', 'stable housing', 'continuing-care plan in place'],
      feesDue: 500,
    },
  ],
};

/**
 * HOPE probation: a warning hearing, a call-in every morning, random tests,
 * and a swift, certain, modest sanction before the judge within 72 hours of
 * each violation. No scheduled status hearings; treatment on request or after
 * repeated positive tests, so none is required by the plan.
 */
const HOPE_PROBATION: ProgramTemplate = {
  model: 'hope_probation',
  name: 'HOPE Probation',
  description:
    'Honest Opportunity Probation with Enforcement: starts with a warning hearing; the probationer calls in every morning ' +
    'and is tested at random; every missed or positive test is brought before the judge within 72 hours.',
  requiredApprovals: ['team'],
  excludedChargeCategories: ['sex_offense'],
  phases: [
    {
      position: 1,
      name: 'Supervision',
      description:
        'From the warning hearing: daily call-in and random testing about once a week. Hearings only on violations; ' +
        'treatment on request or after repeated positive tests.',
      minDaysInPhase: 90,
      sobrietyDays: 30,
      testsPerWeek: 1,
      hearingEveryWeeks: null,
      treatmentSessionsPerWeek: 0,
      communityServiceHours: 0,
      milestones: ['warning hearing attended'],
      feesDue: 0,
    },
    {
      position: 2,
      name: 'Reduced Testing',
      description: 'After sustained compliance: daily call-in continues, random testing less often. Hearings only on violations.',
      minDaysInPhase: 180,
      sobrietyDays: 90,
      testsPerWeek: 0.5,
      hearingEveryWeeks: null,
      treatmentSessionsPerWeek: 0,
      communityServiceHours: 0,
      milestones: [],
      feesDue: 0,
    },
  ],
};

/**
 * Back on Track-style deferred entry of judgment for young, non-violent first
 * offenders: a six-week orientation, then 12-18 months of milestones; on
 * completion the plea is withdrawn and the case dismissed.
 */
const DEFERRED_JUDGMENT: ProgramTemplate = {
  model: 'deferred_judgment',
  name: 'Back on Track',
  description:
    'Deferred entry of judgment for young, non-violent first offenders: guilty plea with sentence deferred, a six-week ' +
    'orientation and 12-18 months of milestones; on completion the plea is withdrawn, the case dismissed and the record expunged.',
  requiredApprovals: ['prosecutor', 'team'],
  excludedChargeCategories: ['violent', 'sex_offense', 'weapons'],
  phases: [
    {
      position: 1,
      name: 'Orientation',
      description: 'About six weeks: needs assessment, education sessions and the first 30 hours of community service.',
      minDaysInPhase: 42,
      sobrietyDays: 0,
      testsPerWeek: 1,
      hearingEveryWeeks: 2,
      treatmentSessionsPerWeek: 0,
      communityServiceHours: 30,
      milestones: ['assessment completed', 'education sessions attended'],
      feesDue: 0,
    },
    {
      position: 2,
      name: 'Milestones',
      description: '12 to 18 months: work or school, child support and 220 community service hours in all.',
      minDaysInPhase: 365,
      sobrietyDays: 90,
      testsPerWeek: 0.5,
      hearingEveryWeeks: 4,
      treatmentSessionsPerWeek: 0,
      communityServiceHours: 220,
      milestones: ['employed or in school', 'child support current', 'education completed'],
      feesDue: 0,
    },
  ],
};

/**
 * The templates' wording in Spanish and Portuguese, by the English text: a
 * court that starts from a template has its phases and milestones in every
 * language the system speaks, and changes them like the rest.
 */
const WORDING: Readonly<Record<string, { es: string; pt: string }>> = {
  Stabilisation: { es: 'Estabilización', pt: 'Estabilização' },
  'Intensive Treatment': { es: 'Tratamiento intensivo', pt: 'Tratamento intensivo' },
  Recovery: { es: 'Recuperación', pt: 'Recuperação' },
  Maintenance: { es: 'Mantenimiento', pt: 'Manutenção' },
  Transition: { es: 'Transición', pt: 'Transição' },
  Supervision: { es: 'Supervisión', pt: 'Supervisão' },
  'Reduced Testing': { es: 'Pruebas reducidas', pt: 'Testes reduzidos' },
  Orientation: { es: 'Orientación', pt: 'Orientação' },
  Milestones: { es: 'Metas', pt: 'Metas' },
  'assessment completed': { es: 'evaluación completada', pt: 'avaliação concluída' },
  'treatment plan signed': { es: 'plan de tratamiento firmado', pt: 'plano de tratamento assinado' },
  'attends a sober support group': { es: 'asiste a un grupo de apoyo para la sobriedad', pt: 'frequenta um grupo de apoio à sobriedade' },
  'job search or education plan': { es: 'búsqueda de empleo o plan de estudios', pt: 'procura de emprego ou plano de estudos' },
  'employed or in school': { es: 'con empleo o estudiando', pt: 'empregado ou estudando' },
  'stable housing': { es: 'vivienda estable', pt: 'moradia estável' },
  'continuing-care plan in place': { es: 'plan de cuidado continuo establecido', pt: 'plano de cuidados continuados definido' },
  'warning hearing attended': { es: 'asistió a la audiencia de advertencia', pt: 'compareceu à audiência de advertência' },
  'education sessions attended': { es: 'asistió a las sesiones educativas', pt: 'frequentou as sessões educativas' },
  'child support current': { es: 'pensión alimenticia al día', pt: 'pensão alimentícia em dia' },
  'education completed': { es: 'estudios completados', pt: 'estudos concluídos' },
};

const OTHER_LANGUAGES = ['es', 'pt'] as const;

/** A template phase with its name and milestones worded in the other languages (WORDING covers every template text; a spec checks). */
function worded(phase: TemplatePhase): TemplatePhase {
  const translations: Translations<PhaseTranslatedField> = {};
  const milestoneTranslations: MilestoneTranslations = {};
  for (const language of OTHER_LANGUAGES) {
    const name = WORDING[phase.name]?.[language];
    if (name) translations[language] = { name };
    if (phase.milestones.length > 0 && phase.milestones.every((m) => WORDING[m])) milestoneTranslations[language] = phase.milestones.map((m) => WORDING[m][language]);
  }
  return { ...phase, translations, milestoneTranslations };
}

const withWording = (template: ProgramTemplate): ProgramTemplate => ({ ...template, phases: template.phases.map(worded) });

/** One template per program model, in the order of PROGRAM_MODELS. */
export const PROGRAM_TEMPLATES: readonly ProgramTemplate[] = [TREATMENT_COURT, HOPE_PROBATION, DEFERRED_JUDGMENT].map(withWording);

export function programTemplate(model: ProgramModel): ProgramTemplate {
  const template = PROGRAM_TEMPLATES.find((t) => t.model === model);
  if (!template) throw new Error(`No template for program model ${model}`);
  return template;
}
