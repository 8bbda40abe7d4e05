import type { SchemaDefinition } from '@app/core';
import { AuditEvent, Consent } from '@app/audit';
import { AuthSession, CourtMembership, RefreshToken, User } from '@app/auth';
import { Court, CourtHoliday, ProviderOrganisation } from '@app/courts';
import { Participant } from '@app/participants';
import { OutboxEvent } from '@app/queue';
import { ProviderReferral, TreatmentNote } from '@app/treatment';
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
  Participant,
  ProviderReferral,
  TreatmentNote,
  Consent,
  AuditEvent,
];

export const SCHEMA: SchemaDefinition = { entities: ENTITIES, migrations: MIGRATIONS };
