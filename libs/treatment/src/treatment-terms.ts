/**
 * The vocabulary of treatment episodes and reports. Levels of care follow the
 * ASAM Criteria (0.5 early intervention … 4 medically managed inpatient),
 * which US treatment courts and their providers already use.
 */
export const LEVELS_OF_CARE = ['0.5', '1', '2.1', '2.5', '3.1', '3.3', '3.5', '3.7', '4'] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

/** How treatment is delivered in an episode. */
export const TREATMENT_MODALITIES = [
  'individual_counselling',
  'group_counselling',
  'family_therapy',
  'cognitive_behavioural',
  'medication_assisted',
  'contingency_management',
  'mixed',
] as const;
export type TreatmentModality = (typeof TREATMENT_MODALITIES)[number];

/** Why an episode ended. */
export const DISCHARGE_REASONS = [
  'completed',
  'transferred',
  'left_before_completion',
  'administrative',
  'incarcerated',
  'program_discharge',
  'other',
] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

/** A treatment session as the provider schedules and then reports it. */
export const ATTENDANCE_VALUES = ['scheduled', 'attended', 'excused', 'no_show'] as const;
export type AttendanceValue = (typeof ATTENDANCE_VALUES)[number];

/** The provider's view of how engaged the participant is in treatment. */
export const ENGAGEMENT_LEVELS = ['excellent', 'good', 'fair', 'poor', 'not_engaged'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

/** SQL list of string constants, for check constraints kept in step with these lists. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
