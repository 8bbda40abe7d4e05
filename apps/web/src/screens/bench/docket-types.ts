/** The docket of a session and what the bench reads beside it: aliases of the types generated from the API's OpenAPI document. */
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** GET /court-sessions/{id}/docket (libs/docket). */
export type Docket = Schemas['DocketDto'];
export type DocketViolation = Schemas['DocketViolationDto'];
export type DocketEntry = Schemas['DocketEntryDto'];
export type CourtSession = Schemas['CourtSessionDto'];
export type CatalogueEntry = Schemas['CatalogueEntryDto'];
/** GET /participants/{id}/hearing-proposal: the next status hearing proposed from the phase's rhythm. */
export type HearingProposal = Schemas['StatusHearingProposalDto'];
export type OutcomeNextHearing = Schemas['OutcomeNextHearingDto'];
export type Court = Schemas['CourtDto'];
