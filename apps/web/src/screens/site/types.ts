/** The API's answers and vocabularies the testing site's screens use: aliases of the types generated from its OpenAPI document. */
import type { components } from '../../api/schema';
import { createCollectionDtoSpecimenTypeValues, resultInputDtoOutcomeValues, resultInputDtoSubstanceValues } from '../../api/schema';

type Schemas = components['schemas'];

export type DayCollections = Schemas['DayCollectionsDto'];
export type DayCollection = Schemas['DayCollectionDto'];
export type TestResult = Schemas['DrugTestResultDto'];
export type NewCollection = Schemas['CreateCollectionDto'];
export type ResultInput = Schemas['ResultInputDto'];
export type NewResults = Schemas['RecordResultsDto'];
export type RecordedCollection = Schemas['RecordedCollectionDto'];
export type TestingSite = Schemas['TestingSiteDto'];
export type NewOutage = Schemas['CreateOutageDto'];
export type RecordedOutage = Schemas['RecordedOutageDto'];
export type Outage = Schemas['OutageDto'];
export type CustodyChain = Schemas['CustodyChainDto'];
export type NewCustodyStep = Schemas['RecordCustodyStepDto'];

/** The null in a nullable field's value list is no choice to offer. */
const present = <T>(values: readonly T[]): readonly NonNullable<T>[] => values.filter((v): v is NonNullable<T> => v !== null);

export const SPECIMEN_TYPES = createCollectionDtoSpecimenTypeValues;
export type SpecimenType = (typeof SPECIMEN_TYPES)[number];
export const SUBSTANCE_PANELS = present(resultInputDtoSubstanceValues);
export type SubstancePanel = (typeof SUBSTANCE_PANELS)[number];
/** Per panel, a screen reads negative or positive. */
export const PANEL_OUTCOMES = ['negative', 'positive'] as const satisfies readonly (typeof resultInputDtoOutcomeValues)[number][];
/**
 * Outcomes about the whole specimen (they name no panel): every outcome of
 * the API's list that is neither a panel reading nor `missed`, which the
 * system records when the reporting deadline passes, never a person.
 */
export const SPECIMEN_OUTCOMES = resultInputDtoOutcomeValues.filter(
  (o): o is Exclude<(typeof resultInputDtoOutcomeValues)[number], 'negative' | 'positive' | 'missed'> => o !== 'negative' && o !== 'positive' && o !== 'missed',
);
export type SpecimenOutcome = (typeof SPECIMEN_OUTCOMES)[number];
