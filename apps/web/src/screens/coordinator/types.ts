/** The API's answers the coordinator screens read: aliases of the types generated from its OpenAPI document. */
import type { components } from '../../api/schema';
import { pathsApiV1CourtsCourtIdViolationsGetParametersQueryStatusValues, pathsApiV1ParticipantsGetParametersQuerySortValues } from '../../api/schema';

type Schemas = components['schemas'];

/** Statuses, and those of someone in the program (the readiness board's choices): the server's own lists. */
export { IN_PROGRAM_STATUSES, PARTICIPANT_STATUSES } from '../../api/vocabulary';

export const PARTICIPANT_SORTS = pathsApiV1ParticipantsGetParametersQuerySortValues;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

export type Court = Schemas['CourtDto'];
export type PhaseRef = Schemas['PhaseRefDto'];
export type ParticipantSummary = Schemas['ParticipantSummaryDto'];
export type CaseloadEntry = Schemas['CaseloadEntryDto'];
export type Requirement = Schemas['RequirementStatusDto'];
export type Readiness = Schemas['ReadinessDto'];
export type ParticipantDetail = Schemas['ParticipantDetailDto'];
export type Program = Schemas['ProgramDto'];
export type ReadinessBoardRow = Schemas['ReadinessBoardRowDto'];
export type ReadinessBoard = Schemas['ReadinessBoardDto'];

export type BoardParticipant = Schemas['BoardParticipantDto'];
export type BoardState = BoardParticipant['state'];
/** Every state the API may answer (a Record, so none is missed), in the order the board's legend shows them. */
const BOARD_ORDER: Record<BoardState, true> = { awaiting_collection: true, missing: true, not_called_in: true, called_in: true, collected: true, excused: true };
export const BOARD_STATES = Object.keys(BOARD_ORDER) as BoardState[];
export type TestingBoard = Schemas['TestingBoardDto'];
export type BoardAccountAlert = Schemas['BoardAccountAlertDto'];

export const VIOLATION_STATUSES = pathsApiV1CourtsCourtIdViolationsGetParametersQueryStatusValues;
export type HearingProposal = Schemas['ViolationHearingProposalDto'];
export type Violation = Schemas['ViolationDto'];
export type TestResult = Schemas['DrugTestResultDto'];
export type Collection = Schemas['CollectionDto'];
export type DrugTestHistory = Schemas['DrugTestHistoryDto'];
export type CourtResponse = Schemas['CourtResponseDto'];
export type ResponseHistory = Schemas['ResponseHistoryDto'];
export type Hearing = Schemas['HearingDto'];
export type PhaseHistoryEntry = Schemas['PhaseHistoryDto'];
export type StatusChange = Schemas['StatusChangeDto'];
export type TreatmentAttendance = Schemas['TreatmentAttendanceDto'];
export type TreatmentAttendanceList = Schemas['TreatmentAttendanceListDto'];
