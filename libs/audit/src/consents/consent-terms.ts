import type { Language } from '@app/core';

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

/** The law a court operates under when it names none: the strictest elements of consent come from it. */
export const STANDARD_LAW_NAME = '42 CFR Part 2';

/**
 * The standard §2.32 notice in each language: the English text above and
 * faithful, formal renderings of it. The citations stay as the rule writes them.
 */
export const STANDARD_REDISCLOSURE_NOTICES: Readonly<Record<Language, string>> = {
  en: REDISCLOSURE_NOTICE,
  es:
    'Este registro que se le ha divulgado está protegido por las normas federales de confidencialidad (42 CFR parte 2). ' +
    'Estas normas le prohíben usar o divulgar este registro, o testimonios que describan la información contenida en ' +
    'este registro, en cualquier procedimiento civil, penal, administrativo o legislativo de cualquier autoridad ' +
    'federal, estatal o local contra el paciente, salvo que lo autorice el consentimiento del paciente, excepto según ' +
    'lo dispuesto en 42 CFR 2.12(c)(5) o según lo autorice un tribunal de conformidad con 42 CFR 2.64 o 2.65. Además, ' +
    'las normas federales le prohíben hacer cualquier otro uso o divulgación de este registro, a menos que se cumpla al ' +
    'menos una de las siguientes condiciones: (1) el uso o la divulgación posterior está expresamente permitido por el ' +
    'consentimiento por escrito de la persona cuya información se divulga en este registro o está permitido de otro modo ' +
    'por 42 CFR parte 2; (2) usted es una entidad cubierta o un socio comercial y ha recibido el registro para fines de ' +
    'tratamiento, pago u operaciones de atención médica; o (3) usted ha recibido el registro de una entidad cubierta o ' +
    'de un socio comercial según lo permitido por 45 CFR parte 164, subpartes A y E. Una autorización general para la ' +
    'divulgación de información médica o de otro tipo NO es suficiente para cumplir los elementos requeridos del ' +
    'consentimiento por escrito para usar o volver a divulgar el registro (véase 42 CFR 2.31).',
  pt:
    'Este registro, que lhe foi divulgado, está protegido pelas normas federais de confidencialidade (42 CFR parte 2). ' +
    'Essas normas proíbem o destinatário de usar ou divulgar este registro, ou depoimento que descreva as informações ' +
    'nele contidas, em qualquer processo civil, penal, administrativo ou legislativo instaurado por qualquer autoridade ' +
    'federal, estadual ou local contra o paciente, salvo se autorizado pelo consentimento do paciente, exceto conforme ' +
    'previsto em 42 CFR 2.12(c)(5) ou conforme autorizado por um tribunal nos termos de 42 CFR 2.64 ou 2.65. Além ' +
    'disso, as normas federais proíbem o destinatário de fazer qualquer outro uso ou divulgação deste registro, a menos ' +
    'que se aplique pelo menos uma das seguintes hipóteses: (1) o uso ou a divulgação posterior é expressamente ' +
    'permitido pelo consentimento por escrito da pessoa cujas informações são divulgadas neste registro ou é permitido ' +
    'de outra forma pela 42 CFR parte 2; (2) o destinatário é uma entidade abrangida ou um associado comercial e recebeu ' +
    'o registro para fins de tratamento, pagamento ou operações de cuidados de saúde; ou (3) o destinatário recebeu o ' +
    'registro de uma entidade abrangida ou de um associado comercial conforme permitido pela 45 CFR parte 164, subpartes ' +
    'A e E. Uma autorização genérica para a liberação de informações médicas ou de outra natureza NÃO é suficiente para ' +
    'atender aos elementos exigidos do consentimento por escrito para uso posterior ou nova divulgação do registro ' +
    '(ver 42 CFR 2.31).',
};

/** A court's notice settings: its own text, its texts per language, and the law it names. */
export interface CourtNoticeSettings {
  lawName: string;
  redisclosureNotice: string | null;
  redisclosureNotices: Partial<Record<Language, string>>;
}

/** The notice a reader of `language` gets, with the law it is given under. */
export interface RedisclosureNotice {
  notice: string;
  lawName: string;
}

/**
 * The notice in the reader's language: the court's text for that language,
 * else the court's own notice (in the court's language), else the standard
 * notice in that language.
 */
export function redisclosureNoticeFor(court: CourtNoticeSettings | undefined, language: Language): RedisclosureNotice {
  return {
    notice: court?.redisclosureNotices?.[language] ?? court?.redisclosureNotice ?? STANDARD_REDISCLOSURE_NOTICES[language],
    lawName: court?.lawName ?? STANDARD_LAW_NAME,
  };
}
