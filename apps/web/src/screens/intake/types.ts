/** The API's answers and vocabularies the intake screens use: aliases of the types generated from its OpenAPI document. */
import type { components } from '../../api/schema';
import {
  chargeDtoLevelValues,
  consentSignatureInputDtoMediaTypeValues,
  consentSignatureInputDtoMethodValues,
  recordConsentDtoExpiryEventValues,
  recordConsentDtoInformationValues,
  recordConsentDtoRecipientTypeValues,
  recordScreeningDtoRiskLevelValues,
  referParticipantDtoReferralSourceValues,
  screeningDecisionDtoDecisionValues,
  createCourtSessionDtoDocketOrderValues,
} from '../../api/schema';

type Schemas = components['schemas'];

export type ParticipantDetail = Schemas['ParticipantDetailDto'];
export type ParticipantPage = Schemas['ParticipantPageDto'];
export type Program = Schemas['ProgramDto'];
export type Consent = Schemas['ConsentDto'];
export type ConsentForm = Schemas['RecordConsentDto'];
export type SignatureFile = Schemas['ConsentSignatureFileDto'];
export type SignatureInput = Schemas['ConsentSignatureInputDto'];
export type ProviderOrganisation = Schemas['ProviderOrganisationDto'];
export type Enrolment = Schemas['EnrolmentDto'];
export type HearingProposal = Schemas['StatusHearingProposalDto'];
export type ProposedSession = Schemas['ProposedSessionDto'];
export type CourtSession = Schemas['CourtSessionDto'];
export type CourtSessionDetail = Schemas['CourtSessionDetailDto'];
export type Court = Schemas['CourtDto'];

export const REFERRAL_SOURCES = referParticipantDtoReferralSourceValues;
export const CHARGE_LEVELS = chargeDtoLevelValues;
export const RISK_NEED_LEVELS = recordScreeningDtoRiskLevelValues;
export const DECISIONS = screeningDecisionDtoDecisionValues;
export const CONSENT_INFORMATION = recordConsentDtoInformationValues;
export const CONSENT_RECIPIENT_TYPES = recordConsentDtoRecipientTypeValues;
export const CONSENT_EXPIRY_EVENTS = recordConsentDtoExpiryEventValues;
export const SIGNATURE_METHODS = consentSignatureInputDtoMethodValues;
export const SIGNATURE_MEDIA_TYPES = consentSignatureInputDtoMediaTypeValues;
/** A nullable field's value list holds no null: its type says so. */
export const DOCKET_ORDERS = createCourtSessionDtoDocketOrderValues as readonly NonNullable<(typeof createCourtSessionDtoDocketOrderValues)[number]>[];

/** Statuses of someone on the way in: referred, in screening, or accepted and waiting to be enrolled. */
export const INTAKE_STATUSES = ['referred', 'screening', 'accepted'] as const;
