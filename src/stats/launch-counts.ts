import { SUBORBITAL_ORBITS } from './definitions.ts';
import { orbitalFlag } from './facts.ts';
import type { StatsSql } from './sql.ts';

/**
 * A launch's eight `*_launch_attempt_count(_year)` values and its `pad_turnaround`.
 *
 * Every launch is numbered in (net, id) order — all statuses, so an upcoming launch shows the attempt
 * it will be and a past launch's number never moves when launches are scheduled after it (lineage:
 * `Launch.objects.filter(net__lte=self.net, ...).count()`; ties, which the lineage counted together,
 * are broken by id here so no two launches share a number):
 * - orbital_launch_attempt_count: among orbital attempts worldwide (src/stats/definitions.ts); NULL for
 *   a sub-orbital launch;
 * - location_/pad_/agency_launch_attempt_count: among launches from the same location, from the same
 *   pad, by the same launch service provider; NULL when the launch has none;
 * - the `_year` forms count only launches in the same UTC calendar year as the launch's NET.
 * pad_turnaround: the time since the previous launch from the same pad, `P0D` for a pad's first launch
 * (as LL2 shows it, seed 000).
 *
 * The counts are cumulative, so a change at NET t can move every launch at or after t: those are
 * rewritten (only where a value differs), earlier launches are not touched.
 */
const COLS = [
  'orbital_launch_attempt_count',
  'location_launch_attempt_count',
  'pad_launch_attempt_count',
  'agency_launch_attempt_count',
  'orbital_launch_attempt_count_year',
  'location_launch_attempt_count_year',
  'pad_launch_attempt_count_year',
  'agency_launch_attempt_count_year',
  'pad_turnaround',
];

/**
 * Numbers every launch at or after `fromNet` (all launches when null). With a start, launches before
 * it are counted per partition (index lookups) instead of numbering the whole table: the cost follows
 * the launches renumbered, not the table. `fromNet` is a stored NET, quoted here.
 */
export function launchCountsSql(q: StatsSql, fromNet: string | null): string {
  const from = fromNet === null ? null : `'${fromNet.replace(/'/g, "''")}'`;
  const year = from === null ? null : `'${fromNet!.slice(0, 4).replace(/'/g, "''")}'`;
  // launches before the start, in the row's partition (and in the start's year, for the _year forms)
  // launches before the start per partition key, for the keys the renumbered launches use
  const grouped = (key: string, yearOnly: boolean) =>
    `SELECT ${key} AS k, COUNT(*) AS n FROM launch b LEFT JOIN pad bp ON bp.id = b.pad_id
      WHERE b.net < ${from}${yearOnly ? ` AND b.net >= ${year}` : ''} AND ${key} IN (
        SELECT ${key.replace(/\bb\./g, 'b2.').replace(/\bbp\./g, 'bp2.')} FROM launch b2 LEFT JOIN pad bp2 ON bp2.id = b2.pad_id WHERE b2.net >= ${from})
      GROUP BY ${key}`;
  // orbital attempts before the start = launches before it − sub-orbital ones (found from the orbit side)
  const orbitalBefore = (yearOnly: boolean) => {
    if (from === null) return '0';
    const window = `b.net < ${from}${yearOnly ? ` AND b.net >= ${year}` : ''}`;
    const sub = SUBORBITAL_ORBITS.map((o) => `'${o}'`).join(', ');
    return `((SELECT COUNT(*) FROM launch b WHERE ${window}) - (SELECT COUNT(*) FROM orbit o JOIN mission m ON m.orbit_id = o.id
      JOIN launch b ON b.mission_id = m.id WHERE (o.abbrev IN (${sub}) OR o.name IN (${sub})) AND ${window}))`;
  };
  const bases: Array<[string, string, boolean, string]> = [
    ['lb', 'bp.location_id', false, 'p.location_id'],
    ['lyb', 'bp.location_id', true, 'p.location_id'],
    ['pb', 'b.pad_id', false, 'l.pad_id'],
    ['pyb', 'b.pad_id', true, 'l.pad_id'],
    ['ab', 'b.launch_service_provider_id', false, 'l.launch_service_provider_id'],
    ['ayb', 'b.launch_service_provider_id', true, 'l.launch_service_provider_id'],
  ];
  const baseCols = bases.map(([alias]) => (from === null ? `0 AS ${alias}` : `COALESCE(${alias}.n, 0) AS ${alias}`)).join(', ');
  const baseJoins = from === null ? '' : bases.map(([alias, key, y, on]) => `LEFT JOIN (${grouped(key, y)}) ${alias} ON ${alias}.k = ${on}`).join('\n');
  const inYear = (e: string) => (from === null ? '0' : `CASE WHEN yr = ${year} THEN ${e} ELSE 0 END`);
  const seq = (partition: string[], when: string, base: string) =>
    `CASE WHEN ${when} IS NOT NULL THEN ${base} + ROW_NUMBER() OVER (PARTITION BY ${partition.join(', ')} ORDER BY net, id) END`;
  const orbital = (partition: string, base: string) =>
    `CASE WHEN orb = 1 THEN ${base} + SUM(orb) OVER (${partition} ORDER BY net, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) END`;
  const prevAtPad = from === null ? 'NULL' : `(SELECT MAX(b.net) FROM launch b WHERE b.pad_id = l.pad_id AND b.net < ${from})`;
  return `UPDATE launch SET ${COLS.map((c) => `${c} = s.${c}`).join(', ')} FROM (
      SELECT id, ${COLS.slice(0, -1).join(', ')}, ${q.isoDuration('pad_gap')} AS pad_turnaround
      FROM (
        SELECT id, net,
          ${orbital('', 'ob')} AS orbital_launch_attempt_count,
          ${seq(['location_id'], 'location_id', 'lb')} AS location_launch_attempt_count,
          ${seq(['pad_id'], 'pad_id', 'pb')} AS pad_launch_attempt_count,
          ${seq(['lsp'], 'lsp', 'ab')} AS agency_launch_attempt_count,
          ${orbital('PARTITION BY yr', inYear('oyb'))} AS orbital_launch_attempt_count_year,
          ${seq(['location_id', 'yr'], 'location_id', inYear('lyb'))} AS location_launch_attempt_count_year,
          ${seq(['pad_id', 'yr'], 'pad_id', inYear('pyb'))} AS pad_launch_attempt_count_year,
          ${seq(['lsp', 'yr'], 'lsp', inYear('ayb'))} AS agency_launch_attempt_count_year,
          CASE WHEN pad_id IS NOT NULL
            THEN CAST(t - COALESCE(LAG(t) OVER (PARTITION BY pad_id ORDER BY net, id), prev_t, t) AS BIGINT) END AS pad_gap
        FROM (
          SELECT l.id, l.net, substr(l.net, 1, 4) AS yr, l.pad_id, p.location_id, l.launch_service_provider_id AS lsp,
            ${orbitalFlag} AS orb, ${q.epoch('l.net')} AS t, ${q.epoch(prevAtPad)} AS prev_t,
            ${orbitalBefore(false)} AS ob, ${orbitalBefore(true)} AS oyb, ${baseCols}
          FROM launch l LEFT JOIN pad p ON p.id = l.pad_id ${baseJoins} WHERE l.net IS NOT NULL${from === null ? '' : ` AND l.net >= ${from}`}
        ) base
      ) numbered
    ) s WHERE launch.id = s.id AND (${COLS.map((c) => `launch.${c} IS DISTINCT FROM s.${c}`).join(' OR ')})`;
}
