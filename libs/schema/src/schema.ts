import { IdempotencyKey, type SchemaDefinition } from '@app/core';
import { AuditEvent, Consent, ConsentSignature } from '@app/audit';
import { AccountActivation, AuthSession, CourtMembership, RefreshToken, User } from '@app/auth';
import { Court, CourtHoliday, ProviderOrganisation } from '@app/courts';
import {
  CallIn,
  Collection,
  Draw,
  DrawEntry,
  DrawOverride,
  DrawSeedChain,
  CustodyEvent,
  DrugTestResult,
  Prescription,
  ProgramTestPanel,
  ProgramTestingSite,
  RandomnessCheckRun,
  SystemOutage,
  TestingOrder,
  TestingSite,
} from '@app/drug-testing';
import { CourtSession, Hearing, HearingOutcome } from '@app/hearings';
import {
  CaseNote,
  CriminalHistoryEvent,
  DemographicMigrationIssue,
  LedgerEntry,
  Milestone,
  Participant,
  ParticipantCircumstances,
  ParticipantContact,
  ParticipantPhase,
  ParticipantPhoneNumber,
  ParticipantPhoto,
  ParticipantStatusChange,
  Screening,
  ScreeningDecision,
  SmsOptOut,
  SubstanceUseAdmission,
  Warrant,
} from '@app/participants';
import { DeferredJudgment } from '@app/deferred-judgment';
import { HotlineInteraction } from '@app/hotline';
import { Phase, PhasePlan, Program } from '@app/programs';
import { NotificationPreference, OutboundMessage, ProgramMessageSettings, StaffAlert } from '@app/notifications';
import { OutboxEvent } from '@app/queue';
import { ProviderReferral, TreatmentAppointment, TreatmentAttendance, TreatmentNote, TreatmentProgressReport } from '@app/treatment';
import { CourtOrder, CourtResponse, CourtResponseViolation, ResponseCatalogueEntry, TreatmentProposal, Violation, ViolationClockEvent } from '@app/violations';
import { StaffingPositionEntry, StaffingRecommendation } from '@app/docket';
import { MIGRATIONS } from '../../../migrations';

/**
 * Every entity of every module, listed explicitly. An entity missing here is
 * missing from the app, the migration tools and the drift check alike.
 */
export const ENTITIES = [
  OutboxEvent,
  Court,
  CourtHoliday,
  ProviderOrganisation,
  User,
  CourtMembership,
  AuthSession,
  RefreshToken,
  AccountActivation,
  Program,
  PhasePlan,
  Phase,
  Participant,
  ParticipantStatusChange,
  ParticipantPhase,
  DemographicMigrationIssue,
  Warrant,
  DeferredJudgment,
  Screening,
  ScreeningDecision,
  LedgerEntry,
  Milestone,
  SubstanceUseAdmission,
  CaseNote,
  ParticipantContact,
  CriminalHistoryEvent,
  ParticipantCircumstances,
  ProviderReferral,
  TreatmentNote,
  TreatmentAttendance,
  TreatmentAppointment,
  TreatmentProgressReport,
  TestingSite,
  ProgramTestingSite,
  Draw,
  DrawEntry,
  DrawOverride,
  DrawSeedChain,
  RandomnessCheckRun,
  CallIn,
  Collection,
  DrugTestResult,
  Prescription,
  ProgramTestPanel,
  CustodyEvent,
  TestingOrder,
  SystemOutage,
  Violation,
  ViolationClockEvent,
  TreatmentProposal,
  ResponseCatalogueEntry,
  CourtResponse,
  CourtResponseViolation,
  CourtOrder,
  StaffingRecommendation,
  StaffingPositionEntry,
  CourtSession,
  Hearing,
  HearingOutcome,
  Consent,
  ConsentSignature,
  AuditEvent,
  IdempotencyKey,
  ParticipantPhoneNumber,
  ParticipantPhoto,
  SmsOptOut,
  HotlineInteraction,
  OutboundMessage,
  StaffAlert,
  NotificationPreference,
  ProgramMessageSettings,
];

export const SCHEMA: SchemaDefinition = { entities: ENTITIES, migrations: MIGRATIONS };
