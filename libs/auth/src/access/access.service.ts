import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEntry, AuditService, chainOrder, validConsentSql } from '@app/audit';
import { Clock, isUuid, NotFoundError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError } from '../auth.errors';
import { Permission, Role } from '../permissions';
import { Principal } from '../principal';

/** Why a principal may reach one participant's record. */
export interface ParticipantGrant {
  participantId: string;
  courtId: string;
  /** `self`, or `role:<role>` for staff; audited with every access. */
  basis: string;
  /** The provider organisation a treatment provider acts for. */
  organisationId: string | null;
}

/** A grant to treatment information: the consent that covers the disclosure. */
export interface TreatmentGrant extends ParticipantGrant {
  consentId: string;
}

/** A SQL predicate over a participants alias, with its parameters. */
/** A valid consent covering one kind of information, and whose records it covers. */
export interface CoveringConsent {
  information: string;
  consentId: string;
  /** The organisation whose records it lets flow; null for any of the court's providers. */
  discloserOrganisationId: string | null;
}

export interface ScopeOptions {
  /**
   * A treatment provider's reach to the minimum needed to find a client
   * (name, number, referral) without a consent on file: the caller shows
   * no more than that. Otherwise `participant.read` needs a valid consent
   * naming the provider's organisation (or the provider in person).
   */
  providerMinimum?: boolean;
}

export interface ScopeFilter {
  sql: string;
  params: unknown[];
}

/**
 * Record-level access, in one place, used by every module before it reads or
 * writes participant data:
 *  - staff reach participants of the courts where their role holds the permission;
 *  - a treatment provider only participants currently referred to their organisation,
 *    and beyond the minimum to find them (name, number, referral) only under a consent;
 *  - a participant only their own record;
 *  - the system administrator no participant at all.
 * Anything else is "not found", exactly as for an id that does not exist.
 * Treatment information additionally needs a valid consent, looked up on
 * every call, so a revocation takes effect on the next request.
 */
@Injectable()
export class AccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The predicate that limits a participants query (alias `p`) to what the
   * principal may see; `firstParam` is the number of the first `$n` it may use.
   */
  participantScope(principal: Principal, permission: Permission, firstParam = 1, alias = 'p', options: ScopeOptions = {}): ScopeFilter {
    if (principal.kind === 'participant') {
      const own = principal.participantId && principal.courtsWith(permission).length > 0;
      return own ? { sql: `${alias}.id = $${firstParam}`, params: [principal.participantId] } : { sql: 'FALSE', params: [] };
    }
    const memberships = principal.courtsWith(permission);
    const teamCourts = memberships.filter((m) => m.role !== Role.TreatmentProvider).map((m) => m.courtId);
    const providerOrgs = memberships.filter((m) => m.role === Role.TreatmentProvider && m.organisationId).map((m) => m.organisationId);
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (teamCourts.length > 0) {
      params.push(teamCourts);
      clauses.push(`${alias}.court_id = ANY($${firstParam + params.length - 1}::uuid[])`);
    }
    if (providerOrgs.length > 0) {
      params.push(providerOrgs);
      const orgs = `$${firstParam + params.length - 1}`;
      // The record beyond the minimum needs a consent on file for the organisation (or this person): without one a
      // provider finds the client (name, number, referral) through the minimum view, and nothing else of the record.
      let consented = '';
      if (permission === Permission.ParticipantRead && !options.providerMinimum) {
        params.push(this.clock.now(), principal.userId);
        const [now, user] = [`$${firstParam + params.length - 2}`, `$${firstParam + params.length - 1}`];
        consented = `AND EXISTS (SELECT 1 FROM consents c JOIN courts ct ON ct.id = c.court_id
                        WHERE c.participant_id = ${alias}.id AND ${validConsentSql(now)}
                          AND (c.discloser_organisation_id = r.organisation_id OR c.discloser_organisation_id IS NULL
                               OR (c.recipient_type = 'organisation' AND c.recipient_organisation_id = r.organisation_id)
                               OR (c.recipient_type = 'person' AND c.recipient_user_id = ${user}::uuid)))`;
      }
      clauses.push(`EXISTS (SELECT 1 FROM provider_referrals r JOIN provider_organisations o ON o.id = r.organisation_id
                      WHERE r.participant_id = ${alias}.id AND r.ended_at IS NULL AND o.court_id = ${alias}.court_id
                        AND r.organisation_id = ANY(${orgs}::uuid[]) ${consented})`);
    }
    return clauses.length > 0 ? { sql: `(${clauses.join(' OR ')})`, params } : { sql: 'FALSE', params: [] };
  }

  /** The grants for those of `ids` the principal may reach; the others are simply absent. */
  async participants(principal: Principal, permission: Permission, ids: readonly string[], options: ScopeOptions = {}): Promise<Map<string, ParticipantGrant>> {
    const grants = new Map<string, ParticipantGrant>();
    const wanted = [...new Set(ids)].filter(isUuid);
    if (wanted.length === 0) return grants;
    const scope = this.participantScope(principal, permission, 2, 'p', options);
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.court_id FROM participants p WHERE p.id = ANY($1::uuid[]) AND ${scope.sql}`,
      [wanted, ...scope.params],
    )) as Array<{ id: string; court_id: string }>;
    for (const row of rows) grants.set(row.id, this.grantFor(principal, row.id, row.court_id));
    return grants;
  }

  /** One participant's grant, or 404 whether the record is missing or merely out of reach. */
  async participant(principal: Principal, permission: Permission, id: string, options: ScopeOptions = {}): Promise<ParticipantGrant> {
    const grant = (await this.participants(principal, permission, [id], options)).get(id);
    if (!grant) throw new NotFoundError('participant');
    return grant;
  }

  /**
   * Access to one kind of treatment information about a participant: the
   * record must be in reach, and a valid, unrevoked consent must cover the
   * disclosure to this principal. Without one the answer is 403 (the record's
   * existence is already known to the caller), and the refusal is audited.
   */
  async treatment(
    principal: Principal,
    permission: Permission.TreatmentRead | Permission.TreatmentWrite,
    participantId: string,
    information: string,
  ): Promise<TreatmentGrant> {
    const { grant, consents } = await this.treatmentCovered(principal, permission, participantId, [information]);
    const consentId = consents[0]?.consentId;
    if (!consentId) {
      await this.refuseTreatment(principal, grant, permission, [information]);
    }
    return { ...grant, consentId: consentId as string, basis: `consent:${consentId}` };
  }

  /**
   * Which of several kinds of treatment information the principal may see,
   * each with the consent that covers it. Refuses (403, audited) only when
   * none is covered.
   */
  async treatmentAny(
    principal: Principal,
    participantId: string,
    information: readonly string[],
  ): Promise<{ grant: ParticipantGrant; consents: CoveringConsent[] }> {
    const covered = await this.treatmentCovered(principal, Permission.TreatmentRead, participantId, information);
    if (covered.consents.length === 0) await this.refuseTreatment(principal, covered.grant, Permission.TreatmentRead, information);
    return covered;
  }

  /**
   * The valid consents covering these kinds of information for the principal,
   * without refusing: for records that mix open and consent-bound entries
   * (confidential case notes), where the caller withholds what is not covered.
   * Empty when the principal's role in the grant's court lacks `permission`.
   */
  async coveringConsentsFor(
    principal: Principal,
    grant: ParticipantGrant,
    information: readonly string[],
    permission: Permission.TreatmentRead | Permission.TreatmentWrite = Permission.TreatmentRead,
  ): Promise<CoveringConsent[]> {
    if (information.length === 0 || !principal.courtsWith(permission).some((m) => m.courtId === grant.courtId)) return [];
    return this.coveringConsents(principal, grant, information, permission);
  }

  private async treatmentCovered(
    principal: Principal,
    permission: Permission.TreatmentRead | Permission.TreatmentWrite,
    participantId: string,
    information: readonly string[],
  ): Promise<{ grant: ParticipantGrant; consents: CoveringConsent[] }> {
    const grant = await this.participant(principal, permission, participantId);
    return { grant, consents: await this.coveringConsents(principal, grant, information, permission) };
  }

  private async refuseTreatment(principal: Principal, grant: ParticipantGrant, permission: Permission, information: readonly string[]): Promise<never> {
    await this.record(principal, [grant], {
      action: permission === Permission.TreatmentWrite ? 'treatment.write_refused' : 'treatment.read_refused',
      entityType: 'treatment_information',
      basis: 'denied',
      details: { information, reason: 'no valid consent' },
    });
    const what = information.length === 1 ? information[0].replace(/_/g, ' ') : 'treatment information';
    throw new ForbiddenError(`No valid consent covers disclosing ${what} about this participant to you.`, 'consent-required', {
      information,
    });
  }

  /** Appends one audit row for an access covering these grants (one row per court involved). */
  async record(
    principal: Principal,
    grants: readonly ParticipantGrant[],
    entry: Omit<AuditEntry, 'courtId' | 'participantIds' | 'basis'> & { basis?: string },
    manager?: EntityManager,
  ): Promise<void> {
    const byCourt = new Map<string, ParticipantGrant[]>();
    for (const grant of grants) byCourt.set(grant.courtId, [...(byCourt.get(grant.courtId) ?? []), grant]);
    const entries: AuditEntry[] = [...byCourt].map(([courtId, list]) => ({
      ...entry,
      courtId,
      participantIds: list.map((g) => g.participantId),
      basis: entry.basis ?? summariseBasis(list),
      consentId: entry.consentId ?? (list.length === 1 && 'consentId' in list[0] ? (list[0] as TreatmentGrant).consentId : null),
    }));
    // One call per court, so each row names the role the actor holds in that court; in court order, as
    // AuditService orders the rows of one call, because each row holds its court's audit chain head until
    // commit and two transactions taking two heads in opposite orders would deadlock.
    entries.sort((a, b) => chainOrder(a.courtId, b.courtId));
    for (const auditEntry of entries) {
      await this.audit.record(principal.auditActor(auditEntry.courtId), auditEntry, manager);
    }
  }

  /**
   * The grant for a participant row a scoped query (`participantScope`)
   * already returned, so list results are audited with their basis.
   */
  grantFor(principal: Principal, participantId: string, courtId: string): ParticipantGrant {
    if (principal.kind === 'participant') return { participantId, courtId, basis: 'self', organisationId: null };
    const membership = principal.membershipIn(courtId);
    return {
      participantId,
      courtId,
      basis: `role:${membership?.role ?? 'none'}`,
      organisationId: membership?.organisationId ?? null,
    };
  }

  /**
   * Which of these participants' `information` the principal may read: a
   * valid consent covers it for them (or it is the participant's own record).
   * One query per provider organisation involved, not one per participant,
   * for lists and readiness of many participants at once.
   */
  async participantsWithConsent(principal: Principal, grants: readonly ParticipantGrant[], information: string): Promise<Set<string>> {
    const covered = new Set(grants.filter((g) => g.basis === 'self').map((g) => g.participantId));
    const consents = await this.consentsCovering(principal, grants.filter((g) => g.basis !== 'self'), information);
    for (const participantId of consents.keys()) covered.add(participantId);
    return covered;
  }

  /**
   * For each of these participants whose `information` a valid consent lets
   * flow to the principal (`TreatmentRead`) or from the principal's
   * organisation (`TreatmentWrite`), the newest such consent's id; the others
   * are absent.
   */
  async consentsCovering(
    principal: Principal,
    grants: readonly ParticipantGrant[],
    information: string,
    permission: Permission.TreatmentRead | Permission.TreatmentWrite = Permission.TreatmentRead,
  ): Promise<Map<string, string>> {
    const covering = await this.coveringConsentsForMany(principal, grants, [information], permission);
    return new Map([...covering].map(([participantId, consents]) => [participantId, consents[0].consentId]));
  }

  /**
   * Every valid consent covering these kinds of information, for many
   * participants at once (a docket, a group session): newest first, each
   * with the organisation whose records it lets flow, so a caller can keep
   * exactly the rows a consent covers. Only grants in courts where the
   * principal's role holds `permission` count; a participant reading their
   * own record needs none. One query per provider organisation involved, not
   * one per participant.
   */
  async coveringConsentsForMany(
    principal: Principal,
    grants: readonly ParticipantGrant[],
    information: readonly string[],
    permission: Permission.TreatmentRead | Permission.TreatmentWrite = Permission.TreatmentRead,
  ): Promise<Map<string, CoveringConsent[]>> {
    const covered = new Map<string, CoveringConsent[]>();
    const byOrganisation = new Map<string | null, ParticipantGrant[]>();
    for (const grant of grants) {
      if (grant.basis === 'self' || !principal.courtsWith(permission).some((m) => m.courtId === grant.courtId)) continue;
      byOrganisation.set(grant.organisationId, [...(byOrganisation.get(grant.organisationId) ?? []), grant]);
    }
    for (const [organisationId, group] of byOrganisation) {
      const recipient = consentRecipientSql(principal, group[0], permission, '$4', '$5');
      if (!recipient) continue;
      const rows = (await this.dataSource.query(
        `SELECT c.participant_id, info, c.id, c.discloser_organisation_id
           FROM consents c JOIN courts ct ON ct.id = c.court_id, unnest(c.information) AS info
          WHERE c.participant_id = ANY($1::uuid[]) AND info = ANY($2::text[])
            AND ${validConsentSql('$3')}
            AND $4::uuid IS NOT NULL AND ${recipient}
          ORDER BY c.participant_id, c.signed_on DESC, c.created_at DESC`,
        [group.map((g) => g.participantId), information, this.clock.now(), principal.userId, ...(organisationId ? [organisationId] : [])],
      )) as Array<{ participant_id: string; info: string; id: string; discloser_organisation_id: string | null }>;
      for (const row of rows) {
        const list = covered.get(row.participant_id) ?? [];
        list.push({ information: row.info, consentId: row.id, discloserOrganisationId: row.discloser_organisation_id });
        covered.set(row.participant_id, list);
      }
    }
    return covered;
  }

  /** The valid consents covering disclosure of these kinds of information to the principal, newest first. */
  private async coveringConsents(
    principal: Principal,
    grant: ParticipantGrant,
    information: readonly string[],
    permission: Permission,
  ): Promise<CoveringConsent[]> {
    const recipient = consentRecipientSql(principal, grant, permission, '$4', '$5');
    if (!recipient) return [];
    const params: unknown[] = [grant.participantId, information, this.clock.now(), principal.userId];
    if (grant.organisationId) params.push(grant.organisationId);
    const rows = (await this.dataSource.query(
      `SELECT info, c.id, c.discloser_organisation_id
         FROM consents c JOIN courts ct ON ct.id = c.court_id, unnest(c.information) AS info
        WHERE c.participant_id = $1 AND info = ANY($2::text[])
          AND ${validConsentSql('$3')}
          AND $4::uuid IS NOT NULL AND ${recipient}
        ORDER BY c.signed_on DESC, c.created_at DESC`,
      params,
    )) as Array<{ info: string; id: string; discloser_organisation_id: string | null }>;
    return rows.map((row) => ({ information: row.info, consentId: row.id, discloserOrganisationId: row.discloser_organisation_id }));
  }
}

/**
 * The consent among `consents` that covers a record of `information` from
 * `organisationId`: one for that kind of information letting that
 * organisation (or any of the court's providers) disclose.
 */
export function consentCovering(consents: readonly CoveringConsent[], information: string, organisationId: string): CoveringConsent | undefined {
  return consents.find((c) => c.information === information && (c.discloserOrganisationId === null || c.discloserOrganisationId === organisationId));
}

/** The audit basis of a disclosure relying on these consents: the first one named, with how many more. */
export function consentBasis(consentIds: readonly string[]): { basis: string; consentId: string | null } {
  if (consentIds.length === 0) return { basis: 'consent:none-used', consentId: null };
  return { basis: `consent:${consentIds[0]}${consentIds.length > 1 ? `+${consentIds.length - 1}` : ''}`, consentId: consentIds[0] };
}

/**
 * Whom a consent must name for a disclosure to the principal, as SQL over
 * consents `c`; `userParam` and `orgParam` hold the user and the grant's
 * provider organisation. Null when nothing can cover it (a participant).
 */
function consentRecipientSql(principal: Principal, grant: ParticipantGrant, permission: Permission, userParam: string, orgParam: string): string | null {
  if (grant.organisationId) {
    // A provider: the disclosure runs between its organisation and the court.
    return permission === Permission.TreatmentWrite
      ? `(c.discloser_organisation_id = ${orgParam} OR c.discloser_organisation_id IS NULL)`
      : `(c.discloser_organisation_id = ${orgParam} OR c.discloser_organisation_id IS NULL
          OR (c.recipient_type = 'organisation' AND c.recipient_organisation_id = ${orgParam})
          OR (c.recipient_type = 'person' AND c.recipient_user_id = ${userParam}))`;
  }
  if (principal.kind === 'staff') return `(c.recipient_type = 'court_team' OR (c.recipient_type = 'person' AND c.recipient_user_id = ${userParam}))`;
  return null;
}

function summariseBasis(grants: readonly ParticipantGrant[]): string {
  const bases = [...new Set(grants.map((g) => g.basis))];
  return bases.length === 1 ? bases[0] : bases.join(',').slice(0, 80);
}
