/**
 * `stays AS (…)`: the phase stays of the participants `participantIds`
 * (SQL yielding participant ids), each cut short where the person's next
 * stay starts, so one person's stays never overlap and a day falls in at
 * most one: the latest started, as a lookup of the stay covering the day
 * (`started_on <= day < ended_on`, latest first) picks. Joined on
 * `s.participant_id = x AND s.started_on <= day AND (s.ends_on IS NULL OR
 * s.ends_on > day)`, it is one hash join where a lookup per row costs
 * seconds over a state's two million tests. Columns: participant_id,
 * started_on, ends_on, program_id, position, name.
 */
export const phaseStaysSql = (participantIds: string) => `stays AS (
  SELECT h.participant_id, h.started_on,
         -- Of two stays begun the same day, the one ending first is cut to nothing: the other covers the day.
         LEAST(h.ended_on, lead(h.started_on) OVER (PARTITION BY h.participant_id ORDER BY h.started_on, h.ended_on NULLS LAST, h.id)) AS ends_on,
         pp.program_id, ph.position, ph.name
    FROM participant_phases h JOIN phases ph ON ph.id = h.phase_id JOIN phase_plans pp ON pp.id = ph.phase_plan_id
   WHERE h.participant_id IN (${participantIds}))`;

/** The join condition of `stays` (alias `s`) for participant and day expressions. */
export const inStayOn = (participant: string, day: string) =>
  `s.participant_id = ${participant} AND s.started_on <= ${day} AND (s.ends_on IS NULL OR s.ends_on > ${day})`;
