/**
 * Who may do what, in one place. Routes declare a permission (never a role);
 * this table says which roles hold it. A change here changes who can reach
 * what, so `route-permissions.spec.ts` lists the outcome for review.
 */

export enum Role {
  SystemAdmin = 'system_admin',
  CourtAdmin = 'court_admin',
  Judge = 'judge',
  Coordinator = 'coordinator',
  CaseManager = 'case_manager',
  TreatmentProvider = 'treatment_provider',
  /** Staff of a testing site: sees the day's draw, records collections and results, nothing else. */
  TestingSite = 'testing_site',
  Participant = 'participant',
}

/** Roles held within a court (every role but the system administrator's). */
export const COURT_ROLES = [
  Role.CourtAdmin,
  Role.Judge,
  Role.Coordinator,
  Role.CaseManager,
  Role.TreatmentProvider,
  Role.TestingSite,
  Role.Participant,
] as const;
export type CourtRole = (typeof COURT_ROLES)[number];

/** Roles a court's staff hold (what a court administrator may assign). */
export const STAFF_ROLES = [Role.CourtAdmin, Role.Judge, Role.Coordinator, Role.CaseManager, Role.TreatmentProvider, Role.TestingSite] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export enum Permission {
  /** Create courts and see every court's settings. */
  CourtManage = 'court.manage',
  /** Read one's own court's settings (time zone, call-in window, holidays). */
  CourtRead = 'court.read',
  /** Change a court's settings, holidays and provider organisations (court admins their own; the system admin any). */
  CourtConfigure = 'court.configure',
  /** Create, deactivate and assign roles to users. */
  UserManage = 'user.manage',
  ParticipantRead = 'participant.read',
  /** Referral, screening, enrolment, contact details, ledgers and milestones. */
  ParticipantWrite = 'participant.write',
  /** Record a court-ordered status change (custody, warrant, leave, graduation, termination…). */
  ParticipantStatusChange = 'participant.status_change',
  /** Record a court-ordered promotion or demotion, or a move to another version of the phase plan. */
  PhaseChange = 'participant.phase_change',
  /** Staff case notes; confidential (treatment-derived) ones also need a consent, checked per note. */
  CaseNoteRead = 'case_note.read',
  CaseNoteWrite = 'case_note.write',
  /** The contact log (calls, visits, messages with the participant); not for treatment providers, whose record is attendance. */
  ContactRead = 'contact.read',
  ContactWrite = 'contact.write',
  /** Assign a participant to a treatment provider organisation. */
  ProviderReferralWrite = 'provider_referral.write',
  /** Treatment information (Part 2 records); also needs a valid consent, checked per record. */
  TreatmentRead = 'treatment.read',
  TreatmentWrite = 'treatment.write',
  ConsentRead = 'consent.read',
  ConsentWrite = 'consent.write',
  /** Revoke a consent: case staff, and the participant for their own consents (42 CFR §2.31 lets them revoke at any time). */
  ConsentRevoke = 'consent.revoke',
  /** The court's audit log, by participant and by user. */
  AuditRead = 'audit.read',
  /** Who accessed a participant's record (for the participant themself, and court admins). */
  AccessLogRead = 'access_log.read',
  /** The court calendar, dockets and hearings. */
  DocketRead = 'docket.read',
  /** Add, change and cancel court sessions (the court calendar). */
  CourtSessionManage = 'court_session.manage',
  HearingSchedule = 'hearing.schedule',
  HearingRecordOutcome = 'hearing.record_outcome',
  /** A participant's tests and results (a participant: their own, once released). */
  DrugTestRead = 'drug_test.read',
  /** Record collections and results, contest, confirm and release them. */
  DrugTestRecordResult = 'drug_test.record_result',
  /** Force or excuse a participant's test on a day, and order increased testing. */
  DrugTestOrder = 'drug_test.order',
  /** The court's draws, today's testing board and the randomness check. */
  DrawRead = 'draw.read',
  /** Call in for the day (participants). */
  CallIn = 'call_in.make',
  /** Record that the system was unavailable, so no missed call-in is charged for that window. */
  OutageRecord = 'outage.record',
  ViolationRead = 'violation.read',
  /** Order a sanction, incentive or treatment adjustment: the judge, or staff where the program delegates. */
  ResponseRecord = 'response.record',
  /** The court's measures (swiftness of responses…): aggregates, no participant named. */
  MeasuresRead = 'measures.read',
  /** The measures of every court counted together, for the state (the system administrator): aggregates, no court's participant named. */
  MeasuresReadState = 'measures.read_state',
  ViolationWrite = 'violation.write',
  /** Confirm (or decline) another person's dismissal of an overdue violation: the second pair of eyes. */
  ViolationDismissalConfirm = 'violation.dismissal_confirm',
  /** Ask for treatment from one's own page (participants): a treatment assessment is proposed for the next hearing. */
  TreatmentRequest = 'treatment.request',
  /** The court's sent emails and texts, and those that could not be delivered (to reach the person another way). */
  MessageRead = 'message.read',
  /** Bring participants in from a court's earlier records (CSV): the court administrator, on day one. */
  DataImport = 'data.import',
  /** A session's pre-court staffing: the team's recommendation per participant and who agrees or dissents (a provider: only under a consent). */
  StaffingRead = 'staffing.read',
  /** Record the team's recommendation, and one's own agreement or dissent (the judge reads, and decides at the hearing). */
  StaffingRecord = 'staffing.record',
  /** Record a participant's plea and deferred sentence (the judge at a hearing, the coordinator from the court's paper) and change the program's length. */
  PleaRecord = 'deferred_judgment.record',
  /** Grant the expungement of a completed deferred judgment, which seals the record (the judge). */
  ExpungementGrant = 'expungement.grant',
  /** Read a sealed record, giving a reason that is audited (the court administrator). */
  SealedRecordRead = 'sealed_record.read',
  /** Issue or recall a bench warrant (the judge). */
  WarrantOrder = 'warrant.order',
  /** Record that a bench warrant was served (case staff). */
  WarrantServe = 'warrant.serve',
  /** The free-text demographics that did not map to the codes: list them, and close one by hand (court administrator and case staff). */
  DemographicsReview = 'demographics.review',
}

const TEAM_READ = [
  Permission.CourtRead,
  Permission.ParticipantRead,
  Permission.CaseNoteRead,
  Permission.ContactRead,
  Permission.TreatmentRead,
  Permission.ConsentRead,
  Permission.DocketRead,
  Permission.DrugTestRead,
  Permission.DrawRead,
  Permission.ViolationRead,
  Permission.MeasuresRead,
];

const CASE_WORK = [
  ...TEAM_READ,
  Permission.ParticipantWrite,
  Permission.ParticipantStatusChange,
  Permission.PhaseChange,
  Permission.CaseNoteWrite,
  Permission.ContactWrite,
  Permission.ProviderReferralWrite,
  Permission.ConsentWrite,
  Permission.ConsentRevoke,
  Permission.HearingSchedule,
  Permission.DrugTestRecordResult,
  Permission.DrugTestOrder,
  Permission.ViolationWrite,
  Permission.ResponseRecord,
  Permission.MessageRead,
  Permission.StaffingRead,
  Permission.StaffingRecord,
  Permission.DemographicsReview,
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Manages courts and users; sees no participant data at all.
  // The statewide measures are aggregates over every court, never a participant's record.
  [Role.SystemAdmin]: [Permission.CourtManage, Permission.CourtRead, Permission.CourtConfigure, Permission.UserManage, Permission.OutageRecord, Permission.MeasuresReadState],
  // Runs the court's configuration and oversight; reads participant records but,
  // not being on the treatment team, no treatment information.
  [Role.CourtAdmin]: [
    Permission.CourtRead,
    Permission.CourtConfigure,
    Permission.UserManage,
    Permission.ParticipantRead,
    Permission.ConsentRead,
    Permission.AuditRead,
    Permission.AccessLogRead,
    Permission.DocketRead,
    Permission.CourtSessionManage,
    Permission.DrawRead,
    Permission.OutageRecord,
    Permission.MeasuresRead,
    Permission.MessageRead,
    Permission.DataImport,
    Permission.SealedRecordRead,
    Permission.DemographicsReview,
  ],
  // Orders status and phase changes from the bench; does not do case work.
  [Role.Judge]: [
    ...TEAM_READ,
    Permission.ParticipantStatusChange,
    Permission.PhaseChange,
    Permission.HearingSchedule,
    Permission.HearingRecordOutcome,
    Permission.DrugTestOrder,
    Permission.ResponseRecord,
    Permission.StaffingRead,
    Permission.PleaRecord,
    Permission.ExpungementGrant,
    Permission.WarrantOrder,
    Permission.ViolationDismissalConfirm,
  ],
  // The coordinator also keeps the court calendar, records pleas from the court's paper, and confirms dismissals of overdue violations with the judge.
  [Role.Coordinator]: [...CASE_WORK, Permission.CourtSessionManage, Permission.PleaRecord, Permission.WarrantServe, Permission.ViolationDismissalConfirm],
  [Role.CaseManager]: [...CASE_WORK, Permission.WarrantServe],
  [Role.TreatmentProvider]: [
    Permission.CourtRead,
    Permission.ParticipantRead,
    Permission.TreatmentRead,
    Permission.TreatmentWrite,
    Permission.ConsentRead,
    // At the staffing, only for clients whose consent lets the team hear from the provider.
    Permission.StaffingRead,
    Permission.StaffingRecord,
  ],
  // The day's list and the specimens; no participant record beyond that.
  [Role.TestingSite]: [Permission.CourtRead, Permission.DrawRead, Permission.DrugTestRead, Permission.DrugTestRecordResult],
  // Record-level access narrows each of these to the participant's own record.
  [Role.Participant]: [
    Permission.CourtRead,
    Permission.ParticipantRead,
    Permission.ConsentRead,
    Permission.ConsentRevoke,
    Permission.AccessLogRead,
    Permission.DrugTestRead,
    Permission.CallIn,
    Permission.TreatmentRequest,
  ],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
