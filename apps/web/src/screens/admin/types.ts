/**
 * The API's answers the administration screens read (shapes of the DTOs in
 * libs/courts, libs/programs, libs/violations, libs/drug-testing, libs/auth and libs/audit).
 */
import type { Language, ProgramModel, Translations } from '../../api/vocabulary';
import type { CourtRole } from '../../auth/session';

export const STAFF_ROLES = ['court_admin', 'judge', 'coordinator', 'case_manager', 'treatment_provider', 'testing_site'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Program models, screening parties, charge categories and testing outcomes: the server's own lists. */
export { CHARGE_CATEGORIES, PROGRAM_MODELS, type ProgramModel, SCREENING_PARTIES, VIOLATION_OUTCOMES } from '../../api/vocabulary';

export const RESPONSE_KINDS = ['sanction', 'incentive', 'treatment_adjustment'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
export const RESPONSE_EFFECTS = ['none', 'increased_testing', 'community_service', 'jail'] as const;
export type ResponseEffect = (typeof RESPONSE_EFFECTS)[number];
export const CATALOGUE_LEVELS = { min: 1, max: 10 } as const;

export interface Court {
  id: string;
  code: string;
  name: string;
  timeZone: string;
  callInWindowStart: string;
  callInWindowEnd: string;
  reportByTime: string;
  drawLeadMinutes: number;
  mfaRequiredRoles: string[];
  redisclosureNotice: string | null;
  /** The language of the court's screens for users who have not chosen their own. */
  language: Language;
  /** The law the court operates under, cited with its notice. */
  lawName: string;
  /** The court's disclosure notice per language, replacing its own notice for readers of that language. */
  redisclosureNotices: Partial<Record<Language, string>>;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PhaseRequirements {
  position: number;
  name: string;
  /** The name in other languages ({} when none). */
  translations: Translations<'name'>;
  description: string | null;
  minDaysInPhase: number;
  sobrietyDays: number;
  testsPerWeek: number;
  hearingEveryWeeks: number | null;
  treatmentSessionsPerWeek: number;
  communityServiceHours: number;
  milestones: string[];
  feesDue: number;
}

export interface Phase extends PhaseRequirements {
  id: string;
}

export interface PhasePlan {
  id: string;
  version: number;
  note: string | null;
  createdAt: string;
  phases: Phase[];
}

export interface PhasePlanSummary {
  id: string;
  version: number;
  note: string | null;
  createdAt: string;
  phaseCount: number;
}

export interface Program {
  id: string;
  courtId: string;
  code: string;
  name: string;
  /** The name in other languages ({} when none). */
  translations: Translations<'name'>;
  model: ProgramModel;
  active: boolean;
  requiredApprovals: string[];
  excludedChargeCategories: string[];
  maxUntestedDays: number | null;
  maxTestsPer7Days: number | null;
  violationOutcomes: string[];
  noShowViolation: boolean;
  currentPlan: PhasePlan | null;
}

export interface ProgramTemplate {
  model: ProgramModel;
  name: string;
  description: string;
  requiredApprovals: string[];
  excludedChargeCategories: string[];
  phases: PhaseRequirements[];
}

export interface CatalogueEntry {
  id: string;
  programId: string;
  kind: ResponseKind;
  code: string;
  name: string;
  /** The name in other languages, as the court entered it. */
  translations: Translations<'name'>;
  level: number;
  effect: ResponseEffect;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TestingSite {
  id: string;
  courtId: string;
  name: string;
  address: string;
  hours: string;
  instructions: string | null;
  /** Instructions and hours in other languages, as the court entered them. */
  translations: Translations<'instructions' | 'hours'>;
  active: boolean;
  programIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ProviderOrganisation {
  id: string;
  courtId: string;
  name: string;
  active: boolean;
}

export interface Holiday {
  id: string;
  courtId: string;
  date: string;
  name: string;
}

export interface UserMembership {
  courtId: string;
  code: string;
  role: CourtRole;
  organisationId: string | null;
}

export interface UserAccount {
  id: string;
  kind: 'staff' | 'participant';
  username: string | null;
  displayName: string;
  email: string | null;
  systemRole: string | null;
  active: boolean;
  deactivatedAt: string | null;
  mustChangeSecret: boolean;
  secondFactorEnabled: boolean;
  lockedUntil: string | null;
  memberships: UserMembership[];
  createdAt: string;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorDisplayName: string | null;
  actorRole: string;
  courtCode: string | null;
  action: string;
  entityType: string;
  entityIds: string[];
  participantIds: string[];
  basis: string;
  consentId: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditEventPage {
  items: AuditEvent[];
  nextBefore: string | null;
}

export interface ParticipantSummary {
  id: string;
  participantNumber: string;
  firstName: string;
  lastName: string;
}
