import { Foundation1763856000000 } from './1763856000000-Foundation';
import { AccessControl1795395422031 } from './1795395422031-AccessControl';
import { ParticipantPath1795397403296 } from './1795397403296-ParticipantPath';
import { DrugTesting1795400067718 } from './1795400067718-DrugTesting';
import { ViolationClock1795403079713 } from './1795403079713-ViolationClock';
import { ViolationClockBackfill1795403079714 } from './1795403079714-ViolationClockBackfill';
import { CourtResponses1795403570847 } from './1795403570847-CourtResponses';
import { CourtSessions1795406434327 } from './1795406434327-CourtSessions';
import { TreatmentAttendanceNoShow1795406434328 } from './1795406434328-TreatmentAttendanceNoShow';
import { UserAndCourtLanguage1795413376631 } from './1795413376631-UserAndCourtLanguage';
import { CourtLawAndNotices1795414599844 } from './1795414599844-CourtLawAndNotices';
import { WordingTranslations1795414997892 } from './1795414997892-WordingTranslations';
import { ProgramPhaseTranslations1795415397714 } from './1795415397714-ProgramPhaseTranslations';
import { AuditChainPerCourt1796533081909 } from './1796533081909-AuditChainPerCourt';
import { IdempotencyKeys1796533172330 } from './1796533172330-IdempotencyKeys';
import { ApplicationRole1796534709712 } from './1796534709712-ApplicationRole';
import { SignInSourcesAndCallInReview1796534746638 } from './1796534746638-SignInSourcesAndCallInReview';
import { AccountActivations1796534977577 } from './1796534977577-AccountActivations';
import { PhoneNumbersAndHotline1796543193953 } from './1796543193953-PhoneNumbersAndHotline';
import { ConsentSignatures1796543248297 } from './1796543248297-ConsentSignatures';
import { PublicDraws1796543326951 } from './1796543326951-PublicDraws';
import { Notifications1796543692285 } from './1796543692285-Notifications';
import { SeedChainsAppendOnly1796545834411 } from './1796545834411-SeedChainsAppendOnly';
import { ProgramMessageSettings1796546655715 } from './1796546655715-ProgramMessageSettings';
import { TreatmentAppointments1796549312356 } from './1796549312356-TreatmentAppointments';
import { ProgramTestNotice1796549261451 } from './1796549261451-ProgramTestNotice';
import { PhoneAndWording1796554112546 } from './1796554112546-PhoneAndWording';
import { StaffingAndCourtOrders1796554564447 } from './1796554564447-StaffingAndCourtOrders';
import { DeferredJudgmentsAndWarrants1796555485779 } from './1796555485779-DeferredJudgmentsAndWarrants';
import { WarrantsBackfill1796555485780 } from './1796555485780-WarrantsBackfill';
import { PrescriptionsAndSiteHours1796556093734 } from './1796556093734-PrescriptionsAndSiteHours';
import { SpecimensPanelsAndConfirmations1796556662182 } from './1796556662182-SpecimensPanelsAndConfirmations';
import { ParticipantPhotos1796556901897 } from './1796556901897-ParticipantPhotos';
import { ContactLog1796557785920 } from './1796557785920-ContactLog';
import { ViolationHeardAndResponded1796559721692 } from './1796559721692-ViolationHeardAndResponded';
import { ViolationHeardBackfill1796559721693 } from './1796559721693-ViolationHeardBackfill';
import { WarningHearingAndTreatmentOffers1796559721694 } from './1796559721694-WarningHearingAndTreatmentOffers';
import { WarningHearingBackfill1796559721695 } from './1796559721695-WarningHearingBackfill';
import { HistoryImports1796566015040 } from './1796566015040-HistoryImports';
import { OutcomeRecords1796566182381 } from './1796566182381-OutcomeRecords';
import { DemographicCodes1796566219449 } from './1796566219449-DemographicCodes';
import { DemographicCodesBackfill1796566219450 } from './1796566219450-DemographicCodesBackfill';
import { DemographicCodesConstraints1796566219451 } from './1796566219451-DemographicCodesConstraints';
import { MeasureIndexes1796567895479 } from './1796567895479-MeasureIndexes';
import { TestingFidelitySummary1796568241916 } from './1796568241916-TestingFidelitySummary';
import { CollectionSettledTimes1796570000000 } from './1796570000000-CollectionSettledTimes';
import { TestingSummaryNotice1796570000001 } from './1796570000001-TestingSummaryNotice';

/** Every migration in order. A new migration is added here as well as in its file. */


/** Every migration in order. A new migration is added here as well as in its file. */
export const MIGRATIONS = [Foundation1763856000000, AccessControl1795395422031, ParticipantPath1795397403296, DrugTesting1795400067718, ViolationClock1795403079713, ViolationClockBackfill1795403079714, CourtResponses1795403570847, CourtSessions1795406434327, TreatmentAttendanceNoShow1795406434328, UserAndCourtLanguage1795413376631, CourtLawAndNotices1795414599844, WordingTranslations1795414997892, ProgramPhaseTranslations1795415397714, AuditChainPerCourt1796533081909, IdempotencyKeys1796533172330, ApplicationRole1796534709712, SignInSourcesAndCallInReview1796534746638, AccountActivations1796534977577, PhoneNumbersAndHotline1796543193953, ConsentSignatures1796543248297, PublicDraws1796543326951, Notifications1796543692285, SeedChainsAppendOnly1796545834411, ProgramMessageSettings1796546655715, ProgramTestNotice1796549261451, TreatmentAppointments1796549312356, PhoneAndWording1796554112546, StaffingAndCourtOrders1796554564447, DeferredJudgmentsAndWarrants1796555485779, WarrantsBackfill1796555485780, PrescriptionsAndSiteHours1796556093734, SpecimensPanelsAndConfirmations1796556662182, ParticipantPhotos1796556901897, ContactLog1796557785920, ViolationHeardAndResponded1796559721692, ViolationHeardBackfill1796559721693, WarningHearingAndTreatmentOffers1796559721694, WarningHearingBackfill1796559721695, HistoryImports1796566015040, OutcomeRecords1796566182381, DemographicCodes1796566219449, DemographicCodesBackfill1796566219450, DemographicCodesConstraints1796566219451, MeasureIndexes1796567895479, TestingFidelitySummary1796568241916, CollectionSettledTimes1796570000000, TestingSummaryNotice1796570000001];
