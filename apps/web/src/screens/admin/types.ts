/**
 * The API's answers the administration screens read: aliases of the types
 * generated from its OpenAPI document (DTOs of libs/courts, libs/programs,
 * libs/violations, libs/drug-testing, libs/auth and libs/audit).
 */
import type { components } from '../../api/schema';
import { catalogueEntryDtoEffectValues, catalogueEntryDtoKindValues, createUserDtoRoleValues } from '../../api/schema';

type Schemas = components['schemas'];

export const STAFF_ROLES = createUserDtoRoleValues;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Program models, screening parties, charge categories and testing outcomes: the server's own lists. */
export { CHARGE_CATEGORIES, PROGRAM_MODELS, type ProgramModel, SCREENING_PARTIES, VIOLATION_OUTCOMES } from '../../api/vocabulary';

export const RESPONSE_KINDS = catalogueEntryDtoKindValues;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
export const RESPONSE_EFFECTS = catalogueEntryDtoEffectValues;
export type ResponseEffect = (typeof RESPONSE_EFFECTS)[number];
export const CATALOGUE_LEVELS = { min: 1, max: 10 } as const;

export type Court = Schemas['CourtDto'];
export type PhaseRequirements = Schemas['PhaseRequirementsDto'];
export type Phase = Schemas['PhaseDto'];
export type PhasePlan = Schemas['PhasePlanDto'];
export type PhasePlanSummary = Schemas['PhasePlanSummaryDto'];
export type Program = Schemas['ProgramDto'];
export type ProgramTemplate = Schemas['ProgramTemplateDto'];
export type CreateProgramBody = Schemas['CreateProgramDto'];
export type CatalogueEntry = Schemas['CatalogueEntryDto'];
export type TestingSite = Schemas['TestingSiteDto'];
export type ProviderOrganisation = Schemas['ProviderOrganisationDto'];
export type Holiday = Schemas['HolidayDto'];
export type UserMembership = Schemas['MembershipDto'];
export type UserAccount = Schemas['UserDto'];
/** A new account with the one-time activation link for its owner (shown once). */
export type CreatedUser = Schemas['CreatedUserDto'];
export type ActivationLink = Schemas['ActivationLinkDto'];
export type AuditEvent = Schemas['AuditEventDto'];
export type AuditEventPage = Schemas['AuditEventPageDto'];
export type AuditParticipant = Schemas['AuditParticipantDto'];
export type ParticipantSummary = Schemas['ParticipantSummaryDto'];
