/**
 * The demographic dimensions an outcome measure can be split by, and the
 * SQL expression of a participant's group on each. Every dimension names a
 * group for everyone ('unknown' when not recorded), so the groups add up to
 * the whole.
 */
export const DEMOGRAPHIC_DIMENSIONS = ['gender', 'race', 'ethnicity', 'age_group'] as const;
export type DemographicDimension = (typeof DEMOGRAPHIC_DIMENSIONS)[number];

/** The participant's group on a dimension, as SQL on the participants row `alias`; the dimension comes from the closed list above, never from the request's text. */
export function demographicGroupSql(dimension: DemographicDimension, alias: string): string {
  switch (dimension) {
    case 'gender':
    case 'race':
    case 'ethnicity':
      return `COALESCE(NULLIF(${alias}.${dimension}, ''), 'unknown')`;
    case 'age_group':
      // Age on admission (or referral, before admission): the age the program served.
      return `CASE WHEN ${alias}.date_of_birth IS NULL OR COALESCE(${alias}.enrolled_on, ${alias}.referred_on) IS NULL THEN 'unknown'
                   WHEN age(COALESCE(${alias}.enrolled_on, ${alias}.referred_on), ${alias}.date_of_birth) < interval '25 years' THEN 'under_25'
                   WHEN age(COALESCE(${alias}.enrolled_on, ${alias}.referred_on), ${alias}.date_of_birth) < interval '35 years' THEN '25_34'
                   WHEN age(COALESCE(${alias}.enrolled_on, ${alias}.referred_on), ${alias}.date_of_birth) < interval '45 years' THEN '35_44'
                   ELSE '45_and_over' END`;
  }
}
