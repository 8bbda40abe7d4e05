import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@app/auth';
import { Clock, isLanguage, type Language } from '@app/core';
import { DataSource } from 'typeorm';
import { CourtAccess } from './court-access';
import { requireCourt } from './courts.service';

export type WordingKind = 'phase' | 'milestone' | 'catalogue_entry' | 'courtroom' | 'testing_site';

export interface MissingWording {
  kind: WordingKind;
  /** As the court entered it. */
  text: string;
  /** The program's code, for phases, milestones and catalogue entries. */
  programCode: string | null;
  /** The languages it has no wording in. */
  languages: Language[];
}

export interface WordingReport {
  /** The languages the court's people read other than the court's own: its members' own choices. */
  languages: Language[];
  missing: MissingWording[];
}

interface TextRow {
  kind: WordingKind;
  text: string;
  program_code: string | null;
  worded: string[];
}

/**
 * Court wording with no text in a language the court's people read: the
 * phases and milestones of each active program's current plan, active
 * catalogue entries, courtrooms of sessions from today on, and active testing
 * sites' instructions. The languages are those its members (participants and
 * staff) chose for themselves other than the court's own, in which it is entered.
 */
@Injectable()
export class MissingWordingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async report(principal: Principal, courtId: string): Promise<WordingReport> {
    CourtAccess.configure(principal, courtId);
    const manager = this.dataSource.manager;
    const court = await requireCourt(manager, courtId);
    const chosen = (await manager.query(
      `SELECT DISTINCT u.language FROM court_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.court_id = $1 AND u.active AND u.language IS NOT NULL AND u.language <> $2 ORDER BY u.language`,
      [courtId, court.language],
    )) as Array<{ language: string }>;
    const languages = chosen.map((r) => r.language).filter(isLanguage);
    if (languages.length === 0) return { languages, missing: [] };
    const rows = (await manager.query(
      `WITH current_plans AS (
         SELECT DISTINCT ON (pp.program_id) pp.id, p.code FROM phase_plans pp JOIN programs p ON p.id = pp.program_id
          WHERE p.court_id = $1 AND p.active ORDER BY pp.program_id, pp.version DESC)
       SELECT 'phase' AS kind, ph.name AS text, cp.code AS program_code,
              ARRAY(SELECT key FROM jsonb_each(ph.translations) WHERE value ? 'name') AS worded
         FROM phases ph JOIN current_plans cp ON cp.id = ph.phase_plan_id
       UNION ALL
       SELECT 'milestone', m.name, cp.code,
              ARRAY(SELECT key FROM jsonb_each(ph.milestone_translations) WHERE jsonb_array_length(value) > m.i - 1)
         FROM phases ph JOIN current_plans cp ON cp.id = ph.phase_plan_id, unnest(ph.milestones) WITH ORDINALITY AS m(name, i)
       UNION ALL
       SELECT 'catalogue_entry', e.name, p.code, ARRAY(SELECT key FROM jsonb_each(e.translations) WHERE value ? 'name')
         FROM response_catalogue_entries e JOIN programs p ON p.id = e.program_id WHERE p.court_id = $1 AND p.active AND e.active
       UNION ALL
       SELECT DISTINCT 'courtroom', s.courtroom, NULL::varchar,
              ARRAY(SELECT key FROM jsonb_each(c.courtroom_translations) WHERE value ? s.courtroom)
         FROM court_sessions s JOIN courts c ON c.id = s.court_id
        WHERE s.court_id = $1 AND s.status <> 'cancelled' AND s.session_date >= ($2::timestamptz AT TIME ZONE c.time_zone)::date
       UNION ALL
       SELECT 'testing_site', t.instructions, NULL::varchar, ARRAY(SELECT key FROM jsonb_each(t.translations) WHERE value ? 'instructions')
         FROM testing_sites t WHERE t.court_id = $1 AND t.active AND t.instructions IS NOT NULL`,
      [courtId, this.clock.now()],
    )) as TextRow[];
    const missing: MissingWording[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const lacking = languages.filter((l) => !row.worded.includes(l));
      const key = `${row.kind}\u0000${row.program_code ?? ''}\u0000${row.text}`;
      if (lacking.length === 0 || seen.has(key)) continue;
      seen.add(key);
      missing.push({ kind: row.kind, text: row.text, programCode: row.program_code, languages: lacking });
    }
    return { languages, missing };
  }
}
