/**
 * The vocabulary of a 42 CFR Part 2 consent (§2.31): what information, to
 * whom, until when. Plain values, shared by the entity, DTOs and access checks.
 */

/** Kinds of treatment information a consent can cover. */
export const CONSENT_INFORMATION = [
  'treatment_attendance',
  'treatment_progress',
  'treatment_plan',
  'diagnosis_and_assessment',
  'level_of_care',
  'drug_test_results',
  'discharge_summary',
] as const;
export type ConsentInformation = (typeof CONSENT_INFORMATION)[number];

/** Who may receive the disclosure. */
export const CONSENT_RECIPIENT_TYPES = ['person', 'organisation', 'court_team'] as const;
export type ConsentRecipientType = (typeof CONSENT_RECIPIENT_TYPES)[number];

/** Events that end a consent when no date does. */
export const CONSENT_EXPIRY_EVENTS = ['program_discharge'] as const;
export type ConsentExpiryEvent = (typeof CONSENT_EXPIRY_EVENTS)[number];

/**
 * The notice 42 CFR §2.32 requires on every disclosure of Part 2 records
 * (the 2024 rule's wording). A court may replace it with stricter wording.
 */
export const REDISCLOSURE_NOTICE =
  'This record which has been disclosed to you is protected by federal confidentiality rules (42 CFR part 2). ' +
  'These rules prohibit you from using or disclosing this record, or testimony that describes the information ' +
  'contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, ' +
  'State, or local authority, against the patient, unless authorized by the consent of the patient, except as ' +
  'provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, ' +
  'the federal rules prohibit you from making any other use or disclosure of this record unless at least one of ' +
  'the following applies: (1) further use or disclosure is expressly permitted by the written consent of the ' +
  'individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2; ' +
  '(2) you are a covered entity or business associate and have received the record for treatment, payment, or ' +
  'health care operations; or (3) you have received the record from a covered entity or business associate as ' +
  'permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other ' +
  'information is NOT sufficient to meet the required elements of written consent to further use or redisclose ' +
  'the record (see 42 CFR 2.31).';
