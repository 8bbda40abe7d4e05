import { ApiProperty } from '@nestjs/swagger';
import {
  ATTENDANCE_VALUES,
  type AttendanceValue,
  ENGAGEMENT_LEVELS,
  type EngagementLevel,
  LEVELS_OF_CARE,
  type LevelOfCare,
  TREATMENT_MODALITIES,
  type TreatmentModality,
} from '../treatment-terms';

export class ClientPhaseDto {
  @ApiProperty() position: number;
  @ApiProperty() name: string;
}

export class ClientParticipantDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() status: string;
  @ApiProperty({ nullable: true, type: String }) programCode: string | null;
  @ApiProperty({ type: ClientPhaseDto, nullable: true }) phase: ClientPhaseDto | null;
}

export class ClientEpisodeDto {
  @ApiProperty({ description: 'The provider referral' }) referralId: string;
  @ApiProperty({ enum: LEVELS_OF_CARE, nullable: true, type: String }) levelOfCare: LevelOfCare | null;
  @ApiProperty({ enum: TREATMENT_MODALITIES, nullable: true, type: String }) modality: TreatmentModality | null;
  @ApiProperty() referredOn: string;
}

/** Whether a valid consent lets one kind of treatment information flow from (write) or to (read) the caller. */
export class ClientConsentDto {
  @ApiProperty({ description: 'The caller may report it (a provider under a consent letting its organisation disclose)' }) write: boolean;
  @ApiProperty({ description: 'The caller may read it' }) read: boolean;
}

export class ClientConsentsDto {
  @ApiProperty({ type: ClientConsentDto }) treatmentAttendance: ClientConsentDto;
  @ApiProperty({ type: ClientConsentDto }) treatmentProgress: ClientConsentDto;
}

/** The organisation's latest reported session of the client. */
export class LastAttendanceDto {
  @ApiProperty() sessionOn: string;
  @ApiProperty() sessionType: string;
  @ApiProperty({ enum: ATTENDANCE_VALUES }) attendance: AttendanceValue;
}

export class LastProgressReportDto {
  @ApiProperty() id: string;
  @ApiProperty() reportedOn: string;
  @ApiProperty({ enum: ENGAGEMENT_LEVELS }) engagement: EngagementLevel;
}

export class ProviderClientDto {
  @ApiProperty({ type: ClientParticipantDto }) participant: ClientParticipantDto;
  @ApiProperty({ type: ClientEpisodeDto }) episode: ClientEpisodeDto;
  @ApiProperty({ type: ClientConsentsDto, description: 'All false: no consent on file for you' }) consents: ClientConsentsDto;
  @ApiProperty({ type: LastAttendanceDto, nullable: true, description: "The organisation's latest reported session; null without a consent letting you read attendance, or none yet" })
  lastAttendance: LastAttendanceDto | null;
  @ApiProperty({ type: LastProgressReportDto, nullable: true, description: "The organisation's latest progress report; null without a consent letting you read progress, or none yet" })
  lastProgressReport: LastProgressReportDto | null;
}

export class ProviderClientListDto {
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: [ProviderClientDto], description: "The organisation's current episodes, by participant name" }) items: ProviderClientDto[];
}
