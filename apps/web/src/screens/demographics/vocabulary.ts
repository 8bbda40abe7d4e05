/** The demographic codes, as the API's OpenAPI document lists them (generated into api/schema.ts). */
import {
  participantDetailDtoEthnicityValues,
  participantDetailDtoGenderValues,
  participantDetailDtoPrimaryLanguageValues,
  participantDetailDtoRacesValues,
  participantDetailDtoSexValues,
} from '../../api/schema';

const present = <T,>(values: readonly T[]): readonly NonNullable<T>[] => values as readonly NonNullable<T>[];

export const ETHNICITIES = present(participantDetailDtoEthnicityValues);
export const RACES = present(participantDetailDtoRacesValues);
export const SEXES = present(participantDetailDtoSexValues);
export const GENDERS = present(participantDetailDtoGenderValues);
export const PRIMARY_LANGUAGES = present(participantDetailDtoPrimaryLanguageValues);
