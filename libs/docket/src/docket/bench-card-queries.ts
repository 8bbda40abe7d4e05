import type { Translations } from '@app/core';
import { EntityManager } from 'typeorm';

/**
 * What the top of the bench card needs beyond the period's facts, for every
 * participant on the session in one statement: the orders of their last
 * hearing (with the community service done since), six months of responses,
 * their treatment providers, their next hearing after this one, and what
 * was recorded at this hearing once it is.
 */

export interface CardQueryInput {
  participantId: string;
  /** This session's hearing: what was recorded at it, once recorded. */
  hearingId: string;
  lastHearingId: string | null;
  /** Court date of the last hearing held; null before the first. */
  lastHearingOn: string | null;
  /** When this session's hearing is (the next hearing is the first one after it). */
  hearingAt: Date;
  /** The session's court date: six months of responses are counted back from it. */
  sessionDay: string;
}

export interface CardOrderRow {
  id: string;
  kind: string;
  code: string;
  name: string;
  translations: Translations<'name'>;
  effect: string;
  amount: string | null;
  testsPerWeek: number | null;
  orderedOn: string;
}

export interface CardResponseRow {
  id: string;
  kind: string;
  name: string;
  translations: Translations<'name'>;
  orderedOn: string;
}

export interface CardFactsRow {
  participant_id: string;
  last_orders: CardOrderRow[];
  service_since_last_hearing: string;
  recent_responses: CardResponseRow[];
  providers: Array<{ organisationId: string; name: string; referredOn: string }>;
  next_hearing: { date: string; startTime: string; courtroom: string | null; kind: string; courtroomTranslations?: Record<string, Record<string, string>> } | null;
  /** Of this hearing's outcome as first recorded (amendments change attendance and notes only). */
  recorded: {
    warrant: boolean;
    phaseChange: 'promote' | 'demote' | null;
    responses: Array<{ kind: string; name: string; translations: Translations<'name'>; effect: string; amount: string | null }>;
  } | null;
}

export async function cardFacts(manager: EntityManager, inputs: readonly CardQueryInput[]): Promise<CardFactsRow[]> {
  if (inputs.length === 0) return [];
  return (await manager.query(
    `SELECT w.participant_id,
            (SELECT coalesce(json_agg(json_build_object(
                      'id', r.id, 'kind', r.kind, 'code', e.code, 'name', e.name, 'translations', e.translations, 'effect', r.effect,
                      'amount', r.amount, 'testsPerWeek', r.tests_per_week, 'orderedOn', r.ordered_on::text) ORDER BY r.created_at), '[]')
               FROM court_responses r JOIN response_catalogue_entries e ON e.id = r.catalogue_entry_id
              WHERE r.participant_id = w.participant_id AND r.hearing_id = w.last_hearing_id) AS last_orders,
            (SELECT coalesce(sum(l.amount), 0) FROM participant_ledger_entries l
              WHERE l.participant_id = w.participant_id AND l.kind = 'community_service' AND l.occurred_on >= w.last_on) AS service_since_last_hearing,
            (SELECT coalesce(json_agg(json_build_object(
                      'id', r.id, 'kind', r.kind, 'name', e.name, 'translations', e.translations, 'orderedOn', r.ordered_on::text)
                      ORDER BY r.ordered_on DESC, r.created_at DESC), '[]')
               FROM court_responses r JOIN response_catalogue_entries e ON e.id = r.catalogue_entry_id
              WHERE r.participant_id = w.participant_id AND r.ordered_on > (w.session_day - interval '6 months')::date) AS recent_responses,
            (SELECT coalesce(json_agg(json_build_object('organisationId', o.id, 'name', o.name, 'referredOn', pr.referred_on::text)
                      ORDER BY pr.referred_on DESC), '[]')
               FROM provider_referrals pr JOIN provider_organisations o ON o.id = pr.organisation_id
              WHERE pr.participant_id = w.participant_id AND pr.ended_at IS NULL) AS providers,
            (SELECT json_build_object(
                      'date', (h.scheduled_at AT TIME ZONE c.time_zone)::date::text,
                      'startTime', to_char(h.scheduled_at AT TIME ZONE c.time_zone, 'HH24:MI'),
                      'courtroom', s.courtroom, 'kind', h.kind, 'courtroomTranslations', c.courtroom_translations)
               FROM hearings h JOIN courts c ON c.id = h.court_id LEFT JOIN court_sessions s ON s.id = h.session_id
              WHERE h.participant_id = w.participant_id AND h.status = 'scheduled' AND h.scheduled_at > w.hearing_at
              ORDER BY h.scheduled_at LIMIT 1) AS next_hearing,
            (SELECT json_build_object(
                      'warrant', coalesce((x.request->>'warrant')::boolean, false),
                      'phaseChange', x.request->'phaseChange'->>'direction',
                      'responses', (SELECT coalesce(json_agg(json_build_object(
                                      'kind', r.kind, 'name', e.name, 'translations', e.translations, 'effect', r.effect, 'amount', r.amount)
                                      ORDER BY r.created_at), '[]')
                                      FROM court_responses r JOIN response_catalogue_entries e ON e.id = r.catalogue_entry_id
                                     WHERE r.hearing_id = w.hearing_id))
               FROM hearing_outcomes x WHERE x.hearing_id = w.hearing_id AND x.version = 1) AS recorded
       FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::timestamptz[], $5::date[], $6::uuid[])
            AS w(participant_id, last_hearing_id, last_on, hearing_at, session_day, hearing_id)`,
    [
      inputs.map((i) => i.participantId),
      inputs.map((i) => i.lastHearingId),
      inputs.map((i) => i.lastHearingOn),
      inputs.map((i) => i.hearingAt),
      inputs.map((i) => i.sessionDay),
      inputs.map((i) => i.hearingId),
    ],
  )) as CardFactsRow[];
}
