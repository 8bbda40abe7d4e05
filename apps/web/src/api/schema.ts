/**
 * Generated from the API's OpenAPI document (GET /api/docs-json) by
 * `npm run api:types`; do not edit by hand. `npm run api:types:check` fails when it is stale.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VersionController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff sign-in with username and password (and the TOTP code when the account has one) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/participant-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Participant sign-in with the court's code, participant number and PIN */
        post: operations["AuthController_participantLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new token pair for a refresh token; each refresh token works once */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the session: its access and refresh tokens stop working at once */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changes the caller's password (staff) or PIN (participant); other sessions end */
        post: operations["AuthController_changeSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts setting up an authenticator-app second factor (staff) */
        post: operations["AuthController_setUpTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirms the second factor with a first code; sign-in asks for codes from then on */
        post: operations["AuthController_confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their role in each court */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes the signed-in user's own settings (their language; null follows the court's) */
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff users with a role in the courts the caller administers */
        get: operations["UsersController_list"];
        put?: never;
        /** Creates a staff user with a role in a court and a temporary password */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user; 404 when they have no role in a court the caller administers */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/memberships/{courtId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Gives the user a staff role in the court, or changes it (never one's own) */
        put: operations["UsersController_assignRole"];
        post?: never;
        /** Removes the user's role in the court (never one's own) */
        delete: operations["UsersController_removeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivates a staff account and ends all of its sessions at once */
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivates a staff account */
        post: operations["UsersController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets a temporary password (staff): lifts a lock-out, ends sessions, must be changed at next sign-in */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/reset-pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets a temporary PIN (participant accounts): lifts a lock-out, ends sessions, must be changed at next sign-in */
        post: operations["UsersController_resetPin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/reset-second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Removes the user's second factor (a lost phone) and ends their sessions */
        post: operations["UsersController_resetSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of the caller's courts, newest first, by participant, user and time */
        get: operations["AuditEventsController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who accessed a participant's record, when, and on what basis (the participant's own, or a court administrator's view) */
        get: operations["AuditEventsController_accessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's consents with their status today, newest signature first */
        get: operations["ConsentsController_list"];
        put?: never;
        /** Records a participant's signed consent to disclose treatment information (42 CFR 2.31) */
        post: operations["ConsentsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One consent; 404 when it does not exist or its participant is out of the caller’s reach */
        get: operations["ConsentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revokes a consent at once (case staff, or the participant their own); 409 when already revoked */
        post: operations["ConsentsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The courts the caller belongs to (every court for the system administrator) */
        get: operations["CourtsController_list"];
        put?: never;
        /** Creates a court (system administrator) */
        post: operations["CourtsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A court's settings; 404 for a court the caller does not belong to */
        get: operations["CourtsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes a court's settings (court.configure in that court, or court.manage) */
        patch: operations["CourtsController_update"];
        trace?: never;
    };
    "/api/v1/courts/{courtId}/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The court's holidays, in date order */
        get: operations["CourtHolidaysController_list"];
        put?: never;
        /** Adds a holiday (court.configure in that court, or court.manage); 409 when the date has one */
        post: operations["CourtHolidaysController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/holidays/{holidayId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes a holiday (court.configure in that court, or court.manage) */
        delete: operations["CourtHolidaysController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/provider-organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The treatment provider organisations the court works with */
        get: operations["ProviderOrganisationsController_list"];
        put?: never;
        /** Adds a provider organisation (court.configure in that court, or court.manage) */
        post: operations["ProviderOrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/provider-organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Renames, deactivates or reactivates a provider organisation (court.configure in that court, or court.manage) */
        patch: operations["ProviderOrganisationsController_update"];
        trace?: never;
    };
    "/api/v1/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caseload: participants the caller may see, filtered, sorted and paginated */
        get: operations["ParticipantsController_list"];
        put?: never;
        /** Refer a person to the court: the start of a participant’s path (status referred) */
        post: operations["ParticipantsController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One participant’s record with screening and readiness; 404 when missing or out of reach */
        get: operations["ParticipantsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct referral details, demographics, contact details, case manager; the program only before enrolment */
        patch: operations["ParticipantsController_update"];
        trace?: never;
    };
    "/api/v1/participants/{id}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness to advance: each requirement of the current phase, met or not, with what remains; the phase name in the reader's language where the court gave one */
        get: operations["ParticipantsController_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every status change: who, when, why */
        get: operations["ParticipantsController_statusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/phases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phase history: start, end and reason of every phase */
        get: operations["ParticipantsController_phaseHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the screening (legal eligibility, assessment instrument, score, risk and need); moves a referral into screening */
        put: operations["ParticipantPathController_recordScreening"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/screening/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the team’s, the prosecutor’s or the defense’s decision on admission */
        post: operations["ParticipantPathController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change status (accept, reject, custody, warrant, leave, return, graduate, terminate, withdraw, transfer); 409 when not allowed */
        post: operations["ParticipantPathController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol an accepted participant with a consent on file: program, phase 1, number, PIN, first hearing */
        post: operations["ParticipantPathController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/phase-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a court-ordered promotion or demotion (a demotion with its remedial plan) */
        post: operations["ParticipantPathController_changePhase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/phase-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the participant onto another version of their program’s phase plan */
        post: operations["ParticipantPathController_changePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staffing meeting's readiness board: each participant in the program with every requirement of their phase, ready first */
        get: operations["ReadinessBoardController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/program-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ready-made program templates, one per program model (treatment court, HOPE probation, deferred judgment) */
        get: operations["ProgramTemplatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The court's programs by code, each with its current phase plan */
        get: operations["ProgramsController_list"];
        put?: never;
        /** Creates a program; without phases, its model's template is copied as plan version 1 (court.configure in that court); 409 when the code is in use */
        post: operations["ProgramsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{programId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program with its current phase plan; 404 when it is in a court the caller does not belong to */
        get: operations["ProgramsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Renames, opens or closes a program, or changes its eligibility and approvals (court.configure in the program's court) */
        patch: operations["ProgramsController_update"];
        trace?: never;
    };
    "/api/v1/programs/{programId}/phase-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program's phase plan versions, newest first */
        get: operations["PhasePlansController_list"];
        put?: never;
        /** Writes the program's next phase plan version from a full list of phases (court.configure in the program's court) */
        post: operations["PhasePlansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phase-plans/{phasePlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One phase plan version with its phases; 404 when its program is in a court the caller does not belong to */
        get: operations["PhasePlansController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/community-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's community service hours: the total and every entry, newest first */
        get: operations["LedgerController_communityService"];
        put?: never;
        /** Records community service hours; a negative entry (with its reason) corrects an earlier one */
        post: operations["LedgerController_addCommunityService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/fee-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's fee payments: the total paid and every entry, newest first */
        get: operations["LedgerController_feePayments"];
        put?: never;
        /** Records a fee payment with its receipt; a negative entry (with its reason) corrects an earlier one */
        post: operations["LedgerController_addFeePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's milestones, newest first */
        get: operations["MilestonesController_list"];
        put?: never;
        /** Records a milestone the participant reached, with its evidence */
        post: operations["MilestonesController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/admitted-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's admitted use, newest first */
        get: operations["AdmittedUseController_list"];
        put?: never;
        /** Records use the participant admitted to; it ends their continuous sobriety */
        post: operations["AdmittedUseController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/case-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Case notes: open ones, and confidential ones your consents cover (the rest counted as withheld) */
        get: operations["CaseNotesController_list"];
        put?: never;
        /** Writes a case note; a confidential (treatment-derived) one needs a consent covering its information for the writer */
        post: operations["CaseNotesController_write"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/provider-referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's provider referrals (a provider sees only its own) */
        get: operations["TreatmentController_listReferrals"];
        put?: never;
        /** Refers a participant to a treatment provider organisation of the court */
        post: operations["TreatmentController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provider-referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes the level of care or modality of an open treatment episode; 409 once it has ended */
        patch: operations["TreatmentController_updateReferral"];
        trace?: never;
    };
    "/api/v1/provider-referrals/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends a referral (treatment episode), optionally with its last day and discharge reason; the provider's access to the participant ends with it */
        post: operations["TreatmentController_endReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/treatment-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Treatment notes the caller’s consents cover, with the 42 CFR §2.32 notice */
        get: operations["TreatmentController_listNotes"];
        put?: never;
        /** A provider's report on a participant's treatment; needs a consent covering its kind */
        post: operations["TreatmentController_writeNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/treatment-attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Treatment attendance the caller’s consents cover, with the 42 CFR §2.32 notice */
        get: operations["TreatmentAttendanceController_list"];
        put?: never;
        /** A provider's report of a treatment session (or one scheduled ahead) and whether the participant attended; needs a consent */
        post: operations["TreatmentAttendanceController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/treatment-attendance/group-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group session for up to 100 participants, all or nothing: each must be referred to your organisation and covered by a consent; 422 names each bad entry */
        post: operations["TreatmentAttendanceController_recordGroupSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/treatment-attendance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Reports what happened at a scheduled session, or corrects a report (the recording organisation only, under a consent; 404 otherwise) */
        patch: operations["TreatmentAttendanceController_update"];
        trace?: never;
    };
    "/api/v1/participants/{id}/progress-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress reports the caller’s consents cover, newest first, with the 42 CFR §2.32 notice */
        get: operations["ProgressReportsController_list"];
        put?: never;
        /** A provider's progress report on its open treatment episode with the participant; needs a consent covering treatment progress */
        post: operations["ProgressReportsController_write"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provider-organisations/{organisationId}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider organisation's current clients with their episode and whether a consent is on file (its own staff, or the court's treatment team; 404 otherwise) */
        get: operations["ProviderClientsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/draws/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A court day's draw: who is to test (selected or forced) and who is excused, overrides shown as such */
        get: operations["DrawsController_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/draws/{date}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draw's commitment, its seed once the court day is over, and whether the seed recomputes every stored selection */
        get: operations["DrawsController_verification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/testing-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's testing: to test, called in, not yet called in, collected (by site), missing */
        get: operations["TestingReportsController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/randomness-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly randomness check: frequencies, weekend/holiday share, gaps and a chi-square test by weekday */
        get: operations["TestingReportsController_randomness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/testing-sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The court's testing sites by name, with the programs each serves */
        get: operations["TestingSitesController_list"];
        put?: never;
        /** Adds a testing site (court.configure in that court); 409 when the name is in use, 422 for a program of another court */
        post: operations["TestingSitesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/testing-sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes a testing site or the programs it serves (court.configure in the site's court) */
        patch: operations["TestingSitesController_update"];
        trace?: never;
    };
    "/api/v1/participants/{id}/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records a specimen collection, with any screen results read at it; its basis (random, forced, for cause) follows the day’s draw */
        post: operations["CollectionsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/drug-tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's collections (newest first) with their results, and missed tests; a participant sees released results only */
        get: operations["CollectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/{collectionId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records screen or confirmation results on a collection; a negative confirmation overturns its screen */
        post: operations["CollectionsController_addResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/{collectionId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Releases the collection's results to the participant (idempotent) */
        post: operations["CollectionsController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drug-test-results/{resultId}/contest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records that the participant disputes a positive screen; it then waits for a confirmation (409 when not contestable) */
        post: operations["CollectionsController_contest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drug-test-results/{resultId}/admission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records that the participant admits the use a positive shows (409 when not a positive, or overturned) */
        post: operations["CollectionsController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/call-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The participant's daily call-in: whether to test today, where and by when, with a receipt; repeat calls give the same receipt */
        post: operations["CallInsController_callIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/call-ins/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A call-in made through a phone system (IVR or SMS) with the participant's court code, number and PIN */
        post: operations["CallInsController_callInByPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The participant's testing day without calling in: window, whether they called in (and the answer if so), next hearing */
        get: operations["CallInsController_today"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/draw-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's forces and excuses, withdrawn ones included, latest day first */
        get: operations["DrawOverridesController_list"];
        put?: never;
        /** Forces or excuses a participant's test on a court day (today until its reporting deadline, or later); the draw itself is unchanged */
        post: operations["DrawOverridesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/draw-overrides/{overrideId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraws a mistaken override, with the reason (it stays on record as withdrawn) */
        delete: operations["DrawOverridesController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/testing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's testing orders, latest first */
        get: operations["TestingOrdersController_list"];
        put?: never;
        /** Orders increased testing for a period (the draw uses the highest frequency in force) */
        post: operations["TestingOrdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded outages, newest first: of one court (with those of every court), or of every court the caller administers */
        get: operations["OutagesController_list"];
        put?: never;
        /** Records a period when call-ins were impossible; open missed call-ins of the windows it overlaps (and missed tests of those who could not call in) are dismissed */
        post: operations["OutagesController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's violations, newest first, each with its 72-hour clock */
        get: operations["ViolationsController_forParticipant"];
        put?: never;
        /** Record a violation staff saw (new arrest, curfew, failure to appear, missed treatment, other); its clock starts */
        post: operations["ViolationsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The court's deadlines board: violations of a status (default open), overdue first, then by time left */
        get: operations["ViolationsController_forCourt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/violations/{violationId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss an open violation with a reason; its clock stops */
        post: operations["ViolationsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/violations/{violationId}/hearing-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An open violation's hearing: already scheduled before its deadline, the earliest session before it to use, or none (add a special session) */
        get: operations["ViolationsController_hearingProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/measures/swiftness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share of violations answered within their window, detection-to-response time (median, 90th percentile), overdue count, by kind */
        get: operations["ViolationsController_measureSwiftness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The participant's responses, newest first, and the incentive:sanction ratio */
        get: operations["ResponsesController_history"];
        put?: never;
        /** Order a sanction, incentive or treatment adjustment from the catalogue; answers its violations and applies its effect */
        post: operations["ResponsesController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/responses/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check an order before deciding: the same validation and the guard-rail warnings, nothing recorded */
        post: operations["ResponsesController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{programId}/response-catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program's sanctions, incentives and treatment adjustments, by kind, level and code, retired ones included */
        get: operations["ResponseCatalogueController_list"];
        put?: never;
        /** Adds an entry (answers the entry), or with { fromDefault: true } copies the program model's default catalogue (answers the whole catalogue); court.configure in the program's court; 409 catalogue-code-taken or catalogue-not-empty */
        post: operations["ResponseCatalogueController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/response-catalogue/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Renames (translations included), re-levels, retires or reinstates an entry; kind, code and effect are fixed (court.configure in the program's court) */
        patch: operations["ResponseCatalogueController_update"];
        trace?: never;
    };
    "/api/v1/court-sessions/{sessionId}/docket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The docket of a court session: each participant in the court’s order, with what happened since their last hearing
         * @description Treatment attendance and progress appear only where a valid consent covers them for you; otherwise they say withheld. Phase and catalogue names are in the reader's language (Accept-Language) where the court gave one.
         */
        get: operations["DocketController_docket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/court-sessions/{sessionId}/docket/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The paper docket: the same docket as a printable HTML page in the reader's language (Accept-Language), with the redisclosure notice wherever treatment information appears */
        get: operations["DocketController_print"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/{hearingId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the hearing’s outcome, first to latest */
        get: operations["HearingOutcomesController_history"];
        put?: never;
        /**
         * Records what happened at the hearing, in one transaction: attendance, responses, dismissals, phase and status changes, notes, the next hearing
         * @description Sending the same request again (a retry, a double click) answers 200 with the outcome already recorded and writes nothing; a different one answers 409 (amend instead).
         */
        post: operations["HearingOutcomesController_record"];
        delete?: never;
        options?: never;
        head?: never;
        /** Amends the attendance or notes of a recorded outcome: a new version, the earlier ones kept */
        patch: operations["HearingOutcomesController_amend"];
        trace?: never;
    };
    "/api/v1/courts/{courtId}/measures/testing-fidelity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tests ordered (draw, staff) and collected per participant per week, by phase and week, and the weekend share of tests */
        get: operations["MeasuresController_measureTestingFidelity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/measures/phases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participants by phase now, promotions, demotions and exits per month, graduation rate, median days in each phase */
        get: operations["MeasuresController_measurePhases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The participant’s hearings, earliest first */
        get: operations["ParticipantHearingsController_list"];
        put?: never;
        /** Schedules a hearing on a court session of the participant's court, at the session's start */
        post: operations["ParticipantHearingsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hearings/{hearingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Moves a scheduled hearing to another session (the rules of scheduling apply) */
        patch: operations["HearingsController_move"];
        trace?: never;
    };
    "/api/v1/hearings/{hearingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels a scheduled hearing, with a reason */
        post: operations["HearingsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courts/{courtId}/court-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The court's sessions between two court-local dates (default: today and the next 28 days), by start */
        get: operations["CourtSessionsController_list"];
        put?: never;
        /** Adds a session to the court's calendar, at a court-local date and start */
        post: operations["CourtSessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/court-sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session with its hearings (audited as access to the participants it names) */
        get: operations["CourtSessionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes a session that has not started; moving it moves its hearings with it */
        patch: operations["CourtSessionsController_update"];
        trace?: never;
    };
    "/api/v1/court-sessions/{sessionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels a session; its scheduled hearings must be moved first, or cancelled with it (cancelHearings) */
        post: operations["CourtSessionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{id}/hearing-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session proposed for the participant's next status hearing (closest to when their phase makes it due), with alternatives */
        get: operations["HearingProposalsController_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        VersionDto: Record<string, never>;
        LoginDto: {
            /** @example casemanager */
            username: string;
            /** @example demo-password */
            password: string;
            /**
             * @description Current code of the authenticator app, when the account has a second factor
             * @example 123456
             */
            totp?: string;
        };
        TokenPairDto: {
            accessToken: string;
            refreshToken: string;
            /** @description When the access token expires */
            accessTokenExpiresAt: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        ParticipantLoginDto: {
            /**
             * @description The court's code
             * @example DEMO
             */
            court: string;
            /** @example D-0001 */
            participantNumber: string;
            /** @example 135790 */
            pin: string;
        };
        RefreshDto: {
            refreshToken: string;
        };
        ChangeSecretDto: {
            /** @description The current password (staff) or PIN (participants) */
            currentSecret: string;
            /** @description Staff: a password of 12-256 characters. Participants: a PIN of 6-12 digits. */
            newSecret: string;
        };
        TotpSetupDto: {
            /** @description Base32 secret, for typing into an authenticator app */
            secret: string;
            /** @description otpauth:// URI, for a QR code */
            otpauthUri: string;
        };
        ConfirmTotpDto: {
            /** @example 123456 */
            code: string;
        };
        MeMembershipDto: {
            courtId: string;
            /**
             * @description The court's code
             * @example DEMO
             */
            code: string;
            /** @enum {string} */
            role: "court_admin" | "judge" | "coordinator" | "case_manager" | "treatment_provider" | "testing_site" | "participant";
            /** @description Provider organisation of a treatment provider */
            organisationId: string | null;
            /**
             * @description The court's language: the screens' language for a user who has not chosen one
             * @enum {string}
             */
            language: "en" | "es" | "pt";
        };
        MeDto: {
            id: string;
            /** @enum {string} */
            kind: "staff" | "participant";
            displayName: string;
            /** @enum {string|null} */
            systemRole: "system_admin" | null;
            memberships: components["schemas"]["MeMembershipDto"][];
            /** @description A participant's own record */
            participantId: string | null;
            /**
             * @description A step the user must take before using anything else
             * @enum {string|null}
             */
            signInIncomplete: "mfa-enrolment-required" | "secret-change-required" | null;
            secondFactorEnabled: boolean;
            /**
             * @description The user's own language; null follows the court's
             * @enum {string|null}
             */
            language: "en" | "es" | "pt" | null;
        };
        UpdateMeDto: {
            /**
             * @description The user's own language for every screen; null follows the court's
             * @enum {string|null}
             */
            language?: "en" | "es" | "pt" | null;
        };
        CreateUserDto: {
            /**
             * @description Sign-in name, stored lower-case: 3-64 of a-z, 0-9, dot, underscore, hyphen
             * @example jsmith
             */
            username: string;
            /** @example Jordan Smith */
            displayName: string;
            /** @example jsmith@court.example.gov */
            email?: string | null;
            /** @description A password of 12-256 characters, not containing the username; the user must replace it at first sign-in */
            temporaryPassword: string;
            /** @description The court of the first membership */
            courtId: string;
            /** @enum {string} */
            role: "court_admin" | "judge" | "coordinator" | "case_manager" | "treatment_provider" | "testing_site";
            /** @description Required for a treatment_provider (one of the court's provider organisations); refused otherwise */
            organisationId?: string | null;
        };
        MembershipDto: {
            courtId: string;
            /**
             * @description The court's code
             * @example DEMO
             */
            code: string;
            /** @enum {string} */
            role: "court_admin" | "judge" | "coordinator" | "case_manager" | "treatment_provider" | "testing_site" | "participant";
            /** @description Provider organisation of a treatment provider */
            organisationId: string | null;
        };
        UserDto: {
            id: string;
            /** @enum {string} */
            kind: "staff" | "participant";
            /** @description Null for participant accounts */
            username: string | null;
            displayName: string;
            email: string | null;
            /** @enum {string|null} */
            systemRole: "system_admin" | null;
            active: boolean;
            deactivatedAt: string | null;
            /** @description Whether the user must replace an administrator-set password or PIN at next sign-in */
            mustChangeSecret: boolean;
            secondFactorEnabled: boolean;
            /** @description Locked out after failed sign-ins until then */
            lockedUntil: string | null;
            /** @description Memberships in the courts the caller administers (every court for the system administrator) */
            memberships: components["schemas"]["MembershipDto"][];
            createdAt: string;
        };
        AssignMembershipDto: {
            /**
             * @description Participant accounts come from enrolment, not from here
             * @enum {string}
             */
            role: "court_admin" | "judge" | "coordinator" | "case_manager" | "treatment_provider" | "testing_site";
            /** @description Required for a treatment_provider; refused otherwise */
            organisationId?: string | null;
        };
        ResetPasswordDto: {
            /** @description A password of 12-256 characters; the user must replace it at their next sign-in */
            temporaryPassword: string;
        };
        ResetPinDto: {
            /**
             * @description A temporary PIN of 6-12 digits; the participant must replace it at their next sign-in
             * @example 135790
             */
            pin: string;
        };
        AuditEventDto: {
            /**
             * @description Position in the hash chain; also the pagination cursor
             * @example 1042
             */
            id: string;
            occurredAt: string;
            actorUserId: string | null;
            actorDisplayName: string | null;
            /**
             * @description The role the actor acted in
             * @example case_manager
             */
            actorRole: string;
            /** @example DEMO */
            courtCode: string | null;
            /** @example participant.read */
            action: string;
            /** @example participant */
            entityType: string;
            entityIds: string[];
            participantIds: string[];
            /** @description Why access was allowed: `role:<role>`, `consent:<id>`, `self`, or `denied` */
            basis: string;
            consentId: string | null;
            requestId: string | null;
            /** @description Non-clinical context: the filter of a list, a failure reason */
            details: {
                [key: string]: unknown;
            } | null;
        };
        AuditEventPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            /** @description Pass as `before` for the next (older) page; null on the last page */
            nextBefore: string | null;
        };
        AccessLogEntryDto: {
            /** @example 1042 */
            id: string;
            occurredAt: string;
            actorDisplayName: string | null;
            /** @example case_manager */
            actorRole: string;
            /** @example participant.read */
            action: string;
            /** @example role:case_manager */
            basis: string;
        };
        AccessLogPageDto: {
            items: components["schemas"]["AccessLogEntryDto"][];
            nextBefore: string | null;
        };
        RecordConsentDto: {
            /** @description The program permitted to disclose (a provider organisation of the participant's court); omit for any of its treatment providers */
            discloserOrganisationId?: string;
            /** @enum {string} */
            recipientType: "person" | "organisation" | "court_team";
            /** @description A staff member of the court, for recipientType `person` */
            recipientUserId?: string;
            /** @description A provider organisation of the court; required for recipientType `organisation` */
            recipientOrganisationId?: string;
            /** @description The recipient as written on the form; defaults to the organisation's or person's name, or the court team */
            recipientDescription?: string;
            /** @description Kinds of information the consent covers (no duplicates) */
            information: ("treatment_attendance" | "treatment_progress" | "treatment_plan" | "diagnosis_and_assessment" | "level_of_care" | "drug_test_results" | "discharge_summary")[];
            /** @description How much and what kind of information, in the form’s words */
            informationDescription?: string;
            /** @example monitoring of treatment court participation */
            purpose: string;
            /**
             * @description Last court-local day the consent is valid (YYYY-MM-DD); give this, expiryEvent, or both
             * @example 2027-06-30
             */
            expiresOn?: string;
            /**
             * @description The event that ends the consent
             * @enum {string}
             */
            expiryEvent?: "program_discharge";
            /**
             * @description Court-local date of signature (YYYY-MM-DD); not in the future
             * @example 2026-11-20
             */
            signedOn: string;
            /** @description Who signed: the participant, or a guardian or representative, by name */
            signedBy: string;
        };
        ConsentDto: {
            id: string;
            participantId: string;
            courtId: string;
            /**
             * @description On the court's current local day
             * @enum {string}
             */
            status: "valid" | "revoked" | "ended" | "expired";
            discloserOrganisationId: string | null;
            /** @enum {string} */
            recipientType: "person" | "organisation" | "court_team";
            recipientUserId: string | null;
            recipientOrganisationId: string | null;
            recipientDescription: string;
            information: ("treatment_attendance" | "treatment_progress" | "treatment_plan" | "diagnosis_and_assessment" | "level_of_care" | "drug_test_results" | "discharge_summary")[];
            informationDescription: string | null;
            purpose: string;
            /** @example 2027-06-30 */
            expiresOn: string | null;
            /** @enum {string|null} */
            expiryEvent: "program_discharge" | null;
            /** @description When the expiry event ended the consent */
            endedAt: string | null;
            /** @example 2026-11-20 */
            signedOn: string;
            signedBy: string;
            revokedAt: string | null;
            revocationReason: string | null;
            recordedAt: string;
        };
        RevokeConsentDto: {
            /** @example The participant asked to revoke it at the hearing. */
            reason?: string;
        };
        CreateCourtDto: {
            /**
             * @description Short code participants type when signing in; stored upper-case; 2-16 of A-Z, 0-9 and -. Cannot be changed later.
             * @example HOPE
             */
            code: string;
            /** @example Harbor City HOPE Court */
            name: string;
            /**
             * @description IANA time zone: court days, the call-in window and deadlines follow it
             * @example Pacific/Honolulu
             */
            timeZone: string;
            /**
             * @description Court-local HH:MM
             * @example 05:00
             */
            callInWindowStart: string;
            /**
             * @description Court-local HH:MM, later than the start; 24:00 is the end of the day
             * @example 09:00
             */
            callInWindowEnd: string;
            /** @description Staff roles that must sign in with a second factor */
            mfaRequiredRoles?: ("court_admin" | "judge" | "coordinator" | "case_manager" | "treatment_provider" | "testing_site")[];
            /** @description The court's own 42 CFR §2.32 redisclosure notice; null uses the standard text */
            redisclosureNotice?: string | null;
            /**
             * @description Court-local HH:MM (24:00: the end of the day) by which a selected participant must test; never before the window ends. Defaults to 17:00, or 24:00 when the window ends later.
             * @example 17:00
             */
            reportByTime?: string;
            /**
             * @description Minutes before the window opens that the day's draw is made; defaults to 60
             * @example 60
             */
            drawLeadMinutes?: number;
            /**
             * @description The language of the court's screens for users who have not chosen their own; defaults to en
             * @example es
             * @enum {string}
             */
            language?: "en" | "es" | "pt";
        };
        CourtDto: {
            id: string;
            /** @example DEMO */
            code: string;
            name: string;
            /** @example America/Chicago */
            timeZone: string;
            /** @example 05:00 */
            callInWindowStart: string;
            /** @example 09:00 */
            callInWindowEnd: string;
            /**
             * @description Selected participants must test by this court-local time (24:00: the end of the day)
             * @example 17:00
             */
            reportByTime: string;
            /**
             * @description Minutes before the window opens that the day's draw is made
             * @example 60
             */
            drawLeadMinutes: number;
            mfaRequiredRoles: ("court_admin" | "judge" | "coordinator" | "case_manager" | "treatment_provider" | "testing_site")[];
            redisclosureNotice: string | null;
            /**
             * @description The language of the court's screens for users who have not chosen their own
             * @enum {string}
             */
            language: "en" | "es" | "pt";
            /**
             * @description The law the court operates under
             * @example 42 CFR Part 2
             */
            lawName: string;
            /** @description The court's disclosure notice per language */
            redisclosureNotices: {
                [key: string]: string;
            };
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        UpdateCourtDto: {
            name?: string;
            /** @example America/Chicago */
            timeZone?: string;
            /** @example 05:00 */
            callInWindowStart?: string;
            /** @example 09:00 */
            callInWindowEnd?: string;
            mfaRequiredRoles?: ("court_admin" | "judge" | "coordinator" | "case_manager" | "treatment_provider" | "testing_site")[];
            /** @description null restores the standard notice */
            redisclosureNotice?: string | null;
            /**
             * @description Court-local HH:MM (24:00: the end of the day); never before the end of the call-in window
             * @example 17:00
             */
            reportByTime?: string;
            /** @example 60 */
            drawLeadMinutes?: number;
            /**
             * @description The language of the court's screens for users who have not chosen their own
             * @example pt
             * @enum {string}
             */
            language?: "en" | "es" | "pt";
            /**
             * @description The name of the law the court operates under, cited with its disclosure notice
             * @example 42 CFR Part 2
             */
            lawName?: string;
            /**
             * @description The court's disclosure notice per language (keys en, es, pt; 1 to 4,000 characters each), replacing the whole map; {} removes them all. A reader gets the text for their language, else the court's own notice, else the standard one in their language.
             * @example {
             *       "es": "Este registro…",
             *       "pt": "Este registro…"
             *     }
             */
            redisclosureNotices?: {
                [key: string]: string;
            };
            /** @description Only the system administrator may deactivate or reactivate a court */
            active?: boolean;
        };
        HolidayDto: {
            id: string;
            courtId: string;
            /** @example 2026-12-25 */
            date: string;
            name: string;
        };
        CreateHolidayDto: {
            /**
             * @description Court-local calendar date
             * @example 2026-12-25
             */
            date: string;
            /** @example Christmas Day */
            name: string;
        };
        ProviderOrganisationDto: {
            id: string;
            courtId: string;
            name: string;
            active: boolean;
        };
        CreateProviderOrganisationDto: {
            /** @example Riverside Recovery */
            name: string;
        };
        UpdateProviderOrganisationDto: {
            name?: string;
            /** @description An inactive organisation cannot be given new provider staff */
            active?: boolean;
        };
        PhaseRefDto: {
            id: string;
            /** @example 2 */
            position: number;
            /** @example Phase 2: Early recovery */
            name: string;
        };
        ParticipantSummaryDto: {
            id: string;
            courtId: string;
            /**
             * @description Issued at enrolment
             * @example D-0001
             */
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "referred" | "screening" | "accepted" | "rejected" | "active" | "in_custody" | "warrant" | "medical_leave" | "graduated" | "terminated" | "withdrawn" | "transferred";
            caseManagerId: string | null;
            /** @description The case manager's display name */
            caseManagerName: string | null;
            programId: string | null;
            /** @example ATC */
            programCode: string | null;
            phase: components["schemas"]["PhaseRefDto"] | null;
            phaseStartedOn: string | null;
        };
        ParticipantPageDto: {
            items: components["schemas"]["ParticipantSummaryDto"][];
            page: number;
            pageSize: number;
            /** @description Participants matching the filter, across all pages */
            total: number;
        };
        ContactDto: {
            phone?: string | null;
            email?: string | null;
            addressLine?: string | null;
            city?: string | null;
            region?: string | null;
            postalCode?: string | null;
        };
        ChargeDto: {
            /** @example 720 ILCS 570/402(c) */
            statute: string;
            /** @example Possession of a controlled substance */
            description: string;
            /** @enum {string} */
            level: "felony" | "misdemeanor" | "infraction" | "other";
            /**
             * @description What the program’s exclusion criteria are written against
             * @enum {string}
             */
            category: "drug_possession" | "drug_sale" | "drug_trafficking" | "dui" | "property" | "fraud" | "public_order" | "violent" | "sex_offense" | "weapons" | "other";
        };
        ReferParticipantDto: {
            /** @example 1990-04-01 */
            dateOfBirth?: string | null;
            /** @description As the participant self-identifies */
            gender?: string | null;
            race?: string | null;
            ethnicity?: string | null;
            contact?: components["schemas"]["ContactDto"];
            courtId: string;
            /** @description The program referred to; may be chosen later, up to enrolment */
            programId?: string;
            /** @enum {string} */
            referralSource: "prosecutor" | "defense" | "judge" | "probation" | "police" | "other";
            /** @example 2026-11-02 */
            referredOn: string;
            arrestedOn?: string;
            firstName: string;
            lastName: string;
            /**
             * @example [
             *       "2026-CF-001234"
             *     ]
             */
            caseNumbers?: string[];
            charges?: components["schemas"]["ChargeDto"][];
            caseManagerId?: string;
        };
        ScreeningDecisionViewDto: {
            party: string;
            decision: string;
            reason: string | null;
            decidedOn: string;
        };
        ScreeningViewDto: {
            legallyEligible: boolean;
            excludedCharges: components["schemas"]["ChargeDto"][];
            otherExclusion: string | null;
            assessedOn: string;
            instrument: string;
            score: number | null;
            riskLevel: string;
            needLevel: string;
            decisions: components["schemas"]["ScreeningDecisionViewDto"][];
            /** @description Parties whose approval the program requires and has not got yet */
            pendingApprovals: string[];
        };
        RequirementStatusDto: {
            /** @enum {string} */
            code: "min_days_in_phase" | "continuous_sobriety" | "treatment_sessions" | "community_service" | "fees" | "milestone";
            /** @description null when the facts are withheld (no consent) */
            met: boolean | null;
            required: number;
            actual: number | null;
            remaining: number | null;
            name?: string;
            /** @example 12 more continuous clean days */
            summary: string;
        };
        ReadinessDto: {
            /** @description Every requirement of the current phase met */
            ready: boolean;
            /** @description In the last phase: readiness means ready to graduate */
            finalPhase: boolean;
            phase: components["schemas"]["PhaseRefDto"];
            daysInPhase: number;
            continuousSoberDays: number;
            soberSince: string;
            asOf: string;
            requirements: components["schemas"]["RequirementStatusDto"][];
        };
        ParticipantDetailDto: {
            id: string;
            courtId: string;
            /**
             * @description Issued at enrolment
             * @example D-0001
             */
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "referred" | "screening" | "accepted" | "rejected" | "active" | "in_custody" | "warrant" | "medical_leave" | "graduated" | "terminated" | "withdrawn" | "transferred";
            caseManagerId: string | null;
            /** @description The case manager's display name */
            caseManagerName: string | null;
            programId: string | null;
            /** @example ATC */
            programCode: string | null;
            phase: components["schemas"]["PhaseRefDto"] | null;
            phaseStartedOn: string | null;
            phasePlanId: string | null;
            enrolledOn: string | null;
            dischargedOn: string | null;
            referralSource: string;
            referredOn: string | null;
            arrestedOn: string | null;
            caseNumbers: string[];
            charges: components["schemas"]["ChargeDto"][];
            dateOfBirth: string | null;
            gender: string | null;
            race: string | null;
            ethnicity: string | null;
            contact: components["schemas"]["ContactDto"];
            /** @example plea_withdrawn_case_dismissed */
            disposition: string | null;
            markedForExpungement: boolean;
            /** @description Statuses the participant may move to next */
            nextStatuses: string[];
            screening: components["schemas"]["ScreeningViewDto"] | null;
            /** @description Readiness to advance, for an enrolled participant */
            readiness: components["schemas"]["ReadinessDto"] | null;
        };
        UpdateParticipantDto: {
            /** @example 1990-04-01 */
            dateOfBirth?: string | null;
            /** @description As the participant self-identifies */
            gender?: string | null;
            race?: string | null;
            ethnicity?: string | null;
            contact?: components["schemas"]["ContactDto"];
            firstName?: string;
            lastName?: string;
            /** @description Only before enrolment */
            programId?: string;
            caseManagerId?: string | null;
            caseNumbers?: string[];
            charges?: components["schemas"]["ChargeDto"][];
        };
        StatusChangeDto: {
            id: string;
            fromStatus: string | null;
            toStatus: string;
            reason: string;
            effectiveOn: string;
            changedBy: string | null;
            createdAt: string;
        };
        PhaseHistoryDto: {
            id: string;
            phasePlanId: string;
            planVersion: number;
            phaseId: string;
            position: number;
            name: string;
            startedOn: string;
            endedOn: string | null;
            /** @enum {string} */
            startReason: "enrolment" | "promotion" | "demotion" | "plan_change";
            endReason: string | null;
            orderNote: string | null;
            remedialPlan: string | null;
            hearingId: string | null;
            /** @description Requirements of the previous phase unmet when the court ordered the move */
            unmetAtOrder?: Record<string, never> | null;
        };
        RecordScreeningDto: {
            /** @example 2026-11-05 */
            assessedOn: string;
            /**
             * @description The assessment instrument’s name
             * @example RANT
             */
            instrument: string;
            /** @example 14 */
            score?: number;
            /** @enum {string} */
            riskLevel: "low" | "moderate" | "high";
            /** @enum {string} */
            needLevel: "low" | "moderate" | "high";
            /** @description A legal bar not captured by the charge categories */
            otherExclusion?: string | null;
        };
        ScreeningDecisionDto: {
            /** @enum {string} */
            party: "team" | "prosecutor" | "defense";
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @description Defaults to today (court time) */
            decidedOn?: string;
            /** @description Required for a rejection */
            reason?: string;
        };
        ChangeStatusDto: {
            /** @enum {string} */
            status: "referred" | "screening" | "accepted" | "rejected" | "active" | "in_custody" | "warrant" | "medical_leave" | "graduated" | "terminated" | "withdrawn" | "transferred";
            /** @description Why: the order, the event, the rejection reason */
            reason: string;
            /** @description When it took effect (court date); defaults to today */
            effectiveOn?: string;
        };
        EnrolParticipantDto: {
            /** @description The program, when not chosen at referral */
            programId?: string;
            /**
             * @description Unique in the court; upper-case letters, digits and hyphens
             * @example D-0013
             */
            participantNumber: string;
            /**
             * @description The call-in PIN: 6 to 12 digits
             * @example 135790
             */
            pin: string;
            /** @description Court date of enrolment; defaults to today */
            enrolledOn?: string;
            caseManagerId?: string;
            /**
             * @description The first hearing (the warning hearing in a HOPE program)
             * @example 2026-11-30T09:00:00-06:00
             */
            firstHearingAt: string;
            note?: string;
        };
        EnrolmentDto: {
            participantId: string;
            participantNumber: string;
            programId: string;
            phasePlanId: string;
            phaseId: string;
            enrolledOn: string;
            firstHearingId: string;
            /** @enum {string} */
            firstHearingKind: "warning" | "status";
        };
        PhaseChangeDto: {
            /** @enum {string} */
            direction: "promote" | "demote";
            /** @description The phase to move to; defaults to the next (promotion) or previous (demotion) phase */
            toPhaseId?: string;
            /** @description Court date of the order; defaults to today */
            orderedOn?: string;
            /** @description The court’s order in words */
            reason: string;
            /** @description Required for a demotion: what the participant must do to move back up */
            remedialPlan?: string;
            /** @description The hearing at which the court ordered it */
            hearingId?: string;
        };
        PlanChangeDto: {
            /** @description A version of the participant’s program’s phase plan */
            phasePlanId: string;
            /** @description The phase in that version; defaults to the one at the same position */
            phaseId?: string;
            reason: string;
        };
        ReadinessBoardRowDto: {
            id: string;
            courtId: string;
            /**
             * @description Issued at enrolment
             * @example D-0001
             */
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "referred" | "screening" | "accepted" | "rejected" | "active" | "in_custody" | "warrant" | "medical_leave" | "graduated" | "terminated" | "withdrawn" | "transferred";
            caseManagerId: string | null;
            /** @description The case manager's display name */
            caseManagerName: string | null;
            programId: string | null;
            /** @example ATC */
            programCode: string | null;
            phase: components["schemas"]["PhaseRefDto"] | null;
            phaseStartedOn: string | null;
            readiness: components["schemas"]["ReadinessDto"];
            /** @description Requirements not known to be met (a withheld one counts as not met) */
            unmet: number;
        };
        ReadinessBoardDto: {
            courtId: string;
            /** @description Ready first, then fewest requirements left, then by name */
            items: components["schemas"]["ReadinessBoardRowDto"][];
        };
        PhaseRequirementsDto: {
            /** @example 1 */
            position: number;
            /** @example Stabilisation */
            name: string;
            /**
             * @description The name in other languages, as stored ({} when none)
             * @example {
             *       "es": {
             *         "name": "Estabilización"
             *       },
             *       "pt": {
             *         "name": "Estabilização"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    name?: string;
                };
            };
            description: string | null;
            /** @example 60 */
            minDaysInPhase: number;
            /** @example 14 */
            sobrietyDays: number;
            /** @example 3 */
            testsPerWeek: number;
            /** @example 1 */
            hearingEveryWeeks: number | null;
            /** @example 3 */
            treatmentSessionsPerWeek: number;
            /**
             * @description Cumulative since enrolment
             * @example 0
             */
            communityServiceHours: number;
            milestones: string[];
            /**
             * @description Cumulative since enrolment
             * @example 0
             */
            feesDue: number;
        };
        ProgramTemplateDto: {
            /** @enum {string} */
            model: "treatment_court" | "hope_probation" | "deferred_judgment";
            name: string;
            description: string;
            requiredApprovals: ("team" | "prosecutor" | "defense")[];
            excludedChargeCategories: ("drug_possession" | "drug_sale" | "drug_trafficking" | "dui" | "property" | "fraud" | "public_order" | "violent" | "sex_offense" | "weapons" | "other")[];
            phases: components["schemas"]["PhaseRequirementsDto"][];
        };
        PhaseDto: {
            /** @example 1 */
            position: number;
            /** @example Stabilisation */
            name: string;
            /**
             * @description The name in other languages, as stored ({} when none)
             * @example {
             *       "es": {
             *         "name": "Estabilización"
             *       },
             *       "pt": {
             *         "name": "Estabilização"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    name?: string;
                };
            };
            description: string | null;
            /** @example 60 */
            minDaysInPhase: number;
            /** @example 14 */
            sobrietyDays: number;
            /** @example 3 */
            testsPerWeek: number;
            /** @example 1 */
            hearingEveryWeeks: number | null;
            /** @example 3 */
            treatmentSessionsPerWeek: number;
            /**
             * @description Cumulative since enrolment
             * @example 0
             */
            communityServiceHours: number;
            milestones: string[];
            /**
             * @description Cumulative since enrolment
             * @example 0
             */
            feesDue: number;
            id: string;
        };
        PhasePlanDto: {
            id: string;
            /** @example 1 */
            version: number;
            note: string | null;
            createdAt: string;
            phases: components["schemas"]["PhaseDto"][];
        };
        ProgramDto: {
            id: string;
            courtId: string;
            /** @example ATC */
            code: string;
            /** @description As the court entered it */
            name: string;
            /**
             * @description The name in other languages, as stored ({} when none)
             * @example {
             *       "es": {
             *         "name": "Tribunal de Tratamiento para Adultos"
             *       },
             *       "pt": {
             *         "name": "Tribunal de Tratamento para Adultos"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    name?: string;
                };
            };
            /** @enum {string} */
            model: "treatment_court" | "hope_probation" | "deferred_judgment";
            active: boolean;
            requiredApprovals: ("team" | "prosecutor" | "defense")[];
            excludedChargeCategories: ("drug_possession" | "drug_sale" | "drug_trafficking" | "dui" | "property" | "fraud" | "public_order" | "violent" | "sex_offense" | "weapons" | "other")[];
            /** @description At most this many days in a row without a test; null: no limit */
            maxUntestedDays: number | null;
            /** @description At most this many tests in any 7 days; null: no limit */
            maxTestsPer7Days: number | null;
            /** @description Test outcomes that are violations */
            violationOutcomes: ("positive" | "dilute" | "adulterated" | "substituted" | "invalid" | "refused" | "missed")[];
            /** @description Whether a treatment session the provider reports as a no-show is a violation */
            noShowViolation: boolean;
            /** @description The highest plan version; null before one is written */
            currentPlan: components["schemas"]["PhasePlanDto"] | null;
        };
        PhaseInputDto: {
            /**
             * @description Unique in the plan
             * @example Stabilisation
             */
            name: string;
            /**
             * @description The name in other languages (keys en, es, pt; each { name }); defaults to none
             * @example {
             *       "es": {
             *         "name": "Estabilización"
             *       },
             *       "pt": {
             *         "name": "Estabilização"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
            description?: string | null;
            /** @example 60 */
            minDaysInPhase: number;
            /**
             * @description Continuous days of sobriety needed before moving on
             * @example 14
             */
            sobrietyDays: number;
            /**
             * @description Random tests per week, at most one decimal
             * @example 3
             */
            testsPerWeek: number;
            /**
             * @description Status hearings every N weeks; null: only on violations
             * @example 1
             */
            hearingEveryWeeks: number | null;
            /** @example 3 */
            treatmentSessionsPerWeek: number;
            /**
             * @description Cumulative since enrolment, by the end of this phase
             * @example 30
             */
            communityServiceHours: number;
            /**
             * @example [
             *       "employed or in school"
             *     ]
             */
            milestones?: string[];
            /**
             * @description Fees paid since enrolment by the end of this phase
             * @example 100
             */
            feesDue: number;
        };
        CreateProgramDto: {
            /**
             * @description Short code, unique in the court; stored upper-case; 2-32 of A-Z, 0-9 and -. Cannot be changed later.
             * @example ATC
             */
            code: string;
            /** @example Adult Treatment Court */
            name: string;
            /**
             * @description The name in other languages (keys en, es, pt; each { name }); defaults to none
             * @example {
             *       "es": {
             *         "name": "Tribunal de Tratamiento para Adultos"
             *       },
             *       "pt": {
             *         "name": "Tribunal de Tratamento para Adultos"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
            /** @enum {string} */
            model: "treatment_court" | "hope_probation" | "deferred_judgment";
            /** @description Copy the model's template phases as plan version 1. Defaults to true when phases are absent; false without phases creates a program with no plan yet. */
            template?: boolean;
            /** @description Explicit phases for plan version 1, in order (instead of the template) */
            phases?: components["schemas"]["PhaseInputDto"][];
            /** @description Whose approval admission needs; defaults to the model template's */
            requiredApprovals?: ("team" | "prosecutor" | "defense")[];
            /** @description Charge categories that make a referral ineligible; defaults to the model template's */
            excludedChargeCategories?: ("drug_possession" | "drug_sale" | "drug_trafficking" | "dui" | "property" | "fraud" | "public_order" | "violent" | "sex_offense" | "weapons" | "other")[];
            /** @description Whether a treatment session the provider reports as a no-show is a violation; defaults to true */
            noShowViolation?: boolean;
            /** @description Note on plan version 1 */
            note?: string | null;
        };
        UpdateProgramDto: {
            name?: string;
            /**
             * @description Replaces the name in other languages; {} removes them all
             * @example {
             *       "es": {
             *         "name": "Tribunal de Tratamiento para Adultos"
             *       },
             *       "pt": {
             *         "name": "Tribunal de Tratamento para Adultos"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
            /** @description A closed program takes no new referrals; its participants carry on */
            active?: boolean;
            excludedChargeCategories?: ("drug_possession" | "drug_sale" | "drug_trafficking" | "dui" | "property" | "fraud" | "public_order" | "violent" | "sex_offense" | "weapons" | "other")[];
            requiredApprovals?: ("team" | "prosecutor" | "defense")[];
            /** @description Guard rail: at most this many days in a row without a test; null for pure chance */
            maxUntestedDays?: number | null;
            /** @description Guard rail: at most this many tests in any 7 days; null for no limit */
            maxTestsPer7Days?: number | null;
            /** @description Test outcomes that are violations (a positive once confirmed or admitted); may be empty */
            violationOutcomes?: ("positive" | "dilute" | "adulterated" | "substituted" | "invalid" | "refused" | "missed")[];
            /** @description Whether a treatment session the provider reports as a no-show is a violation */
            noShowViolation?: boolean;
        };
        PhasePlanSummaryDto: {
            id: string;
            /** @example 2 */
            version: number;
            note: string | null;
            createdAt: string;
            /** @example 5 */
            phaseCount: number;
        };
        CreatePhasePlanDto: {
            /** @description The whole plan, in order */
            phases: components["schemas"]["PhaseInputDto"][];
            /** @example Phase 3 shortened to 90 days */
            note?: string | null;
        };
        CreateCommunityServiceDto: {
            /**
             * @description Court-local date the service was done; not before enrolment, not in the future
             * @example 2026-11-20
             */
            performedOn: string;
            /**
             * @description Hours (two decimals at most, ±24); a negative entry corrects an earlier one and may not take the running total below zero
             * @example 4.5
             */
            hours: number;
            /**
             * @description Where the service was done; for a correction, why
             * @example Food bank, Main St.
             */
            description: string;
        };
        CommunityServiceEntryDto: {
            id: string;
            participantId: string;
            performedOn: string;
            /** @description Negative for a correction */
            hours: number;
            description: string;
            /** @description Whether the entry corrects an earlier one (negative) */
            correction: boolean;
            recordedBy: string | null;
            createdAt: string;
        };
        CommunityServiceLedgerDto: {
            /** @description Hours to date, corrections included */
            totalHours: number;
            /** @description Newest first */
            entries: components["schemas"]["CommunityServiceEntryDto"][];
        };
        CreateFeePaymentDto: {
            /**
             * @description Court-local date of payment; not before enrolment, not in the future
             * @example 2026-11-20
             */
            paidOn: string;
            /**
             * @description Amount (two decimals at most, ±100000); a negative entry corrects an earlier one and may not take the total paid below zero
             * @example 25
             */
            amount: number;
            /**
             * @description The receipt or reference; for a correction, why
             * @example Receipt 2026-0412
             */
            description: string;
        };
        FeePaymentDto: {
            id: string;
            participantId: string;
            paidOn: string;
            /** @description Negative for a correction */
            amount: number;
            /** @description Receipt or reference; for a correction, why */
            description: string;
            /** @description Whether the entry corrects an earlier one (negative) */
            correction: boolean;
            recordedBy: string | null;
            createdAt: string;
        };
        FeePaymentLedgerDto: {
            /** @description Paid to date, corrections included */
            totalPaid: number;
            /** @description Newest first */
            entries: components["schemas"]["FeePaymentDto"][];
        };
        CreateMilestoneDto: {
            /**
             * @description Matches a phase requirement's milestone name (case does not matter)
             * @example employed or in school
             */
            name: string;
            /**
             * @description The evidence's court-local date; not before enrolment, not in the future
             * @example 2026-11-20
             */
            achievedOn: string;
            /** @example Pay stub from Acme Ltd dated 2026-11-20 */
            evidence: string;
        };
        MilestoneDto: {
            id: string;
            participantId: string;
            name: string;
            achievedOn: string;
            evidence: string;
            recordedBy: string | null;
            createdAt: string;
        };
        CreateAdmittedUseDto: {
            /**
             * @description The (last) court-local day of use; not after the admission
             * @example 2026-11-18
             */
            usedOn: string;
            /**
             * @description Court-local date of the admission; today when omitted, never in the future
             * @example 2026-11-20
             */
            admittedOn?: string;
            /**
             * @description Substances admitted to, as the participant named them
             * @example [
             *       "alcohol"
             *     ]
             */
            substances: string[];
            note?: string | null;
        };
        AdmittedUseDto: {
            id: string;
            participantId: string;
            usedOn: string;
            admittedOn: string;
            substances: string[];
            note: string | null;
            recordedBy: string | null;
            createdAt: string;
        };
        CreateCaseNoteDto: {
            /**
             * @description Court-local date of the event; not in the future
             * @example 2026-11-20
             */
            occurredOn: string;
            body: string;
            /**
             * @description Derived from treatment information: shown only to readers a consent for its `information` covers; the writer needs one too
             * @default false
             */
            confidential: boolean;
            /**
             * @description The kind of treatment information a confidential note carries (default treatment_progress); makes the note confidential
             * @enum {string}
             */
            information?: "treatment_attendance" | "treatment_progress" | "treatment_plan" | "diagnosis_and_assessment" | "level_of_care" | "drug_test_results" | "discharge_summary";
        };
        CaseNoteDto: {
            id: string;
            participantId: string;
            authorId: string;
            occurredOn: string;
            body: string;
            confidential: boolean;
            /** @enum {string|null} */
            information: "treatment_attendance" | "treatment_progress" | "treatment_plan" | "diagnosis_and_assessment" | "level_of_care" | "drug_test_results" | "discharge_summary" | null;
            createdAt: string;
        };
        CaseNotesDto: {
            /** @description Newest first */
            items: components["schemas"]["CaseNoteDto"][];
            /** @description Confidential notes no consent lets you see; they exist but are not shown */
            withheld: number;
            /** @description The redisclosure notice (42 CFR §2.32), present whenever a confidential note is shown */
            redisclosureNotice: string | null;
            /**
             * @description The law the notice is given under; null when there is no notice
             * @example 42 CFR Part 2
             */
            lawName: string | null;
        };
        CreateProviderReferralDto: {
            organisationId: string;
            /**
             * @description Court-local date the referral began
             * @example 2026-11-23
             */
            referredOn: string;
            /**
             * @description ASAM level of care of the episode, e.g. `2.1` (intensive outpatient)
             * @enum {string|null}
             */
            levelOfCare?: "0.5" | "1" | "2.1" | "2.5" | "3.1" | "3.3" | "3.5" | "3.7" | "4" | null;
            /** @enum {string|null} */
            modality?: "individual_counselling" | "group_counselling" | "family_therapy" | "cognitive_behavioural" | "medication_assisted" | "contingency_management" | "mixed" | null;
        };
        ProviderReferralDto: {
            id: string;
            participantId: string;
            organisationId: string;
            organisationName: string;
            referredOn: string;
            /** @enum {string|null} */
            levelOfCare: "0.5" | "1" | "2.1" | "2.5" | "3.1" | "3.3" | "3.5" | "3.7" | "4" | null;
            /** @enum {string|null} */
            modality: "individual_counselling" | "group_counselling" | "family_therapy" | "cognitive_behavioural" | "medication_assisted" | "contingency_management" | "mixed" | null;
            endedAt: string | null;
            /** @description Court-local last day of the episode */
            endedOn: string | null;
            /** @enum {string|null} */
            dischargeReason: "completed" | "transferred" | "left_before_completion" | "administrative" | "incarcerated" | "program_discharge" | "other" | null;
        };
        UpdateProviderReferralDto: {
            /** @enum {string|null} */
            levelOfCare?: "0.5" | "1" | "2.1" | "2.5" | "3.1" | "3.3" | "3.5" | "3.7" | "4" | null;
            /** @enum {string|null} */
            modality?: "individual_counselling" | "group_counselling" | "family_therapy" | "cognitive_behavioural" | "medication_assisted" | "contingency_management" | "mixed" | null;
        };
        EndProviderReferralDto: {
            /**
             * @description `program_discharge` is set only by the program discharge itself
             * @enum {string}
             */
            dischargeReason?: "completed" | "transferred" | "left_before_completion" | "administrative" | "incarcerated" | "other";
            /**
             * @description Court-local last day of the episode; defaults to today in the court's time zone; not in the future, not before referredOn
             * @example 2026-11-23
             */
            endedOn?: string;
        };
        CreateTreatmentNoteDto: {
            /** @enum {string} */
            category: "treatment_attendance" | "treatment_progress" | "treatment_plan" | "diagnosis_and_assessment" | "level_of_care" | "discharge_summary";
            /**
             * @description Court-local date of the session or event
             * @example 2026-11-20
             */
            occurredOn: string;
            body: string;
        };
        TreatmentNoteDto: {
            id: string;
            participantId: string;
            organisationId: string;
            authorId: string;
            /** @enum {string} */
            category: "treatment_attendance" | "treatment_progress" | "treatment_plan" | "diagnosis_and_assessment" | "level_of_care" | "discharge_summary";
            occurredOn: string;
            body: string;
            createdAt: string;
        };
        TreatmentNotesDto: {
            items: components["schemas"]["TreatmentNoteDto"][];
            /** @description Kinds of information your consents cover; notes of other kinds are withheld */
            coveredCategories: string[];
            /** @description The redisclosure notice (42 CFR §2.32) that must accompany this information, in the reader's language (Accept-Language) */
            redisclosureNotice: string;
            /**
             * @description The law the court operates under, which the notice is given under
             * @example 42 CFR Part 2
             */
            lawName: string;
        };
        CreateTreatmentAttendanceDto: {
            /**
             * @description Court-local date of the session; not before enrolment; not in the future, except a `scheduled` session (up to 180 days ahead)
             * @example 2026-11-20
             */
            sessionOn: string;
            /**
             * @description e.g. `individual counselling`, `group`, `intensive outpatient`
             * @example group
             */
            sessionType: string;
            /**
             * @description `absent` is accepted as an alias of `no_show` (and answered as `no_show`)
             * @enum {string}
             */
            attendance: "scheduled" | "attended" | "excused" | "no_show";
        };
        TreatmentAttendanceDto: {
            id: string;
            participantId: string;
            organisationId: string;
            sessionOn: string;
            sessionType: string;
            /** @enum {string} */
            attendance: "scheduled" | "attended" | "excused" | "no_show";
            /** @description Shared by the rows of one group session entered together */
            groupSessionId: string | null;
            recordedBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        TreatmentAttendanceListDto: {
            /** @description Sessions your consents cover, newest first */
            items: components["schemas"]["TreatmentAttendanceDto"][];
            /** @description The redisclosure notice (42 CFR §2.32) that must accompany this information, in the reader's language (Accept-Language) */
            redisclosureNotice: string;
            /**
             * @description The law the court operates under, which the notice is given under
             * @example 42 CFR Part 2
             */
            lawName: string;
        };
        GroupSessionEntryDto: {
            participantId: string;
            /**
             * @description `absent` is accepted as an alias of `no_show` (and answered as `no_show`)
             * @enum {string}
             */
            attendance: "scheduled" | "attended" | "excused" | "no_show";
        };
        CreateGroupSessionDto: {
            /**
             * @description Court-local date of the session (the same rules as for one session)
             * @example 2026-11-20
             */
            sessionOn: string;
            /** @example group */
            sessionType: string;
            /** @description One entry per participant (no participant twice) */
            entries: components["schemas"]["GroupSessionEntryDto"][];
        };
        GroupSessionDto: {
            groupSessionId: string;
            /** @description The rows created, in the order of the entries */
            items: components["schemas"]["TreatmentAttendanceDto"][];
        };
        UpdateTreatmentAttendanceDto: {
            /**
             * @description A session still in the future can only be `scheduled` or `excused`; `absent` is accepted as an alias of `no_show` (and answered as `no_show`)
             * @enum {string}
             */
            attendance: "scheduled" | "attended" | "excused" | "no_show";
            /** @example individual counselling */
            sessionType?: string;
        };
        CreateProgressReportDto: {
            /**
             * @description Court-local date the report speaks for; not in the future, not before the referral
             * @example 2026-11-20
             */
            reportedOn: string;
            /** @enum {string} */
            engagement: "excellent" | "good" | "fair" | "poor" | "not_engaged";
            /**
             * @description The ASAM level of care the provider recommends
             * @enum {string|null}
             */
            levelOfCareRecommendation?: "0.5" | "1" | "2.1" | "2.5" | "3.1" | "3.3" | "3.5" | "3.7" | "4" | null;
            narrative: string;
        };
        ProgressReportDto: {
            id: string;
            participantId: string;
            organisationId: string;
            /** @description The treatment episode (provider referral) the report is about */
            referralId: string;
            reportedOn: string;
            /** @enum {string} */
            engagement: "excellent" | "good" | "fair" | "poor" | "not_engaged";
            /** @enum {string|null} */
            levelOfCareRecommendation: "0.5" | "1" | "2.1" | "2.5" | "3.1" | "3.3" | "3.5" | "3.7" | "4" | null;
            narrative: string;
            authorId: string;
            createdAt: string;
        };
        ProgressReportListDto: {
            /** @description Reports your consents cover, newest first */
            items: components["schemas"]["ProgressReportDto"][];
            /** @description The redisclosure notice (42 CFR §2.32) that must accompany this information, in the reader's language (Accept-Language) */
            redisclosureNotice: string;
            /**
             * @description The law the court operates under, which the notice is given under
             * @example 42 CFR Part 2
             */
            lawName: string;
        };
        ClientPhaseDto: {
            position: number;
            name: string;
        };
        ClientParticipantDto: {
            id: string;
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            status: string;
            programCode: string | null;
            phase: components["schemas"]["ClientPhaseDto"] | null;
        };
        ClientEpisodeDto: {
            /** @description The provider referral */
            referralId: string;
            /** @enum {string|null} */
            levelOfCare: "0.5" | "1" | "2.1" | "2.5" | "3.1" | "3.3" | "3.5" | "3.7" | "4" | null;
            /** @enum {string|null} */
            modality: "individual_counselling" | "group_counselling" | "family_therapy" | "cognitive_behavioural" | "medication_assisted" | "contingency_management" | "mixed" | null;
            referredOn: string;
        };
        ClientConsentDto: {
            /** @description The caller may report it (a provider under a consent letting its organisation disclose) */
            write: boolean;
            /** @description The caller may read it */
            read: boolean;
        };
        ClientConsentsDto: {
            treatmentAttendance: components["schemas"]["ClientConsentDto"];
            treatmentProgress: components["schemas"]["ClientConsentDto"];
        };
        LastAttendanceDto: {
            sessionOn: string;
            sessionType: string;
            /** @enum {string} */
            attendance: "scheduled" | "attended" | "excused" | "no_show";
        };
        LastProgressReportDto: {
            id: string;
            reportedOn: string;
            /** @enum {string} */
            engagement: "excellent" | "good" | "fair" | "poor" | "not_engaged";
        };
        ProviderClientDto: {
            participant: components["schemas"]["ClientParticipantDto"];
            episode: components["schemas"]["ClientEpisodeDto"];
            /** @description All false: no consent on file for you */
            consents: components["schemas"]["ClientConsentsDto"];
            /** @description The organisation's latest reported session; null without a consent letting you read attendance, or none yet */
            lastAttendance: components["schemas"]["LastAttendanceDto"] | null;
            /** @description The organisation's latest progress report; null without a consent letting you read progress, or none yet */
            lastProgressReport: components["schemas"]["LastProgressReportDto"] | null;
        };
        ProviderClientListDto: {
            organisationId: string;
            organisationName: string;
            /** @description The organisation's current episodes, by participant name */
            items: components["schemas"]["ProviderClientDto"][];
        };
        DrawOverrideSummaryDto: {
            id: string;
            /** @enum {string} */
            action: "force" | "excuse";
            reason: string;
        };
        DrawListEntryDto: {
            participantId: string;
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            programCode: string | null;
            /** @description Frequency in force that day; null for a participant forced without being in the draw */
            testsPerWeek: number | null;
            /** @description Whether the random draw itself selected the participant */
            selectedByDraw: boolean;
            /**
             * @description Guard rail that moved the chance
             * @enum {string|null}
             */
            rule: "max_untested_days" | "max_tests_per_7_days" | null;
            /** @description A staff force or excuse, always shown as such */
            override: components["schemas"]["DrawOverrideSummaryDto"] | null;
        };
        DrawDayDto: {
            drawId: string;
            courtId: string;
            /** @example 2026-11-23 */
            courtDay: string;
            committedAt: string;
            windowOpensAt: string;
            windowClosesAt: string;
            reportBy: string;
            /** @description Participants in the draw */
            participantCount: number;
            /** @description Participants the random draw selected (before overrides) */
            selectedCount: number;
            /** @description To test today: selected and not excused, or forced */
            toTest: components["schemas"]["DrawListEntryDto"][];
            /** @description Excused by staff for the day */
            excused: components["schemas"]["DrawListEntryDto"][];
        };
        DrawVerificationDto: {
            courtId: string;
            courtDay: string;
            /**
             * @description value = HMAC-SHA256(seed, "<courtDay>|<participantId>") first 53 bits / 2^53; selected when value < probability
             * @example hmac-sha256-53bit/v1
             */
            algorithm: string;
            /** @description Hex SHA-256 of the seed, stored when the draw was made */
            commitment: string;
            committedAt: string;
            windowOpensAt: string;
            /** @description False when the draw had to be made late, after the window opened */
            committedBeforeWindowOpened: boolean;
            /** @description The seed is published when the court day is over */
            revealsAt: string;
            participantCount: number;
            /** @description Hex seed; null until the court day is over */
            seed: string | null;
            /** @description Whether the seed matches the commitment and recomputes every stored selection exactly */
            verified: boolean | null;
            commitmentMatches: boolean | null;
            /** @description Entries whose stored selection or probability the seed does not reproduce */
            mismatchedEntries: number | null;
            /** @description Whether the entries still number what the draw recorded when it was made */
            entriesMatchCounts: boolean | null;
        };
        BoardWindowDto: {
            opensAt: string;
            closesAt: string;
            open: boolean;
        };
        BoardCountsDto: {
            inDraw: number;
            toTest: number;
            excused: number;
            calledIn: number;
            notCalledIn: number;
            /** @description Called in while the draw was missing; they must call again */
            toldToCallAgain: number;
            collected: number;
            awaitingCollection: number;
            /** @description To test, no specimen, reporting deadline passed */
            missing: number;
        };
        BoardSiteDto: {
            testingSite: string;
            collected: number;
        };
        BoardOverrideDto: {
            /** @enum {string} */
            action: "force" | "excuse";
            reason: string;
        };
        BoardParticipantDto: {
            participantId: string;
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            inDraw: boolean;
            /** @description Selected and not excused, or forced */
            toTest: boolean;
            override: components["schemas"]["BoardOverrideDto"] | null;
            calledInAt: string | null;
            /** @description What the call-in answered; null when told to call again */
            toldToTest: boolean | null;
            collectedAt: string | null;
            testingSite: string | null;
            /** @enum {string} */
            state: "excused" | "not_called_in" | "called_in" | "awaiting_collection" | "collected" | "missing";
        };
        TestingBoardDto: {
            courtId: string;
            courtDay: string;
            /**
             * @description `missing`: the draw should exist and does not — staff must act
             * @enum {string}
             */
            drawStatus: "made" | "missing" | "not_yet_due";
            drawAt: string;
            window: components["schemas"]["BoardWindowDto"];
            reportBy: string;
            counts: components["schemas"]["BoardCountsDto"];
            bySite: components["schemas"]["BoardSiteDto"][];
            participants: components["schemas"]["BoardParticipantDto"][];
        };
        RandomnessCheckDto: {
            courtId: string;
            month: string;
            /** @description Participants, draw records, expected and random tests, forced and excused counts */
            summary: Record<string, never>;
            /** @description Share of random tests on weekends and holidays against the share the frequencies expect */
            weekendHoliday: Record<string, never>;
            /** @description Distribution of days between consecutive random tests */
            gaps: Record<string, never>;
            /** @description Chi-square goodness of fit of random tests by weekday */
            weekday: Record<string, never>;
            /** @description Participants tested more or less often than a 99% band around their expectation (at most 50) */
            participantsOutsideExpected: string[];
        };
        TestingSiteDto: {
            id: string;
            courtId: string;
            name: string;
            address: string;
            hours: string;
            instructions: string | null;
            /**
             * @description Instructions and hours in other languages, as stored ({} when none)
             * @example {
             *       "es": {
             *         "instructions": "Traiga su identificación.",
             *         "hours": "Lun-Dom 06:00-17:00"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    instructions?: string;
                    hours?: string;
                };
            };
            active: boolean;
            /** @description Programs whose participants test here */
            programIds: string[];
            createdAt: string;
            updatedAt: string;
        };
        CreateTestingSiteDto: {
            /**
             * @description Unique in the court
             * @example Courthouse lab
             */
            name: string;
            /** @example 100 Main St, Room 12 */
            address: string;
            /**
             * @description Opening hours as the court words them
             * @example Mon-Sun 06:00-17:00
             */
            hours: string;
            /** @description What to bring, where to park… shown to a selected participant */
            instructions?: string | null;
            /**
             * @description Instructions and hours in other languages (keys en, es, pt; each { instructions, hours }, either optional); defaults to none
             * @example {
             *       "es": {
             *         "instructions": "Traiga su identificación.",
             *         "hours": "Lun-Dom 06:00-17:00"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    instructions?: string;
                    hours?: string;
                };
            };
            /** @default true */
            active: boolean;
            /** @description Programs of the court whose participants test here; defaults to none */
            programIds?: string[];
        };
        UpdateTestingSiteDto: {
            name?: string;
            address?: string;
            hours?: string;
            /** @description null removes them */
            instructions?: string | null;
            /**
             * @description Replaces the instructions and hours in other languages; {} removes them all
             * @example {
             *       "es": {
             *         "instructions": "Traiga su identificación.",
             *         "hours": "Lun-Dom 06:00-17:00"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    instructions?: string;
                    hours?: string;
                };
            };
            /** @description An inactive site is not offered to participants nor accepted for new collections */
            active?: boolean;
            /** @description Replaces the programs the site serves */
            programIds?: string[];
        };
        ResultInputDto: {
            /**
             * @description Required on a positive screen; absent on dilute, adulterated, substituted, invalid and refused
             * @enum {string|null}
             */
            substance?: "alcohol" | "amphetamines" | "barbiturates" | "benzodiazepines" | "buprenorphine" | "cocaine" | "fentanyl" | "kratom" | "methadone" | "methamphetamine" | "opiates" | "oxycodone" | "pcp" | "synthetic_cannabinoids" | "thc" | "other" | null;
            /**
             * @description `missed` is never recorded by hand; a confirmation is positive or negative
             * @enum {string}
             */
            outcome: "negative" | "positive" | "dilute" | "adulterated" | "substituted" | "invalid" | "refused" | "missed";
            /** @description The participant admits the use this positive shows */
            admitted?: boolean | null;
            /**
             * Format: uuid
             * @description Confirmations only (required there): the screen result of the same collection and substance it settles; the substance defaults to the screen's
             */
            supersedesId?: string | null;
        };
        CreateCollectionDto: {
            /**
             * @description When the specimen was collected; now when omitted; never in the future nor before enrolment (court days)
             * @example 2026-11-23T14:05:00Z
             */
            collectedAt?: string;
            /**
             * Format: uuid
             * @description An active testing site of the participant's court
             */
            testingSiteId?: string;
            /** @description Whether staff observed the collection */
            observed: boolean;
            /** @enum {string} */
            specimenType: "urine" | "oral_fluid" | "breath" | "sweat_patch";
            /** @description Staff notes; never shown to the participant */
            notes?: string;
            /** @description Screen results read at collection (e.g. an instant cup) */
            results?: components["schemas"]["ResultInputDto"][];
        };
        DrugTestResultDto: {
            id: string;
            /** @description Null for a missed test */
            collectionId: string | null;
            /**
             * @description Court day of the test
             * @example 2026-11-23
             */
            testedOn: string;
            /** @enum {string|null} */
            substance: "alcohol" | "amphetamines" | "barbiturates" | "benzodiazepines" | "buprenorphine" | "cocaine" | "fentanyl" | "kratom" | "methadone" | "methamphetamine" | "opiates" | "oxycodone" | "pcp" | "synthetic_cannabinoids" | "thc" | "other" | null;
            /** @enum {string} */
            outcome: "negative" | "positive" | "dilute" | "adulterated" | "substituted" | "invalid" | "refused" | "missed";
            /** @enum {string} */
            method: "screen" | "confirmation";
            /** @description The screen this confirmation settles */
            supersedesId: string | null;
            /** @description A confirmation contradicted this screen; it no longer counts */
            overturned: boolean;
            admitted: boolean;
            contestedAt: string | null;
            contestReason: string | null;
            /** @description When it was released to the participant */
            releasedAt: string | null;
            /** @description Staff only */
            recordedBy?: string | null;
            createdAt: string;
        };
        RecordedCollectionDto: {
            id: string;
            participantId: string;
            courtId: string;
            /**
             * @description Court day of collectedAt, in the court zone
             * @example 2026-11-23
             */
            courtDay: string;
            collectedAt: string;
            testingSiteId: string | null;
            testingSiteName: string | null;
            observed: boolean;
            /** @enum {string} */
            specimenType: "urine" | "oral_fluid" | "breath" | "sweat_patch";
            /**
             * @description random: the day's draw selected the participant; forced: staff ordered the test; for_cause: neither
             * @enum {string}
             */
            basis: "random" | "forced" | "for_cause";
            /** @description Staff only */
            notes?: string | null;
            /** @description Staff only */
            collectedBy?: string;
            createdAt: string;
            /** @description Screens first; a participant sees released results only */
            results: components["schemas"]["DrugTestResultDto"][];
            /** @description The open or answered violation this collection stands for; null when none */
            violationId: string | null;
        };
        CollectionDto: {
            id: string;
            participantId: string;
            courtId: string;
            /**
             * @description Court day of collectedAt, in the court zone
             * @example 2026-11-23
             */
            courtDay: string;
            collectedAt: string;
            testingSiteId: string | null;
            testingSiteName: string | null;
            observed: boolean;
            /** @enum {string} */
            specimenType: "urine" | "oral_fluid" | "breath" | "sweat_patch";
            /**
             * @description random: the day's draw selected the participant; forced: staff ordered the test; for_cause: neither
             * @enum {string}
             */
            basis: "random" | "forced" | "for_cause";
            /** @description Staff only */
            notes?: string | null;
            /** @description Staff only */
            collectedBy?: string;
            createdAt: string;
            /** @description Screens first; a participant sees released results only */
            results: components["schemas"]["DrugTestResultDto"][];
        };
        DrugTestHistoryDto: {
            participantId: string;
            /** @description Newest first */
            collections: components["schemas"]["CollectionDto"][];
            /** @description Missed tests (no collection), newest first */
            missedTests: components["schemas"]["DrugTestResultDto"][];
        };
        RecordResultsDto: {
            /**
             * @description A confirmation (laboratory) result settles a screen
             * @enum {string}
             */
            method: "screen" | "confirmation";
            results: components["schemas"]["ResultInputDto"][];
        };
        ContestResultDto: {
            /** @description Why the participant disputes the result */
            reason: string;
        };
        AdmitResultDto: {
            /** @description Staff note on the admission; added to the collection's staff notes */
            note?: string;
        };
        CallInRequestDto: {
            /**
             * @default web
             * @enum {string}
             */
            channel: "web" | "phone" | "sms";
        };
        TestingSiteInfoDto: {
            name: string;
            address: string;
            /**
             * @description In the reader's language (Accept-Language) where the court gave it, else as the court entered it
             * @example Mon-Sun 06:00-17:00
             */
            hours: string;
            /** @description In the reader's language (Accept-Language) where the court gave them, else as the court entered them */
            instructions: string | null;
        };
        CallInWindowDto: {
            /**
             * @description Court-local wall-clock time
             * @example 05:00
             */
            start: string;
            /**
             * @description Court-local wall-clock time; 24:00 is the end of the day
             * @example 09:00
             */
            end: string;
            /** @example Pacific/Honolulu */
            timeZone: string;
        };
        CallInAnswerDto: {
            /**
             * @description Court-local day the call counts for
             * @example 2026-11-23
             */
            courtDay: string;
            /**
             * @description `not_available`: the draw is not there yet; call again (never read as "no test")
             * @enum {string}
             */
            status: "selected" | "not_selected" | "not_available";
            /** @description Whether to test today; null while not available */
            selected: boolean | null;
            /** @description A plain sentence for the participant */
            message: string;
            /**
             * @description Proof of the call; the same for every call of the day
             * @example K7QM-2XDA
             */
            receiptCode: string;
            /** @description The first call of the day */
            calledAt: string;
            /**
             * @description Channel of the first call of the day
             * @enum {string}
             */
            channel: "web" | "phone" | "sms";
            /** @description When selected: the sample must be given by this instant */
            reportBy?: string;
            /**
             * @description When selected: the same deadline, court-local HH:MM
             * @example 17:00
             */
            reportByLocal?: string;
            /** @description When selected: where to test (the program's sites) */
            testingSites?: components["schemas"]["TestingSiteInfoDto"][];
            window: components["schemas"]["CallInWindowDto"];
        };
        PhoneCallInRequestDto: {
            /**
             * @description The court's code
             * @example DEMO
             */
            courtCode: string;
            /**
             * @description As typed, kept as a string (leading zeros matter)
             * @example D-0001
             */
            participantNumber: string;
            /**
             * @description As typed, kept as a string
             * @example 135790
             */
            pin: string;
            /** @enum {string} */
            channel: "phone" | "sms";
        };
        PhoneCallInAnswerDto: {
            /** @description A short plain sentence for the phone system to read out or text */
            say: string;
            /** @example K7QM-2XDA */
            receiptCode: string;
            /** @enum {string} */
            status: "selected" | "not_selected" | "not_available";
        };
        TodayWindowDto: {
            /**
             * @description Court-local wall-clock time
             * @example 05:00
             */
            start: string;
            /**
             * @description Court-local wall-clock time; 24:00 is the end of the day
             * @example 09:00
             */
            end: string;
            /** @example Pacific/Honolulu */
            timeZone: string;
            opensAt: string;
            closesAt: string;
            /** @description Whether the window is open now */
            open: boolean;
        };
        NextHearingDto: {
            scheduledAt: string;
            /** @example status */
            kind: string;
            /**
             * @description Where: the courtroom of its court session; null when it is on none
             * @example Courtroom 4B
             */
            courtroom: string | null;
        };
        TodayDto: {
            /** @example 2026-11-23 */
            courtDay: string;
            window: components["schemas"]["TodayWindowDto"];
            /** @description Whether the participant is to call in at all (active in the program) */
            callInRequired: boolean;
            /** @description Whether the participant has called in for this court day */
            calledIn: boolean;
            /** @description The day's answer; null until the participant has called in */
            callIn: components["schemas"]["CallInAnswerDto"] | null;
            nextHearing: components["schemas"]["NextHearingDto"] | null;
        };
        CreateDrawOverrideDto: {
            /**
             * @description Court-local day: today (until its reporting deadline) or later
             * @example 2026-11-23
             */
            courtDay: string;
            /**
             * @description `force`: the participant tests that day whatever the draw; `excuse`: they do not
             * @enum {string}
             */
            action: "force" | "excuse";
            /** @example Ordered by the judge at the hearing of 2026-11-20 */
            reason: string;
        };
        DrawOverrideDto: {
            id: string;
            participantId: string;
            /** @example 2026-11-23 */
            courtDay: string;
            /** @enum {string} */
            action: "force" | "excuse";
            reason: string;
            recordedBy: string;
            createdAt: string;
            withdrawnAt: string | null;
            withdrawnBy: string | null;
        };
        WithdrawDrawOverrideDto: {
            /** @example Entered for the wrong day */
            reason: string;
        };
        CreateTestingOrderDto: {
            /**
             * @description Tests a week while the order is in force, in steps of 0.5
             * @example 5
             */
            testsPerWeek: number;
            /**
             * @description First court day in force; not in the past (court time)
             * @example 2026-11-24
             */
            startsOn: string;
            /**
             * @description Last court day in force; not before startsOn, at most 365 days after it
             * @example 2026-12-22
             */
            endsOn: string;
            /** @example Sanction: increased testing for 4 weeks (hearing of 2026-11-23) */
            reason: string;
        };
        TestingOrderDto: {
            id: string;
            participantId: string;
            testsPerWeek: number;
            startsOn: string;
            endsOn: string;
            reason: string;
            orderedBy: string;
            createdAt: string;
            /** @description Whether the order is in force on the court day of now */
            inForce: boolean;
        };
        CreateOutageDto: {
            /**
             * Format: uuid
             * @description The court whose call-ins were affected; null for every court (system administrator only)
             */
            courtId: string | null;
            /** @example 2026-11-23T13:30:00Z */
            startsAt: string;
            /**
             * @description After startsAt, not in the future, at most 7 days after startsAt
             * @example 2026-11-23T15:10:00Z
             */
            endsAt: string;
            /** @example Telephone provider outage, ticket 4711 */
            reason: string;
        };
        OutageCourtDayDto: {
            courtId: string;
            /** @example 2026-11-23 */
            courtDay: string;
        };
        RecordedOutageDto: {
            id: string;
            /** @description Null: every court */
            courtId: string | null;
            startsAt: string;
            endsAt: string;
            reason: string;
            recordedBy: string;
            createdAt: string;
            /** @description Court days whose call-in window the outage overlaps */
            courtDays: components["schemas"]["OutageCourtDayDto"][];
            /** @description Open missed call-ins (and missed tests of participants who had not called in) dismissed for those days */
            dismissedViolations: number;
        };
        OutageDto: {
            id: string;
            /** @description Null: every court */
            courtId: string | null;
            startsAt: string;
            endsAt: string;
            reason: string;
            recordedBy: string;
            createdAt: string;
        };
        SessionSummaryDto: {
            id: string;
            /**
             * @description Court-local date
             * @example 2026-11-24
             */
            date: string;
            /**
             * @description Court-local start
             * @example 09:00
             */
            startTime: string;
            /** Format: date-time */
            startsAt: string;
            courtroom: string;
        };
        ViolationHearingProposalDto: {
            /** @enum {string} */
            status: "scheduled" | "proposed" | "no_session_before_deadline";
            /** @description The session of the hearing set (scheduled), or the one to use (proposed) */
            session: components["schemas"]["SessionSummaryDto"] | null;
            message: string;
        };
        ClockMomentDto: {
            /** @example reminder:24h */
            event: string;
            dueAt: string;
            firedAt: string | null;
            /** @description How long after its due time it fired */
            lateByMs: number | null;
            /** @enum {string|null} */
            outcome: "reminded" | "escalated" | "already_met" | null;
        };
        ViolationDto: {
            id: string;
            courtId: string;
            participantId: string;
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            kind: string;
            /** @enum {string} */
            status: "open" | "answered" | "dismissed";
            detectedAt: string;
            /** @description The participant must be before the judge, and the response recorded, by then */
            deadlineAt: string;
            /** @description Milliseconds left on the clock; negative once past */
            timeLeftMs: number;
            /** @description Open and past its deadline */
            overdue: boolean;
            escalatedAt: string | null;
            answeredAt: string | null;
            dismissedAt: string | null;
            dismissedReason: string | null;
            description: string | null;
            /** @description Ids of the records that show it (draw, call-in, collection…) */
            evidence: {
                [key: string]: unknown;
            };
            /** @description A hearing is scheduled between detection and the deadline; false on an open violation means staff must schedule one (or add a special session) */
            hearingBeforeDeadline: boolean;
            /** @description For an open violation: the hearing set before the deadline (scheduled), the earliest session before it that can take one (proposed), or none (no_session_before_deadline: add a special session); null once answered or dismissed */
            hearingProposal: components["schemas"]["ViolationHearingProposalDto"] | null;
            clock: components["schemas"]["ClockMomentDto"][];
        };
        CreateViolationDto: {
            /** @enum {string} */
            kind: "new_arrest" | "curfew" | "failure_to_appear" | "missed_treatment" | "other";
            /**
             * @description When it happened or became known; not in the future. The 72-hour clock starts here.
             * @example 2026-11-23T14:30:00Z
             */
            detectedAt: string;
            /** @description What staff saw (no treatment information) */
            description: string;
        };
        DismissViolationDto: {
            /** @example confirmation test was negative */
            reason: string;
        };
        SwiftnessRowDto: {
            /** @description Violation kind, or `all` */
            kind: string;
            violations: number;
            /** @description Answered (court response recorded) by the deadline */
            answeredInTime: number;
            /** @description answeredInTime ÷ (violations − dismissed); null when none count */
            shareAnsweredInTime: number | null;
            dismissed: number;
            /** @description Escalated, or open past the deadline */
            overdue: number;
            /** @description Median hours from detection to the recorded response */
            medianHoursToResponse: number | null;
            /** @description 90th percentile hours from detection to the recorded response */
            p90HoursToResponse: number | null;
        };
        SwiftnessDto: {
            courtId: string;
            from: string;
            to: string;
            /** @description Every kind together */
            all: components["schemas"]["SwiftnessRowDto"];
            byKind: components["schemas"]["SwiftnessRowDto"][];
        };
        CreateResponseDto: {
            /**
             * Format: uuid
             * @description An active entry of the participant's program catalogue
             */
            catalogueEntryId: string;
            /** @description The participant's open violations this answers (a sanction: at least one; an incentive: none) */
            violationIds?: string[];
            /**
             * @description Court-local date of the order; default today; not in the future
             * @example 2026-11-23
             */
            orderedOn?: string;
            /**
             * Format: uuid
             * @description The hearing at which the court ordered it
             */
            hearingId?: string;
            /** @description Hours of community service, or days of jail or of increased testing */
            amount?: number;
            /** @description Tests per week, for increased testing */
            testsPerWeek?: number;
            note?: string;
        };
        ResponseWarningDto: {
            /** @enum {string} */
            code: "jail_over_limit" | "level_skipped" | "no_recent_incentive";
            message: string;
        };
        CourtResponseDto: {
            /** @description Null for a dry run */
            id: string | null;
            participantId: string;
            /** @enum {string} */
            kind: "sanction" | "incentive" | "treatment_adjustment";
            code: string;
            name: string;
            level: number;
            /** @enum {string} */
            effect: "none" | "increased_testing" | "community_service" | "jail";
            amount: number | null;
            testsPerWeek: number | null;
            orderedOn: string;
            hearingId: string | null;
            /** @description Ordered by delegated staff, not by the judge */
            delegated: boolean;
            note: string | null;
            warnings: components["schemas"]["ResponseWarningDto"][];
            violationIds: string[];
            testingOrderId: string | null;
            custodyEndsAt: string | null;
            /** @description True for a check: nothing was recorded */
            dryRun: boolean;
        };
        ResponseRatioDto: {
            incentives: number;
            sanctions: number;
            treatmentAdjustments: number;
            /** @description Incentives per sanction (about 4 is the usual aim); null before any sanction */
            incentivesPerSanction: number | null;
        };
        ResponseHistoryDto: {
            items: components["schemas"]["CourtResponseDto"][];
            ratio: components["schemas"]["ResponseRatioDto"];
        };
        CatalogueEntryDto: {
            id: string;
            programId: string;
            /** @enum {string} */
            kind: "sanction" | "incentive" | "treatment_adjustment";
            code: string;
            /** @description As the court entered it */
            name: string;
            /**
             * @description The name in other languages, as stored ({} when none)
             * @example {
             *       "es": {
             *         "name": "Cárcel (días)"
             *       },
             *       "pt": {
             *         "name": "Prisão (dias)"
             *       }
             *     }
             */
            translations: {
                [key: string]: {
                    name?: string;
                };
            };
            level: number;
            /** @enum {string} */
            effect: "none" | "increased_testing" | "community_service" | "jail";
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        CreateCatalogueEntryDto: {
            /**
             * @description Copy the program model's default catalogue; only when the program has no entries yet, and with no other field
             * @enum {boolean}
             */
            fromDefault?: true;
            /**
             * @description Required unless fromDefault; fixed once created
             * @enum {string}
             */
            kind?: "sanction" | "incentive" | "treatment_adjustment";
            /**
             * @description Required unless fromDefault; unique in the program; stored upper-case; 2-32 of A-Z, 0-9 and _. Fixed once created.
             * @example JAIL
             */
            code?: string;
            /**
             * @description Required unless fromDefault
             * @example Jail (days)
             */
            name?: string;
            /**
             * @description The name in other languages (keys en, es, pt; each { name }); defaults to none. Not with fromDefault.
             * @example {
             *       "es": {
             *         "name": "Cárcel (días)"
             *       },
             *       "pt": {
             *         "name": "Prisão (dias)"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
            /** @description Required unless fromDefault; 1 is the mildest */
            level?: number;
            /**
             * @description jail and community_service only on a sanction; fixed once created
             * @default none
             * @enum {string}
             */
            effect: "none" | "increased_testing" | "community_service" | "jail";
        };
        UpdateCatalogueEntryDto: {
            name?: string;
            /**
             * @description Replaces the name in other languages; {} removes them all
             * @example {
             *       "es": {
             *         "name": "Cárcel (días)"
             *       },
             *       "pt": {
             *         "name": "Prisão (dias)"
             *       }
             *     }
             */
            translations?: {
                [key: string]: {
                    name?: string;
                };
            };
            level?: number;
            /** @description A retired (inactive) entry cannot be ordered any more; responses already ordered keep it */
            active?: boolean;
        };
        DocketJudgeDto: {
            id: string;
            name: string;
        };
        DocketSessionDto: {
            id: string;
            courtId: string;
            /**
             * @description Court-local date
             * @example 2026-11-24
             */
            date: string;
            /**
             * @description Court-local start
             * @example 09:00
             */
            startTime: string;
            /** Format: date-time */
            startsAt: string;
            courtroom: string;
            /** @description The presiding judge */
            judge: components["schemas"]["DocketJudgeDto"] | null;
            /** @enum {string} */
            docketOrder: "compliant_first" | "violations_first" | "name" | "participant_number";
            special: boolean;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description The court time zone the dates are in */
            timeZone: string;
        };
        DocketOutcomeRefDto: {
            /** @example present */
            attendance: string;
            /** @description 1 as first recorded; each amendment adds one */
            version: number;
        };
        DocketHearingDto: {
            id: string;
            kind: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            /** @description The outcome once recorded (latest version) */
            outcome: components["schemas"]["DocketOutcomeRefDto"] | null;
        };
        DocketParticipantDto: {
            id: string;
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            status: string;
            programCode: string | null;
        };
        DocketPeriodDto: {
            lastHearingId: string | null;
            /** @description Court date of the last hearing held; null before the first */
            lastHearingOn: string | null;
            /** @description First court day summarised: the day after the last hearing, or enrolment */
            from: string;
            /** @description Last court day summarised: today, or the session date if earlier */
            to: string;
        };
        DocketPhaseDto: {
            id: string;
            position: number;
            /** @description In the reader's language where the court gave one, else as the court entered it */
            name: string;
            /** @description Phases in the plan */
            phaseCount: number;
            daysInPhase: number;
            continuousSoberDays: number;
            soberSince: string;
        };
        DocketRequirementDto: {
            code: string;
            /** @description Null when withheld (no consent covers the facts) */
            met: boolean | null;
            required: number;
            actual: number | null;
            remaining: number | null;
            name?: string;
            summary: string;
        };
        DocketReadinessDto: {
            /** @description Every requirement met */
            ready: boolean;
            requirements: components["schemas"]["DocketRequirementDto"][];
            /** @description What is still needed to advance, in words */
            nextRequirements: string[];
        };
        DocketTestsDto: {
            /** @description Days the participant was to test (selected and not excused, or forced) */
            selected: number;
            calledIn: number;
            collected: number;
            /** @description Current results by outcome (overturned and superseded ones left out; missed tests counted apart) */
            results: {
                [key: string]: number;
            };
            /** @description Collections with no result yet */
            awaitingResults: number;
            missedCallIns: number;
            missedTests: number;
        };
        DocketViolationDto: {
            id: string;
            kind: string;
            /** @enum {string} */
            status: "open" | "answered" | "dismissed";
            /** Format: date-time */
            detectedAt: string;
            /** Format: date-time */
            deadlineAt: string;
            /** @description Hours left on the clock (negative when overdue); null once met or dismissed */
            hoursLeft: number | null;
            /** @description Open and past its deadline */
            overdue: boolean;
        };
        DocketResponseDto: {
            id: string;
            /** @enum {string} */
            kind: "sanction" | "incentive" | "treatment_adjustment";
            code: string;
            /** @description The catalogue entry's name in the reader's language where the court gave one, else as the court entered it */
            name: string;
            effect: string;
            amount: number | null;
            orderedOn: string;
        };
        DocketRatioDto: {
            incentives: number;
            sanctions: number;
            treatmentAdjustments: number;
            incentivesPerSanction: number | null;
        };
        DocketAttendanceDto: {
            /** @description True when no consent lets this information flow to you: the counts are then null, not zero */
            withheld: boolean;
            withheldReason: string | null;
            attended: number | null;
            excused: number | null;
            noShow: number | null;
            /** @description Sessions scheduled after the period */
            upcoming: number | null;
        };
        DocketProgressReportDto: {
            id: string;
            organisationName: string;
            reportedOn: string;
            engagement: string;
            levelOfCareRecommendation: string | null;
            narrative: string;
        };
        DocketProgressDto: {
            /** @description True when no consent lets progress reports flow to you (the report is then null, which says nothing about whether one exists) */
            withheld: boolean;
            withheldReason: string | null;
            latest: components["schemas"]["DocketProgressReportDto"] | null;
        };
        DocketCommunityServiceDto: {
            /** @description Hours done since enrolment */
            done: number;
            /** @description Hours required by the current phase plus any ordered as sanctions; 0 when none */
            required: number;
            doneSinceLastHearing: number;
        };
        DocketEntryDto: {
            /** @description 1 for the first called */
            position: number;
            hearing: components["schemas"]["DocketHearingDto"];
            participant: components["schemas"]["DocketParticipantDto"];
            /** @description No open violation and none since the last hearing */
            compliant: boolean;
            since: components["schemas"]["DocketPeriodDto"];
            phase: components["schemas"]["DocketPhaseDto"] | null;
            readiness: components["schemas"]["DocketReadinessDto"] | null;
            tests: components["schemas"]["DocketTestsDto"];
            /** @description Open violations (any age) and those detected since the last hearing */
            violations: components["schemas"]["DocketViolationDto"][];
            /** @description Responses since the last hearing */
            responses: components["schemas"]["DocketResponseDto"][];
            /** @description Running totals since enrolment */
            ratio: components["schemas"]["DocketRatioDto"];
            treatmentAttendance: components["schemas"]["DocketAttendanceDto"];
            progressReport: components["schemas"]["DocketProgressDto"];
            communityService: components["schemas"]["DocketCommunityServiceDto"];
            /** @description Milestones achieved since the last hearing */
            milestonesSinceLastHearing: string[];
        };
        DocketDto: {
            session: components["schemas"]["DocketSessionDto"];
            /** Format: date-time */
            generatedAt: string;
            entries: components["schemas"]["DocketEntryDto"][];
            /** @description The 42 CFR §2.32 notice in the reader's language (Accept-Language), present whenever the docket carries treatment information */
            redisclosureNotice: string | null;
            /**
             * @description The law the notice is given under; null when there is no notice
             * @example 42 CFR Part 2
             */
            lawName: string | null;
        };
        OutcomeResponseDto: {
            /**
             * Format: uuid
             * @description An active entry of the participant's program catalogue
             */
            catalogueEntryId: string;
            /** @description The participant's open violations this answers (a sanction: at least one; an incentive: none) */
            violationIds?: string[];
            /** @description Hours of community service, or days of jail or of increased testing */
            amount?: number;
            /** @description Tests per week, for increased testing */
            testsPerWeek?: number;
            note?: string;
        };
        OutcomeDismissalDto: {
            /** Format: uuid */
            violationId: string;
            /** @description Why the court dismissed it */
            reason: string;
        };
        OutcomePhaseChangeDto: {
            /** @enum {string} */
            direction: "promote" | "demote";
            /** @description The phase to move to; defaults to the next (promotion) or previous (demotion) phase */
            toPhaseId?: string;
            /** @description The court’s order in words */
            reason: string;
            /** @description Required for a demotion: what the participant must do to move back up */
            remedialPlan?: string;
        };
        OutcomeStatusChangeDto: {
            /** @enum {string} */
            status: "active" | "in_custody" | "warrant" | "medical_leave" | "graduated" | "terminated" | "withdrawn" | "transferred";
            reason: string;
        };
        OutcomeNextHearingDto: {
            /**
             * Format: uuid
             * @description A future session of the court hearing the participant’s program
             */
            sessionId: string;
            /** @enum {string} */
            kind: "warning" | "status" | "violation" | "phase_review" | "graduation" | "termination";
        };
        RecordHearingOutcomeDto: {
            /** @enum {string} */
            attendance: "appeared" | "failed_to_appear" | "excused";
            /** @description With failed_to_appear: issue a bench warrant (the participant’s status becomes warrant) */
            warrant?: boolean;
            responses?: components["schemas"]["OutcomeResponseDto"][];
            /** @description Open violations the court dismisses (their clocks stop) */
            dismissals?: components["schemas"]["OutcomeDismissalDto"][];
            phaseChange?: components["schemas"]["OutcomePhaseChangeDto"];
            /** @description Graduation, termination, custody, leave… */
            statusChange?: components["schemas"]["OutcomeStatusChangeDto"];
            /** @description What the court said; no treatment information */
            notes?: string;
            nextHearing?: components["schemas"]["OutcomeNextHearingDto"];
        };
        OutcomeResponseEffectDto: {
            id: string;
            code: string;
            kind: string;
            violationIds: string[];
            /** @description What the court was warned of when ordering it (jail over the limit, a skipped level…) */
            warnings: string[];
        };
        OutcomeEffectsDto: {
            responses: components["schemas"]["OutcomeResponseEffectDto"][];
            /** @description Violations answered by the responses */
            violationsAnswered: string[];
            violationsDismissed: string[];
            /** @description The failure-to-appear violation */
            failureToAppearViolationId: string | null;
            phaseChangeId: string | null;
            statusChangeId: string | null;
            nextHearingId: string | null;
            /** @description Notes about an amendment: what it changed and what it could not undo */
            amendmentNotes?: string[];
        };
        HearingOutcomeDto: {
            id: string;
            hearingId: string;
            participantId: string;
            /** @description 1 as first recorded; each amendment adds one */
            version: number;
            /** @enum {string} */
            attendance: "appeared" | "failed_to_appear" | "excused";
            notes: string | null;
            effects: components["schemas"]["OutcomeEffectsDto"];
            amendmentReason: string | null;
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description True when this answers a repeat of a request already recorded: nothing new was written */
            replayed: boolean;
        };
        AmendHearingOutcomeDto: {
            /** @enum {string} */
            attendance?: "appeared" | "failed_to_appear" | "excused";
            /** @description Replaces the notes; null clears them */
            notes?: string | null;
            /** @description Why the outcome is amended (kept with the new version) */
            reason: string;
        };
        HearingOutcomeHistoryDto: {
            /** @description Every version, first to latest */
            versions: components["schemas"]["HearingOutcomeDto"][];
        };
        TestingFiguresDto: {
            /** @description Distinct participants in a draw, ordered to test or tested */
            participants: number;
            /** @description Participant-days in the court's draws (the exposure every rate is per) */
            participantDays: number;
            /** @description Participant-days under a court testing order (increased testing) */
            participantDaysUnderOrder: number;
            /** @description Tests the frequencies in force call for on average: Σ tests-per-week ÷ 7 over participant-days */
            expectedTests: number;
            /** @description Selected by the draw */
            drawn: number;
            /** @description Selected by the draw on a day a court testing order raised the frequency */
            drawnUnderOrder: number;
            /** @description Selected by the draw, then excused by staff */
            excused: number;
            /** @description Not selected, but ordered to test by staff (forced) */
            forced: number;
            /** @description Tests ordered: drawn − excused + forced */
            ordered: number;
            /** @description Participant-days with a specimen collected (any basis: random, forced, for cause) */
            collected: number;
            /** @description Ordered tests with a specimen collected that day */
            orderedCollected: number;
            /** @description Ordered tests on a Saturday or Sunday (court-local) */
            weekendOrdered: number;
            /** @description Collected tests on a Saturday or Sunday (court-local) */
            weekendCollected: number;
            /** @description expectedTests per participant-week */
            expectedPerParticipantWeek: number | null;
            /** @description ordered per participant-week */
            orderedPerParticipantWeek: number | null;
            /** @description collected per participant-week */
            collectedPerParticipantWeek: number | null;
            /** @description orderedCollected ÷ ordered */
            shareOrderedCollected: number | null;
            /** @description weekendOrdered ÷ ordered */
            weekendShareOfOrdered: number | null;
            /** @description weekendCollected ÷ collected */
            weekendShareOfCollected: number | null;
        };
        TestingPhaseDto: {
            /** @description Distinct participants in a draw, ordered to test or tested */
            participants: number;
            /** @description Participant-days in the court's draws (the exposure every rate is per) */
            participantDays: number;
            /** @description Participant-days under a court testing order (increased testing) */
            participantDaysUnderOrder: number;
            /** @description Tests the frequencies in force call for on average: Σ tests-per-week ÷ 7 over participant-days */
            expectedTests: number;
            /** @description Selected by the draw */
            drawn: number;
            /** @description Selected by the draw on a day a court testing order raised the frequency */
            drawnUnderOrder: number;
            /** @description Selected by the draw, then excused by staff */
            excused: number;
            /** @description Not selected, but ordered to test by staff (forced) */
            forced: number;
            /** @description Tests ordered: drawn − excused + forced */
            ordered: number;
            /** @description Participant-days with a specimen collected (any basis: random, forced, for cause) */
            collected: number;
            /** @description Ordered tests with a specimen collected that day */
            orderedCollected: number;
            /** @description Ordered tests on a Saturday or Sunday (court-local) */
            weekendOrdered: number;
            /** @description Collected tests on a Saturday or Sunday (court-local) */
            weekendCollected: number;
            /** @description expectedTests per participant-week */
            expectedPerParticipantWeek: number | null;
            /** @description ordered per participant-week */
            orderedPerParticipantWeek: number | null;
            /** @description collected per participant-week */
            collectedPerParticipantWeek: number | null;
            /** @description orderedCollected ÷ ordered */
            shareOrderedCollected: number | null;
            /** @description weekendOrdered ÷ ordered */
            weekendShareOfOrdered: number | null;
            /** @description weekendCollected ÷ collected */
            weekendShareOfCollected: number | null;
            /**
             * Format: uuid
             * @description Null for participant-days outside any phase
             */
            programId: string | null;
            /** @example ATC */
            programCode: string | null;
            programName: string | null;
            /** @description Phase number in the program (1 = first) */
            phasePosition: number | null;
            /** @description The phase's name in the program's newest phase plan */
            phaseName: string | null;
            /** @description The phase's planned tests per week */
            plannedTestsPerWeek: number | null;
        };
        TestingWeekDto: {
            /** @description Distinct participants in a draw, ordered to test or tested */
            participants: number;
            /** @description Participant-days in the court's draws (the exposure every rate is per) */
            participantDays: number;
            /** @description Participant-days under a court testing order (increased testing) */
            participantDaysUnderOrder: number;
            /** @description Tests the frequencies in force call for on average: Σ tests-per-week ÷ 7 over participant-days */
            expectedTests: number;
            /** @description Selected by the draw */
            drawn: number;
            /** @description Selected by the draw on a day a court testing order raised the frequency */
            drawnUnderOrder: number;
            /** @description Selected by the draw, then excused by staff */
            excused: number;
            /** @description Not selected, but ordered to test by staff (forced) */
            forced: number;
            /** @description Tests ordered: drawn − excused + forced */
            ordered: number;
            /** @description Participant-days with a specimen collected (any basis: random, forced, for cause) */
            collected: number;
            /** @description Ordered tests with a specimen collected that day */
            orderedCollected: number;
            /** @description Ordered tests on a Saturday or Sunday (court-local) */
            weekendOrdered: number;
            /** @description Collected tests on a Saturday or Sunday (court-local) */
            weekendCollected: number;
            /** @description expectedTests per participant-week */
            expectedPerParticipantWeek: number | null;
            /** @description ordered per participant-week */
            orderedPerParticipantWeek: number | null;
            /** @description collected per participant-week */
            collectedPerParticipantWeek: number | null;
            /** @description orderedCollected ÷ ordered */
            shareOrderedCollected: number | null;
            /** @description weekendOrdered ÷ ordered */
            weekendShareOfOrdered: number | null;
            /** @description weekendCollected ÷ collected */
            weekendShareOfCollected: number | null;
            /**
             * @description Monday of the court-local week
             * @example 2026-11-02
             */
            weekStart: string;
            /** @description Days of this week inside the period (1-7) */
            days: number;
        };
        TestingFidelityDto: {
            courtId: string;
            from: string;
            to: string;
            /** @description Saturdays and Sundays among the period's days: the weekend share a draw that ignores the weekday gives on average */
            weekendDayShare: number;
            /** @description The whole court over the period */
            all: components["schemas"]["TestingFiguresDto"];
            /** @description By program and phase (the phase the participant was in that day) */
            byPhase: components["schemas"]["TestingPhaseDto"][];
            /** @description Every week the period touches, oldest first */
            weeks: components["schemas"]["TestingWeekDto"][];
        };
        PhaseTotalsDto: {
            /** @description Promotions to a higher phase */
            promotions: number;
            /** @description Demotions to a lower phase */
            demotions: number;
            graduations: number;
            terminations: number;
            withdrawals: number;
            transfers: number;
            /** @description Who left the program in the period: graduations + terminations + withdrawals + transfers */
            left: number;
            /** @description graduations ÷ left; null when nobody left */
            graduationRate: number | null;
            /** @description Participants in the program now (active, in custody, on warrant or medical leave), with or without a phase */
            inProgramNow: number;
        };
        PhaseMonthDto: {
            /** @description Promotions to a higher phase */
            promotions: number;
            /** @description Demotions to a lower phase */
            demotions: number;
            graduations: number;
            terminations: number;
            withdrawals: number;
            transfers: number;
            /**
             * @description Court-local calendar month (the period may cover part of it)
             * @example 2026-11
             */
            month: string;
        };
        PhaseFiguresDto: {
            /** Format: uuid */
            programId: string;
            /** @example ATC */
            programCode: string;
            programName: string;
            /** @description Phase number in the program (1 = first) */
            phasePosition: number;
            /** @description The phase's name in the program's newest phase plan */
            phaseName: string;
            /** @description Participants in the program (active, in custody, on warrant or medical leave) in this phase now */
            participantsNow: number;
            /** @description Median days so far in this phase of those in it now */
            medianDaysSoFar: number | null;
            /** @description Stays in this phase that ended in the period (by promotion, demotion or discharge) */
            completedStays: number;
            /** @description Median days of those completed stays */
            medianDaysInPhase: number | null;
            /** @description Of those stays, ended by promotion to the next phase */
            promotedOut: number;
            /** @description Of those stays, ended by demotion */
            demotedOut: number;
        };
        PhaseMeasuresDto: {
            courtId: string;
            from: string;
            to: string;
            /** @description Court-local date the "now" figures are of */
            asOf: string;
            /** @description Moves and exits over the whole period */
            totals: components["schemas"]["PhaseTotalsDto"];
            /** @description Every month the period touches, oldest first */
            months: components["schemas"]["PhaseMonthDto"][];
            /** @description Each phase of the court's programs, by program then phase number */
            phases: components["schemas"]["PhaseFiguresDto"][];
        };
        HearingDto: {
            id: string;
            /** @enum {string} */
            kind: "warning" | "status" | "violation" | "phase_review" | "graduation" | "termination";
            /** Format: date-time */
            scheduledAt: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            cancellationReason: string | null;
            /** @description The court session it is on; null for a hearing set outside the calendar */
            sessionId: string | null;
            /** @description The session's courtroom; null without a session */
            courtroom: string | null;
        };
        ScheduleHearingDto: {
            /** @description A court session of the participant's court, not yet started, hearing their program */
            sessionId: string;
            /** @enum {string} */
            kind: "warning" | "status" | "violation" | "phase_review" | "graduation" | "termination";
        };
        MoveHearingDto: {
            /** @description The session to move the hearing to (same rules as scheduling) */
            sessionId: string;
        };
        CancelHearingDto: {
            /** @example moved to the violation hearing on Thursday */
            reason: string;
        };
        JudgeRefDto: {
            id: string;
            name: string;
        };
        ProgramRefDto: {
            id: string;
            /** @example ATC */
            code: string;
            name: string;
        };
        CourtSessionDto: {
            id: string;
            courtId: string;
            /**
             * @description Court-local date
             * @example 2026-11-24
             */
            date: string;
            /**
             * @description Court-local start
             * @example 09:00
             */
            startTime: string;
            /** Format: date-time */
            startsAt: string;
            judge: components["schemas"]["JudgeRefDto"] | null;
            courtroom: string;
            /** @description The session hears every program of the court (it names none) */
            allPrograms: boolean;
            /** @description Programs heard (all of the court’s when allPrograms) */
            programs: components["schemas"]["ProgramRefDto"][];
            /** @description Most hearings it takes; null for no limit */
            capacity: number | null;
            /**
             * @description The session's docket order, or the court's default
             * @enum {string}
             */
            docketOrder: "compliant_first" | "violations_first" | "name" | "participant_number";
            /** @description The docket order is the court's default (the session sets none) */
            docketOrderIsCourtDefault: boolean;
            special: boolean;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            cancellationReason: string | null;
            notes: string | null;
            /** @description Hearings on it, scheduled or held (not cancelled) */
            hearingCount: number;
        };
        CreateCourtSessionDto: {
            /**
             * @description Court-local date of the sitting
             * @example 2026-11-24
             */
            date: string;
            /**
             * @description Court-local start, HH:MM, in the court's time zone; must exist that day and be in the future
             * @example 09:00
             */
            startTime: string;
            /** @example Courtroom 4B */
            courtroom: string;
            /** @description The presiding judge: a user holding the judge role in this court */
            judgeId?: string | null;
            /** @description Programs of this court heard at the session; empty or absent for all of them */
            programIds?: string[];
            /** @description Most hearings it takes; absent or null for no limit */
            capacity?: number | null;
            /**
             * @description Order the docket is called in; absent or null for the court's default
             * @enum {string|null}
             */
            docketOrder?: "compliant_first" | "violations_first" | "name" | "participant_number" | null;
            /** @description Added outside the regular calendar (e.g. to meet a 72-hour deadline); only a special session may sit on a court holiday */
            special?: boolean;
            /** @description For the court team; no participant information */
            notes?: string | null;
        };
        SessionHearingDto: {
            id: string;
            participantId: string;
            participantNumber: string | null;
            firstName: string;
            lastName: string;
            /** @enum {string} */
            kind: "warning" | "status" | "violation" | "phase_review" | "graduation" | "termination";
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
        };
        CourtSessionDetailDto: {
            id: string;
            courtId: string;
            /**
             * @description Court-local date
             * @example 2026-11-24
             */
            date: string;
            /**
             * @description Court-local start
             * @example 09:00
             */
            startTime: string;
            /** Format: date-time */
            startsAt: string;
            judge: components["schemas"]["JudgeRefDto"] | null;
            courtroom: string;
            /** @description The session hears every program of the court (it names none) */
            allPrograms: boolean;
            /** @description Programs heard (all of the court’s when allPrograms) */
            programs: components["schemas"]["ProgramRefDto"][];
            /** @description Most hearings it takes; null for no limit */
            capacity: number | null;
            /**
             * @description The session's docket order, or the court's default
             * @enum {string}
             */
            docketOrder: "compliant_first" | "violations_first" | "name" | "participant_number";
            /** @description The docket order is the court's default (the session sets none) */
            docketOrderIsCourtDefault: boolean;
            special: boolean;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            cancellationReason: string | null;
            notes: string | null;
            /** @description Hearings on it, scheduled or held (not cancelled) */
            hearingCount: number;
            /** @description Its hearings, cancelled ones last */
            hearings: components["schemas"]["SessionHearingDto"][];
        };
        UpdateCourtSessionDto: {
            /**
             * @description New court-local date; its hearings move with it
             * @example 2026-11-25
             */
            date?: string;
            /**
             * @description New court-local start; its hearings move with it
             * @example 13:30
             */
            startTime?: string;
            courtroom?: string;
            /** @description A judge of this court; null for none */
            judgeId?: string | null;
            /** @description Programs heard; empty for all. Cannot leave out the program of a participant already on the session. */
            programIds?: string[];
            /** @description Null for no limit; not below the hearings already on it (409) */
            capacity?: number | null;
            /**
             * @description Null for the court's default
             * @enum {string|null}
             */
            docketOrder?: "compliant_first" | "violations_first" | "name" | "participant_number" | null;
            notes?: string | null;
        };
        CancelCourtSessionDto: {
            /** @example the judge is at a conference */
            reason: string;
            /** @description Also cancel the hearings still scheduled on it; without it a session with hearings is refused (409 session-has-hearings) */
            cancelHearings?: boolean;
        };
        ProposedSessionDto: {
            id: string;
            /**
             * @description Court-local date
             * @example 2026-11-24
             */
            date: string;
            /**
             * @description Court-local start
             * @example 09:00
             */
            startTime: string;
            /** Format: date-time */
            startsAt: string;
            courtroom: string;
            capacity: number | null;
            /** @description Hearings already on it */
            hearingCount: number;
            /** @description Days from the due date to the session (negative: before it) */
            daysFromDue: number;
        };
        StatusHearingProposalDto: {
            /** @enum {string} */
            kind: "status";
            /**
             * @description Court-local date the next status hearing is due; null when none is due
             * @example 2026-12-08
             */
            due: string | null;
            /** @description The phase's hearing frequency, in weeks */
            everyWeeks: number | null;
            /**
             * @description What the interval counts from
             * @enum {string|null}
             */
            basis: "last_hearing" | "phase_start" | "enrolment" | null;
            basisDate: string | null;
            /** @description The open session closest to the due date (ties: the earlier) */
            session: components["schemas"]["ProposedSessionDto"] | null;
            /** @description Up to three more, by closeness */
            alternatives: components["schemas"]["ProposedSessionDto"][];
            /** @description The participant’s next hearing already scheduled, if any */
            alreadyScheduled: components["schemas"]["HearingDto"] | null;
            /** @description Why nothing is proposed */
            reason: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Postgres and Redis both answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Postgres or Redis does not answer; the body names which. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VersionController_version: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    AuthController_participantLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_changeSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSecretDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_setUpTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetupDto"];
                };
            };
        };
    };
    AuthController_confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmTotpDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Only users with a membership in this court */
                courtId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_assignRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                courtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignMembershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_removeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_resetPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPinDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_resetSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires user.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditEventsController_search: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only rows older than this id: the `nextBefore` of the previous page */
                before?: string;
                /** @description Only rows about this participant */
                participantId?: string;
                /** @description Only rows of this acting user */
                userId?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                /** @description Up to this instant (exclusive); not before `from` */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires audit.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditEventsController_accessLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only rows older than this id: the `nextBefore` of the previous page */
                before?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPageDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires access_log.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires consent.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsentsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires consent.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires consent.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsentsController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeConsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires consent.revoke */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCourtDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCourtDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtHolidaysController_list: {
        parameters: {
            query?: {
                /** @description Only holidays in this calendar year; all when omitted */
                year?: number;
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtHolidaysController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHolidayDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtHolidaysController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
                holidayId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProviderOrganisationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOrganisationDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProviderOrganisationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProviderOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOrganisationDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProviderOrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProviderOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOrganisationDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantsController_list: {
        parameters: {
            query?: {
                /** @description Only this court (one of the caller’s) */
                courtId?: string;
                programId?: string;
                /** @description One status, or several separated by commas */
                status?: string[];
                /** @description A phase (of one plan version) */
                phaseId?: string;
                /** @description Phase by number, across plan versions */
                phase?: number;
                caseManagerId?: string;
                /** @description Only participants who meet (true) or do not yet meet (false) every requirement of their phase */
                readyToAdvance?: boolean;
                /** @description Only participants with (true) or without (false) an open violation */
                hasOpenViolation?: boolean;
                /** @description Start of a last name, first name or participant number */
                q?: string;
                sort?: "name" | "number" | "status" | "phase" | "phaseStartedOn" | "enrolledOn";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPageDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantsController_refer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferParticipantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateParticipantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantsController_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantsController_statusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusChangeDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantsController_phaseHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseHistoryDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantPathController_recordScreening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordScreeningDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantPathController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantPathController_changeStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.status_change */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantPathController_enrol: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolParticipantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantPathController_changePhase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhaseChangeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.phase_change */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantPathController_changePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.phase_change */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadinessBoardController_list: {
        parameters: {
            query?: {
                programId?: string;
                /** @description Phase by number, across plan versions */
                phase?: number;
                caseManagerId?: string;
                /** @description Statuses in the program, separated by commas; default: active */
                status?: "active" | "in_custody" | "warrant" | "medical_leave";
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessBoardDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramTemplatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramTemplateDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgramDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgramDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhasePlansController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhasePlanSummaryDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhasePlansController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePhasePlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhasePlanDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhasePlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                phasePlanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhasePlanDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerController_communityService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityServiceLedgerDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerController_addCommunityService: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunityServiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityServiceEntryDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerController_feePayments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeePaymentLedgerDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerController_addFeePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeePaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeePaymentDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MilestonesController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMilestoneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AdmittedUseController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmittedUseDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AdmittedUseController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdmittedUseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmittedUseDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseNotesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNotesDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires case_note.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseNotesController_write: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNoteDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires case_note.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentController_listReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderReferralDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentController_refer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProviderReferralDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderReferralDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires provider_referral.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentController_updateReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProviderReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderReferralDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires provider_referral.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentController_endReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndProviderReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderReferralDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires provider_referral.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentController_listNotes: {
        parameters: {
            query?: {
                category?: "treatment_attendance" | "treatment_progress" | "treatment_plan" | "diagnosis_and_assessment" | "level_of_care" | "discharge_summary";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatmentNotesDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentController_writeNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTreatmentNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatmentNoteDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentAttendanceController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatmentAttendanceListDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentAttendanceController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTreatmentAttendanceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatmentAttendanceDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentAttendanceController_recordGroupSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSessionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TreatmentAttendanceController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTreatmentAttendanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreatmentAttendanceDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgressReportsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReportListDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgressReportsController_write: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgressReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReportDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProviderClientsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderClientListDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires treatment.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DrawsController_day: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
                /** @description Court-local calendar date */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawDayDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires draw.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DrawsController_verification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
                /** @description Court-local calendar date */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawVerificationDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TestingReportsController_board: {
        parameters: {
            query?: {
                /** @description Court-local date; default: the court's today */
                date?: string;
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestingBoardDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires draw.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TestingReportsController_randomness: {
        parameters: {
            query: {
                /** @description Calendar month, YYYY-MM */
                month: string;
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RandomnessCheckDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires draw.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TestingSitesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestingSiteDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TestingSitesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTestingSiteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestingSiteDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TestingSitesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTestingSiteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestingSiteDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CollectionsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCollectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedCollectionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.record_result */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CollectionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrugTestHistoryDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CollectionsController_addResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordResultsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedCollectionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.record_result */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CollectionsController_release: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedCollectionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.record_result */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CollectionsController_contest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                resultId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContestResultDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedCollectionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.record_result */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CollectionsController_admit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                resultId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitResultDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedCollectionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.record_result */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallInsController_callIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallInRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallInAnswerDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires call_in.make */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `call-in-window-closed` (nothing recorded) or `participant-not-active` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallInsController_callInByPhone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneCallInRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneCallInAnswerDto"];
                };
            };
            /** @description Wrong credentials; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `call-in-window-closed` (nothing recorded) or `participant-not-active` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The sign-in rate limit of the calling address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallInsController_today: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodayDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires call_in.make */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DrawOverridesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawOverrideDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.order */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DrawOverridesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDrawOverrideDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawOverrideDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.order */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `override-exists`, `reporting-deadline-passed` or `participant-not-enrolled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DrawOverridesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                overrideId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDrawOverrideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawOverrideDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.order */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, out of reach or already withdrawn */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TestingOrdersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestingOrderDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.order */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TestingOrdersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTestingOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestingOrderDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires drug_test.order */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OutagesController_list: {
        parameters: {
            query?: {
                /** @description Only this court's outages (and those of every court) */
                courtId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutageDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires outage.record */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OutagesController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedOutageDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires outage.record */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ViolationsController_forParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires violation.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ViolationsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateViolationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires violation.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ViolationsController_forCourt: {
        parameters: {
            query?: {
                /** @description Default: open */
                status?: "open" | "answered" | "dismissed";
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires violation.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ViolationsController_dismiss: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                violationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissViolationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires violation.write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ViolationsController_hearingProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                violationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationHearingProposalDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires violation.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ViolationsController_measureSwiftness: {
        parameters: {
            query: {
                /** @description First court-local day of detection counted */
                from: string;
                /** @description Last court-local day of detection counted */
                to: string;
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwiftnessDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires measures.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResponsesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseHistoryDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires violation.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResponsesController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResponseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtResponseDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires response.record */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResponsesController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResponseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtResponseDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires response.record */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResponseCatalogueController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueEntryDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResponseCatalogueController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCatalogueEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueEntryDto"] | components["schemas"]["CatalogueEntryDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResponseCatalogueController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCatalogueEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueEntryDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court.configure */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocketController_docket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocketDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires docket.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocketController_print: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page with a print stylesheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires docket.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HearingOutcomesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hearingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingOutcomeHistoryDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires docket.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HearingOutcomesController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                hearingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordHearingOutcomeDto"];
            };
        };
        responses: {
            /** @description The same request was already recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingOutcomeDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingOutcomeDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires hearing.record_outcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HearingOutcomesController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hearingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendHearingOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingOutcomeDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires hearing.record_outcome */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeasuresController_measureTestingFidelity: {
        parameters: {
            query: {
                /** @description First court-local day counted */
                from: string;
                /** @description Last court-local day counted (at most 366 days after from) */
                to: string;
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestingFidelityDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires measures.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeasuresController_measurePhases: {
        parameters: {
            query: {
                /** @description First court-local day counted */
                from: string;
                /** @description Last court-local day counted (at most 366 days after from) */
                to: string;
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseMeasuresDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires measures.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantHearingsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires participant.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParticipantHearingsController_schedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleHearingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires hearing.schedule */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `session-full`, `already-on-session` or `participant-not-in-program` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The session is of another court, cancelled, started, or does not hear the participant’s program */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HearingsController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hearingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveHearingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires hearing.schedule */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or of a participant out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `hearing-not-scheduled` (held or cancelled), `session-full` or `already-on-session` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HearingsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                hearingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelHearingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires hearing.schedule */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or of a participant out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `hearing-not-scheduled`: it was already held or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtSessionsController_list: {
        parameters: {
            query?: {
                /** @description First court-local date (default: today in the court) */
                from?: string;
                /** @description Last court-local date, inclusive (default: 28 days after from; at most 366 days after it) */
                to?: string;
            };
            header?: never;
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtSessionDto"][];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires docket.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `to` before `from`, or more than 366 days after it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtSessionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                courtId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCourtSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtSessionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court_session.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Start in the past or in a daylight-saving gap, a court holiday (unless special), a judge or program not of this court */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtSessionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtSessionDetailDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires docket.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or of another court */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtSessionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCourtSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtSessionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court_session.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or of another court */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `session-started`, `session-cancelled`, `capacity-below-hearings` or `programs-exclude-hearings` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CourtSessionsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended operation (e.g. a UUID), at most 255 printable ASCII characters, remembered 24 h per user. The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it (up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered. */
                "Idempotency-Key"?: string;
            };
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelCourtSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtSessionDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires court_session.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or of another court */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `session-has-hearings` (with how many), `session-held` or `session-cancelled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HearingProposalsController_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusHearingProposalDto"];
                };
            };
            /** @description No valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires docket.read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV1ParticipantsGetParametersQuerySortValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/participants"]["get"]["parameters"]["query"]["sort"]> = ["name", "number", "status", "phase", "phaseStartedOn", "enrolledOn"];
export const pathsApiV1CourtsCourtIdReadinessGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/courts/{courtId}/readiness"]["get"]["parameters"]["query"]["status"]> = ["active", "in_custody", "warrant", "medical_leave"];
export const pathsApiV1ParticipantsIdTreatmentNotesGetParametersQueryCategoryValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/participants/{id}/treatment-notes"]["get"]["parameters"]["query"]["category"]> = ["treatment_attendance", "treatment_progress", "treatment_plan", "diagnosis_and_assessment", "level_of_care", "discharge_summary"];
export const pathsApiV1CourtsCourtIdViolationsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/courts/{courtId}/violations"]["get"]["parameters"]["query"]["status"]> = ["open", "answered", "dismissed"];
export const tokenPairDtoTokenTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TokenPairDto"]["tokenType"]> = ["Bearer"];
export const meMembershipDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MeMembershipDto"]["role"]> = ["court_admin", "judge", "coordinator", "case_manager", "treatment_provider", "testing_site", "participant"];
export const meMembershipDtoLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MeMembershipDto"]["language"]> = ["en", "es", "pt"];
export const meDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MeDto"]["kind"]> = ["staff", "participant"];
export const meDtoSystemRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MeDto"]["systemRole"]> = ["system_admin"];
export const meDtoSignInIncompleteValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MeDto"]["signInIncomplete"]> = ["mfa-enrolment-required", "secret-change-required"];
export const meDtoLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MeDto"]["language"]> = ["en", "es", "pt"];
export const updateMeDtoLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateMeDto"]["language"]> = ["en", "es", "pt"];
export const createUserDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateUserDto"]["role"]> = ["court_admin", "judge", "coordinator", "case_manager", "treatment_provider", "testing_site"];
export const membershipDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MembershipDto"]["role"]> = ["court_admin", "judge", "coordinator", "case_manager", "treatment_provider", "testing_site", "participant"];
export const userDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserDto"]["kind"]> = ["staff", "participant"];
export const userDtoSystemRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserDto"]["systemRole"]> = ["system_admin"];
export const assignMembershipDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssignMembershipDto"]["role"]> = ["court_admin", "judge", "coordinator", "case_manager", "treatment_provider", "testing_site"];
export const recordConsentDtoRecipientTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordConsentDto"]["recipientType"]> = ["person", "organisation", "court_team"];
export const recordConsentDtoInformationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordConsentDto"]["information"]> = ["treatment_attendance", "treatment_progress", "treatment_plan", "diagnosis_and_assessment", "level_of_care", "drug_test_results", "discharge_summary"];
export const recordConsentDtoExpiryEventValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordConsentDto"]["expiryEvent"]> = ["program_discharge"];
export const consentDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentDto"]["status"]> = ["valid", "revoked", "ended", "expired"];
export const consentDtoRecipientTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentDto"]["recipientType"]> = ["person", "organisation", "court_team"];
export const consentDtoInformationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentDto"]["information"]> = ["treatment_attendance", "treatment_progress", "treatment_plan", "diagnosis_and_assessment", "level_of_care", "drug_test_results", "discharge_summary"];
export const consentDtoExpiryEventValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentDto"]["expiryEvent"]> = ["program_discharge"];
export const createCourtDtoMfaRequiredRolesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCourtDto"]["mfaRequiredRoles"]> = ["court_admin", "judge", "coordinator", "case_manager", "treatment_provider", "testing_site"];
export const createCourtDtoLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCourtDto"]["language"]> = ["en", "es", "pt"];
export const courtDtoMfaRequiredRolesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtDto"]["mfaRequiredRoles"]> = ["court_admin", "judge", "coordinator", "case_manager", "treatment_provider", "testing_site"];
export const courtDtoLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtDto"]["language"]> = ["en", "es", "pt"];
export const updateCourtDtoMfaRequiredRolesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateCourtDto"]["mfaRequiredRoles"]> = ["court_admin", "judge", "coordinator", "case_manager", "treatment_provider", "testing_site"];
export const updateCourtDtoLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateCourtDto"]["language"]> = ["en", "es", "pt"];
export const participantSummaryDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantSummaryDto"]["status"]> = ["referred", "screening", "accepted", "rejected", "active", "in_custody", "warrant", "medical_leave", "graduated", "terminated", "withdrawn", "transferred"];
export const chargeDtoLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChargeDto"]["level"]> = ["felony", "misdemeanor", "infraction", "other"];
export const chargeDtoCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChargeDto"]["category"]> = ["drug_possession", "drug_sale", "drug_trafficking", "dui", "property", "fraud", "public_order", "violent", "sex_offense", "weapons", "other"];
export const referParticipantDtoReferralSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferParticipantDto"]["referralSource"]> = ["prosecutor", "defense", "judge", "probation", "police", "other"];
export const requirementStatusDtoCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RequirementStatusDto"]["code"]> = ["min_days_in_phase", "continuous_sobriety", "treatment_sessions", "community_service", "fees", "milestone"];
export const participantDetailDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantDetailDto"]["status"]> = ["referred", "screening", "accepted", "rejected", "active", "in_custody", "warrant", "medical_leave", "graduated", "terminated", "withdrawn", "transferred"];
export const phaseHistoryDtoStartReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PhaseHistoryDto"]["startReason"]> = ["enrolment", "promotion", "demotion", "plan_change"];
export const recordScreeningDtoRiskLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordScreeningDto"]["riskLevel"]> = ["low", "moderate", "high"];
export const recordScreeningDtoNeedLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordScreeningDto"]["needLevel"]> = ["low", "moderate", "high"];
export const screeningDecisionDtoPartyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScreeningDecisionDto"]["party"]> = ["team", "prosecutor", "defense"];
export const screeningDecisionDtoDecisionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScreeningDecisionDto"]["decision"]> = ["approve", "reject"];
export const changeStatusDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChangeStatusDto"]["status"]> = ["referred", "screening", "accepted", "rejected", "active", "in_custody", "warrant", "medical_leave", "graduated", "terminated", "withdrawn", "transferred"];
export const enrolmentDtoFirstHearingKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnrolmentDto"]["firstHearingKind"]> = ["warning", "status"];
export const phaseChangeDtoDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PhaseChangeDto"]["direction"]> = ["promote", "demote"];
export const readinessBoardRowDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReadinessBoardRowDto"]["status"]> = ["referred", "screening", "accepted", "rejected", "active", "in_custody", "warrant", "medical_leave", "graduated", "terminated", "withdrawn", "transferred"];
export const programTemplateDtoModelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgramTemplateDto"]["model"]> = ["treatment_court", "hope_probation", "deferred_judgment"];
export const programTemplateDtoRequiredApprovalsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgramTemplateDto"]["requiredApprovals"]> = ["team", "prosecutor", "defense"];
export const programTemplateDtoExcludedChargeCategoriesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgramTemplateDto"]["excludedChargeCategories"]> = ["drug_possession", "drug_sale", "drug_trafficking", "dui", "property", "fraud", "public_order", "violent", "sex_offense", "weapons", "other"];
export const programDtoModelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgramDto"]["model"]> = ["treatment_court", "hope_probation", "deferred_judgment"];
export const programDtoRequiredApprovalsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgramDto"]["requiredApprovals"]> = ["team", "prosecutor", "defense"];
export const programDtoExcludedChargeCategoriesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgramDto"]["excludedChargeCategories"]> = ["drug_possession", "drug_sale", "drug_trafficking", "dui", "property", "fraud", "public_order", "violent", "sex_offense", "weapons", "other"];
export const programDtoViolationOutcomesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgramDto"]["violationOutcomes"]> = ["positive", "dilute", "adulterated", "substituted", "invalid", "refused", "missed"];
export const createProgramDtoModelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateProgramDto"]["model"]> = ["treatment_court", "hope_probation", "deferred_judgment"];
export const createProgramDtoRequiredApprovalsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateProgramDto"]["requiredApprovals"]> = ["team", "prosecutor", "defense"];
export const createProgramDtoExcludedChargeCategoriesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateProgramDto"]["excludedChargeCategories"]> = ["drug_possession", "drug_sale", "drug_trafficking", "dui", "property", "fraud", "public_order", "violent", "sex_offense", "weapons", "other"];
export const updateProgramDtoExcludedChargeCategoriesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProgramDto"]["excludedChargeCategories"]> = ["drug_possession", "drug_sale", "drug_trafficking", "dui", "property", "fraud", "public_order", "violent", "sex_offense", "weapons", "other"];
export const updateProgramDtoRequiredApprovalsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProgramDto"]["requiredApprovals"]> = ["team", "prosecutor", "defense"];
export const updateProgramDtoViolationOutcomesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProgramDto"]["violationOutcomes"]> = ["positive", "dilute", "adulterated", "substituted", "invalid", "refused", "missed"];
export const createCaseNoteDtoInformationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCaseNoteDto"]["information"]> = ["treatment_attendance", "treatment_progress", "treatment_plan", "diagnosis_and_assessment", "level_of_care", "drug_test_results", "discharge_summary"];
export const caseNoteDtoInformationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseNoteDto"]["information"]> = ["treatment_attendance", "treatment_progress", "treatment_plan", "diagnosis_and_assessment", "level_of_care", "drug_test_results", "discharge_summary"];
export const createProviderReferralDtoLevelOfCareValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateProviderReferralDto"]["levelOfCare"]> = ["0.5", "1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4"];
export const createProviderReferralDtoModalityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateProviderReferralDto"]["modality"]> = ["individual_counselling", "group_counselling", "family_therapy", "cognitive_behavioural", "medication_assisted", "contingency_management", "mixed"];
export const providerReferralDtoLevelOfCareValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProviderReferralDto"]["levelOfCare"]> = ["0.5", "1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4"];
export const providerReferralDtoModalityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProviderReferralDto"]["modality"]> = ["individual_counselling", "group_counselling", "family_therapy", "cognitive_behavioural", "medication_assisted", "contingency_management", "mixed"];
export const providerReferralDtoDischargeReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProviderReferralDto"]["dischargeReason"]> = ["completed", "transferred", "left_before_completion", "administrative", "incarcerated", "program_discharge", "other"];
export const updateProviderReferralDtoLevelOfCareValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProviderReferralDto"]["levelOfCare"]> = ["0.5", "1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4"];
export const updateProviderReferralDtoModalityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateProviderReferralDto"]["modality"]> = ["individual_counselling", "group_counselling", "family_therapy", "cognitive_behavioural", "medication_assisted", "contingency_management", "mixed"];
export const endProviderReferralDtoDischargeReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EndProviderReferralDto"]["dischargeReason"]> = ["completed", "transferred", "left_before_completion", "administrative", "incarcerated", "other"];
export const createTreatmentNoteDtoCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateTreatmentNoteDto"]["category"]> = ["treatment_attendance", "treatment_progress", "treatment_plan", "diagnosis_and_assessment", "level_of_care", "discharge_summary"];
export const treatmentNoteDtoCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TreatmentNoteDto"]["category"]> = ["treatment_attendance", "treatment_progress", "treatment_plan", "diagnosis_and_assessment", "level_of_care", "discharge_summary"];
export const createTreatmentAttendanceDtoAttendanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateTreatmentAttendanceDto"]["attendance"]> = ["scheduled", "attended", "excused", "no_show"];
export const treatmentAttendanceDtoAttendanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TreatmentAttendanceDto"]["attendance"]> = ["scheduled", "attended", "excused", "no_show"];
export const groupSessionEntryDtoAttendanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GroupSessionEntryDto"]["attendance"]> = ["scheduled", "attended", "excused", "no_show"];
export const updateTreatmentAttendanceDtoAttendanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateTreatmentAttendanceDto"]["attendance"]> = ["scheduled", "attended", "excused", "no_show"];
export const createProgressReportDtoEngagementValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateProgressReportDto"]["engagement"]> = ["excellent", "good", "fair", "poor", "not_engaged"];
export const createProgressReportDtoLevelOfCareRecommendationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateProgressReportDto"]["levelOfCareRecommendation"]> = ["0.5", "1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4"];
export const progressReportDtoEngagementValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgressReportDto"]["engagement"]> = ["excellent", "good", "fair", "poor", "not_engaged"];
export const progressReportDtoLevelOfCareRecommendationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProgressReportDto"]["levelOfCareRecommendation"]> = ["0.5", "1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4"];
export const clientEpisodeDtoLevelOfCareValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ClientEpisodeDto"]["levelOfCare"]> = ["0.5", "1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4"];
export const clientEpisodeDtoModalityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ClientEpisodeDto"]["modality"]> = ["individual_counselling", "group_counselling", "family_therapy", "cognitive_behavioural", "medication_assisted", "contingency_management", "mixed"];
export const lastAttendanceDtoAttendanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LastAttendanceDto"]["attendance"]> = ["scheduled", "attended", "excused", "no_show"];
export const lastProgressReportDtoEngagementValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LastProgressReportDto"]["engagement"]> = ["excellent", "good", "fair", "poor", "not_engaged"];
export const drawOverrideSummaryDtoActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrawOverrideSummaryDto"]["action"]> = ["force", "excuse"];
export const drawListEntryDtoRuleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrawListEntryDto"]["rule"]> = ["max_untested_days", "max_tests_per_7_days"];
export const boardOverrideDtoActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BoardOverrideDto"]["action"]> = ["force", "excuse"];
export const boardParticipantDtoStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BoardParticipantDto"]["state"]> = ["excused", "not_called_in", "called_in", "awaiting_collection", "collected", "missing"];
export const testingBoardDtoDrawStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TestingBoardDto"]["drawStatus"]> = ["made", "missing", "not_yet_due"];
export const resultInputDtoSubstanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ResultInputDto"]["substance"]> = ["alcohol", "amphetamines", "barbiturates", "benzodiazepines", "buprenorphine", "cocaine", "fentanyl", "kratom", "methadone", "methamphetamine", "opiates", "oxycodone", "pcp", "synthetic_cannabinoids", "thc", "other"];
export const resultInputDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ResultInputDto"]["outcome"]> = ["negative", "positive", "dilute", "adulterated", "substituted", "invalid", "refused", "missed"];
export const createCollectionDtoSpecimenTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCollectionDto"]["specimenType"]> = ["urine", "oral_fluid", "breath", "sweat_patch"];
export const drugTestResultDtoSubstanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrugTestResultDto"]["substance"]> = ["alcohol", "amphetamines", "barbiturates", "benzodiazepines", "buprenorphine", "cocaine", "fentanyl", "kratom", "methadone", "methamphetamine", "opiates", "oxycodone", "pcp", "synthetic_cannabinoids", "thc", "other"];
export const drugTestResultDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrugTestResultDto"]["outcome"]> = ["negative", "positive", "dilute", "adulterated", "substituted", "invalid", "refused", "missed"];
export const drugTestResultDtoMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrugTestResultDto"]["method"]> = ["screen", "confirmation"];
export const recordedCollectionDtoSpecimenTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordedCollectionDto"]["specimenType"]> = ["urine", "oral_fluid", "breath", "sweat_patch"];
export const recordedCollectionDtoBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordedCollectionDto"]["basis"]> = ["random", "forced", "for_cause"];
export const collectionDtoSpecimenTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CollectionDto"]["specimenType"]> = ["urine", "oral_fluid", "breath", "sweat_patch"];
export const collectionDtoBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CollectionDto"]["basis"]> = ["random", "forced", "for_cause"];
export const recordResultsDtoMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordResultsDto"]["method"]> = ["screen", "confirmation"];
export const callInRequestDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallInRequestDto"]["channel"]> = ["web", "phone", "sms"];
export const callInAnswerDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallInAnswerDto"]["status"]> = ["selected", "not_selected", "not_available"];
export const callInAnswerDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallInAnswerDto"]["channel"]> = ["web", "phone", "sms"];
export const phoneCallInRequestDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PhoneCallInRequestDto"]["channel"]> = ["phone", "sms"];
export const phoneCallInAnswerDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PhoneCallInAnswerDto"]["status"]> = ["selected", "not_selected", "not_available"];
export const createDrawOverrideDtoActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateDrawOverrideDto"]["action"]> = ["force", "excuse"];
export const drawOverrideDtoActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrawOverrideDto"]["action"]> = ["force", "excuse"];
export const violationHearingProposalDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ViolationHearingProposalDto"]["status"]> = ["scheduled", "proposed", "no_session_before_deadline"];
export const clockMomentDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ClockMomentDto"]["outcome"]> = ["reminded", "escalated", "already_met"];
export const violationDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ViolationDto"]["status"]> = ["open", "answered", "dismissed"];
export const createViolationDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateViolationDto"]["kind"]> = ["new_arrest", "curfew", "failure_to_appear", "missed_treatment", "other"];
export const responseWarningDtoCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ResponseWarningDto"]["code"]> = ["jail_over_limit", "level_skipped", "no_recent_incentive"];
export const courtResponseDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtResponseDto"]["kind"]> = ["sanction", "incentive", "treatment_adjustment"];
export const courtResponseDtoEffectValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtResponseDto"]["effect"]> = ["none", "increased_testing", "community_service", "jail"];
export const catalogueEntryDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CatalogueEntryDto"]["kind"]> = ["sanction", "incentive", "treatment_adjustment"];
export const catalogueEntryDtoEffectValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CatalogueEntryDto"]["effect"]> = ["none", "increased_testing", "community_service", "jail"];
export const createCatalogueEntryDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCatalogueEntryDto"]["kind"]> = ["sanction", "incentive", "treatment_adjustment"];
export const createCatalogueEntryDtoEffectValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCatalogueEntryDto"]["effect"]> = ["none", "increased_testing", "community_service", "jail"];
export const docketSessionDtoDocketOrderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocketSessionDto"]["docketOrder"]> = ["compliant_first", "violations_first", "name", "participant_number"];
export const docketSessionDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocketSessionDto"]["status"]> = ["scheduled", "cancelled"];
export const docketHearingDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocketHearingDto"]["status"]> = ["scheduled", "held", "cancelled"];
export const docketViolationDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocketViolationDto"]["status"]> = ["open", "answered", "dismissed"];
export const docketResponseDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocketResponseDto"]["kind"]> = ["sanction", "incentive", "treatment_adjustment"];
export const outcomePhaseChangeDtoDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OutcomePhaseChangeDto"]["direction"]> = ["promote", "demote"];
export const outcomeStatusChangeDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OutcomeStatusChangeDto"]["status"]> = ["active", "in_custody", "warrant", "medical_leave", "graduated", "terminated", "withdrawn", "transferred"];
export const outcomeNextHearingDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OutcomeNextHearingDto"]["kind"]> = ["warning", "status", "violation", "phase_review", "graduation", "termination"];
export const recordHearingOutcomeDtoAttendanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordHearingOutcomeDto"]["attendance"]> = ["appeared", "failed_to_appear", "excused"];
export const hearingOutcomeDtoAttendanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HearingOutcomeDto"]["attendance"]> = ["appeared", "failed_to_appear", "excused"];
export const amendHearingOutcomeDtoAttendanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AmendHearingOutcomeDto"]["attendance"]> = ["appeared", "failed_to_appear", "excused"];
export const hearingDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HearingDto"]["kind"]> = ["warning", "status", "violation", "phase_review", "graduation", "termination"];
export const hearingDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HearingDto"]["status"]> = ["scheduled", "held", "cancelled"];
export const scheduleHearingDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScheduleHearingDto"]["kind"]> = ["warning", "status", "violation", "phase_review", "graduation", "termination"];
export const courtSessionDtoDocketOrderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtSessionDto"]["docketOrder"]> = ["compliant_first", "violations_first", "name", "participant_number"];
export const courtSessionDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtSessionDto"]["status"]> = ["scheduled", "cancelled"];
export const createCourtSessionDtoDocketOrderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCourtSessionDto"]["docketOrder"]> = ["compliant_first", "violations_first", "name", "participant_number"];
export const sessionHearingDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SessionHearingDto"]["kind"]> = ["warning", "status", "violation", "phase_review", "graduation", "termination"];
export const sessionHearingDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SessionHearingDto"]["status"]> = ["scheduled", "held", "cancelled"];
export const courtSessionDetailDtoDocketOrderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtSessionDetailDto"]["docketOrder"]> = ["compliant_first", "violations_first", "name", "participant_number"];
export const courtSessionDetailDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtSessionDetailDto"]["status"]> = ["scheduled", "cancelled"];
export const updateCourtSessionDtoDocketOrderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateCourtSessionDto"]["docketOrder"]> = ["compliant_first", "violations_first", "name", "participant_number"];
export const statusHearingProposalDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatusHearingProposalDto"]["kind"]> = ["status"];
export const statusHearingProposalDtoBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatusHearingProposalDto"]["basis"]> = ["last_hearing", "phase_start", "enrolment"];
