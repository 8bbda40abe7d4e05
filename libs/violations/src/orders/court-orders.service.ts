import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { courtDateAt, DEFAULT_LANGUAGE, isLanguage, NotFoundError, translated, type Translations } from '@app/core';
import type { HearingPresence } from '@app/participants';
import { DataSource, EntityManager } from 'typeorm';
import { CourtOrderDto } from './court-order.dto';
import { CourtOrder } from './court-order.entity';
import { renderOrder, type OrderFacts } from './order-document';

interface FactsRow {
  court_id: string;
  participant_id: string;
  hearing_id: string | null;
  ordered_on: string;
  effect: string;
  amount: string | null;
  tests_per_week: number | null;
  restricts_liberty: boolean;
  over_limit_reason: string | null;
  note: string | null;
  delegated: boolean;
  custody_ends_at: Date | null;
  created_at: Date;
  entry_name: string;
  entry_translations: Translations<'name'>;
  court_name: string;
  court_language: string;
  time_zone: string;
  program_name: string;
  program_translations: Translations<'name'>;
  jail_limit_days: number;
  first_name: string;
  last_name: string;
  participant_number: string | null;
  participant_language: string | null;
  ordered_by_name: string;
  hearing_at: Date | null;
}

interface OrderRow {
  id: string;
  participant_id: string;
  court_id: string;
  response_id: string;
  hearing_id: string | null;
  ordered_on: string;
  language: string;
  sha256: string;
  created_at: Date;
  name: string;
  translations: Translations<'name'>;
}

const toDto = (row: OrderRow): CourtOrderDto => ({
  id: row.id,
  participantId: row.participant_id,
  responseId: row.response_id,
  hearingId: row.hearing_id,
  orderedOn: row.ordered_on,
  language: row.language,
  response: translated(row.name, row.translations, isLanguage(row.language) ? row.language : DEFAULT_LANGUAGE, 'name'),
  sha256: row.sha256,
  createdAt: row.created_at.toISOString(),
});

const ORDER_COLUMNS = `o.id, o.participant_id, o.court_id, o.response_id, o.hearing_id, o.ordered_on::text, o.language, o.sha256, o.created_at, e.name, e.translations`;
const ORDER_FROM = `court_orders o JOIN court_responses r ON r.id = o.response_id JOIN response_catalogue_entries e ON e.id = r.catalogue_entry_id`;

/**
 * The written order of every sanction: made in the transaction that records
 * the sanction (so there is never a sanction without its order), in the
 * participant's language, and read by staff of the court and by the
 * participant from their own page, each read audited.
 */
@Injectable()
export class CourtOrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Writes the order of a sanction just recorded, inside the caller's transaction. */
  async issueIn(manager: EntityManager, responseId: string, hearing: HearingPresence | undefined): Promise<CourtOrder> {
    const facts = await this.facts(manager, responseId, hearing);
    const pdf = await renderOrder(facts.facts);
    return manager.save(
      manager.create(CourtOrder, {
        courtId: facts.row.court_id,
        participantId: facts.row.participant_id,
        responseId,
        hearingId: facts.row.hearing_id,
        orderedOn: facts.row.ordered_on,
        language: facts.facts.language,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        pdf,
      }),
    );
  }

  /** A participant's orders, newest first (staff of the court; audited). */
  async list(principal: Principal, participantId: string, permission = Permission.ViolationRead): Promise<CourtOrderDto[]> {
    const grant = await this.access.participant(principal, permission, participantId);
    const rows = (await this.dataSource.query(
      `SELECT ${ORDER_COLUMNS} FROM ${ORDER_FROM} WHERE o.participant_id = $1 ORDER BY o.ordered_on DESC, o.created_at DESC`,
      [participantId],
    )) as OrderRow[];
    await this.access.record(principal, [grant], { action: 'court_order.list', entityType: 'court_order', entityIds: rows.map((r) => r.id) });
    return rows.map(toDto);
  }

  /** The participant's own orders, newest first. */
  async own(principal: Principal): Promise<CourtOrderDto[]> {
    return this.list(principal, ownParticipant(principal), Permission.ParticipantRead);
  }

  /**
   * One order's PDF, for staff who may read the participant's violations or
   * for the participant themself; anyone else gets "not found". Audited.
   */
  async pdf(principal: Principal, orderId: string, options: { own?: boolean } = {}): Promise<{ order: CourtOrderDto; pdf: Buffer }> {
    const [row] = (await this.dataSource.query(`SELECT ${ORDER_COLUMNS}, o.pdf FROM ${ORDER_FROM} WHERE o.id = $1`, [orderId])) as Array<OrderRow & { pdf: Buffer }>;
    if (!row || (options.own && row.participant_id !== ownParticipant(principal))) throw new NotFoundError('court order');
    const permission = options.own ? Permission.ParticipantRead : Permission.ViolationRead;
    const grant = (await this.access.participants(principal, permission, [row.participant_id])).get(row.participant_id);
    if (!grant) throw new NotFoundError('court order');
    await this.access.record(principal, [grant], { action: 'court_order.read', entityType: 'court_order', entityIds: [row.id] });
    return { order: toDto(row), pdf: row.pdf };
  }

  private async facts(manager: EntityManager, responseId: string, hearing: HearingPresence | undefined): Promise<{ row: FactsRow; facts: OrderFacts }> {
    const [row] = (await manager.query(
      `SELECT r.court_id, r.participant_id, r.hearing_id, r.ordered_on::text, r.effect, r.amount, r.tests_per_week, r.restricts_liberty, r.over_limit_reason,
              r.note, r.delegated, r.custody_ends_at, r.created_at, e.name AS entry_name, e.translations AS entry_translations,
              c.name AS court_name, c.language AS court_language, c.time_zone, pr.name AS program_name, pr.translations AS program_translations,
              pr.jail_limit_days, p.first_name, p.last_name, p.participant_number, u.language AS participant_language,
              ob.display_name AS ordered_by_name, h.scheduled_at AS hearing_at
         FROM court_responses r
         JOIN response_catalogue_entries e ON e.id = r.catalogue_entry_id
         JOIN programs pr ON pr.id = e.program_id
         JOIN courts c ON c.id = r.court_id
         JOIN participants p ON p.id = r.participant_id
         LEFT JOIN users u ON u.id = p.user_id
         JOIN users ob ON ob.id = r.ordered_by
         LEFT JOIN hearings h ON h.id = r.hearing_id
        WHERE r.id = $1`,
      [responseId],
    )) as FactsRow[];
    const violations = (await manager.query(
      `SELECT v.kind, v.detected_at FROM court_response_violations rv JOIN violations v ON v.id = rv.violation_id WHERE rv.response_id = $1 ORDER BY v.detected_at, v.id`,
      [responseId],
    )) as Array<{ kind: string; detected_at: Date }>;
    const language = [row.participant_language, row.court_language].find(isLanguage) ?? DEFAULT_LANGUAGE;
    const facts: OrderFacts = {
      language,
      timeZone: row.time_zone,
      court: row.court_name,
      program: translated(row.program_name, row.program_translations, language, 'name'),
      participant: { name: `${row.first_name} ${row.last_name}`, number: row.participant_number },
      orderedOn: row.ordered_on,
      hearing: hearing && row.hearing_at ? { on: courtDateAt(row.hearing_at, row.time_zone), attendance: hearing.attendance, waiver: hearing.waiver } : null,
      violations: violations.map((v) => ({ kind: v.kind, detectedOn: courtDateAt(v.detected_at, row.time_zone) })),
      response: {
        name: translated(row.entry_name, row.entry_translations, language, 'name'),
        effect: row.effect,
        amount: row.amount === null ? null : Number(row.amount),
        testsPerWeek: row.tests_per_week,
        restrictsLiberty: row.restricts_liberty,
      },
      custodyEndsOn: row.custody_ends_at ? courtDateAt(row.custody_ends_at, row.time_zone) : null,
      overLimit: row.over_limit_reason ? { reason: row.over_limit_reason, limitDays: row.jail_limit_days } : null,
      note: row.note,
      orderedBy: { name: row.ordered_by_name, judge: !row.delegated },
      createdAt: row.created_at,
    };
    return { row, facts };
  }
}

function ownParticipant(principal: Principal): string {
  if (!principal.participantId) throw new NotFoundError('court order');
  return principal.participantId;
}
