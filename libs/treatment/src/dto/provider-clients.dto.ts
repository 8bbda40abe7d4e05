import { ApiProperty } from '@nestjs/swagger';
import { LEVELS_OF_CARE, type LevelOfCare, TREATMENT_MODALITIES, type TreatmentModality } from '../treatment-terms';

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

export class ProviderClientDto {
  @ApiProperty({ type: ClientParticipantDto }) participant: ClientParticipantDto;
  @ApiProperty({ type: ClientEpisodeDto }) episode: ClientEpisodeDto;
  @ApiProperty({ type: ClientConsentsDto, description: 'All false: no consent on file for you' }) consents: ClientConsentsDto;
}

export class ProviderClientListDto {
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: [ProviderClientDto], description: "The organisation's current episodes, by participant name" }) items: ProviderClientDto[];
}
