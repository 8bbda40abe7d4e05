import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, consentBasis, ParticipantGrant, Permission, Principal } from '@app/auth';
import { Clock, courtDateAt, type FieldProblem, NotFoundError, ValidationFailedError } from '@app/core';
import { IN_PROGRAM_STATUSES, type ParticipantStatus } from '@app/participants';
import { DataSource, EntityManager } from 'typeorm';
import { duplicateEntryProblems, type GroupEntryFacts, groupSessionProblems } from './attendance-rules';
import { raiseNoShowViolations } from './attendance-violations';
import { CreateGroupSessionDto, GroupSessionDto } from './dto/treatment-attendance.dto';
import { TreatmentAttendance } from './treatment-attendance.entity';
import { ATTENDANCE_INFORMATION, attendanceDto } from './treatment-attendance.service';

/** Said of an entry whose participant the caller cannot reach, exactly as of one that does not exist. */
const NOT_REFERRED = 'is not a participant currently referred to your organisation';

/**
 * A group session entered at once: one attendance row per participant, all
 * sharing a `groupSessionId`, written all or nothing. Every participant must
 * be referred to the caller's organisation and covered by a consent letting
 * it disclose attendance; the access and consent checks run on the whole
 * list at once, not per participant.
 */
@Injectable()
export class GroupSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async record(principal: Principal, body: CreateGroupSessionDto): Promise<GroupSessionDto> {
    // Ids as Postgres spells them, so an upper-case id matches its grant.
    const input = { ...body, entries: body.entries.map((e) => ({ ...e, participantId: e.participantId.toLowerCase() })) };
    const duplicates = duplicateEntryProblems(input.entries);
    if (duplicates.length > 0) throw new ValidationFailedError(duplicates);
    const ids = input.entries.map((e) => e.participantId);
    const grants = await this.access.participants(principal, Permission.TreatmentWrite, ids);
    // Only provider staff hold treatment.write; a group session is one organisation's (the first entry in reach names it).
    const organisationId = [...grants.values()].find((g) => g.organisationId)?.organisationId ?? null;
    const inReach = [...grants.values()].filter((g) => g.organisationId !== null && g.organisationId === organisationId);
    const consents = await this.access.consentsCovering(principal, inReach, ATTENDANCE_INFORMATION, Permission.TreatmentWrite);

    const problems: FieldProblem[] = [];
    const refused: ParticipantGrant[] = [];
    input.entries.forEach(({ participantId }, i) => {
      const grant = grants.get(participantId);
      if (!grant || grant.organisationId === null) problems.push({ field: `entries.${i}.participantId`, message: NOT_REFERRED });
      else if (grant.organisationId !== organisationId) {
        problems.push({ field: `entries.${i}.participantId`, message: "is referred to another of your organisations: enter each organisation's group session on its own" });
      } else if (!consents.has(participantId)) {
        problems.push({ field: `entries.${i}.participantId`, message: 'no valid consent covers disclosing treatment attendance about this participant to you' });
        refused.push(grant);
      }
    });
    if (refused.length > 0) {
      // Refusals for want of consent are audited, as for a single session.
      await this.access.record(principal, refused, {
        action: 'treatment.write_refused',
        entityType: 'treatment_information',
        basis: 'denied',
        details: { information: [ATTENDANCE_INFORMATION], reason: 'no valid consent' },
      });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);

    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const facts = await this.entryFacts(manager, ids, now);
      const dateProblems = groupSessionProblems(input.sessionOn, input.entries, ids.map((id) => facts.get(id)!));
      if (dateProblems.length > 0) throw new ValidationFailedError(dateProblems);

      const groupSessionId = randomUUID();
      const rows = await manager.save(
        input.entries.map((entry) =>
          manager.create(TreatmentAttendance, {
            participantId: entry.participantId,
            organisationId: organisationId as string,
            sessionOn: input.sessionOn,
            sessionType: input.sessionType,
            attendance: entry.attendance,
            groupSessionId,
            recordedBy: principal.userId,
          }),
        ),
      );
      const consentIds = [...new Set(ids.map((id) => consents.get(id)!))];
      // One audit row per court involved (access.record groups the grants by court).
      await this.access.record(
        principal,
        ids.map((id) => grants.get(id)!),
        {
          action: 'treatment_attendance.write',
          entityType: 'treatment_attendance',
          entityIds: rows.map((r) => r.id),
          ...consentBasis(consentIds),
          details: { groupSessionId, consentIds },
        },
        manager,
      );
      await raiseNoShowViolations(
        manager,
        rows
          .filter((r) => r.attendance === 'no_show')
          .map((r) => ({ attendanceId: r.id, participantId: r.participantId, courtId: grants.get(r.participantId)!.courtId })),
        now,
      );
      return { groupSessionId, items: rows.map(attendanceDto) };
    });
  }

  /** Each participant's standing and court-local dates, in one query. */
  private async entryFacts(manager: EntityManager, ids: readonly string[], now: Date): Promise<Map<string, GroupEntryFacts>> {
    const rows = (await manager.query(
      `SELECT p.id, p.status, p.enrolled_on::text AS enrolled_on, c.time_zone
         FROM participants p JOIN courts c ON c.id = p.court_id
        WHERE p.id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{ id: string; status: ParticipantStatus; enrolled_on: string | null; time_zone: string }>;
    const facts = new Map<string, GroupEntryFacts>();
    for (const row of rows) {
      facts.set(row.id, {
        inProgram: IN_PROGRAM_STATUSES.includes(row.status),
        status: row.status,
        dates: { today: courtDateAt(now, row.time_zone), enrolledOn: row.enrolled_on },
      });
    }
    // The access check has just found each of them; only a concurrent delete leaves one out.
    if (ids.some((id) => !facts.has(id))) throw new NotFoundError('participant');
    return facts;
  }
}
