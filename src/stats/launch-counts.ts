import { orbitalFlag, orbitJoin } from './facts.ts';
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

/** A partition of the numbering: its key on a renumbered launch, and how its launches before the start are counted. */
interface Partition {
  alias: string;
  key: string;
  /** Launches before the start with key `k.k` (`window` restricts `b.net` further). */
  before: (from: string, window: string) => string;
}

const PARTITIONS: Partition[] = [
  { alias: 'pb', key: 'pad_id', before: (from, window) => `SELECT COUNT(*) FROM launch b WHERE b.pad_id = k.k AND b.net < ${from}${window}` },
  {
    alias: 'lb',
    key: 'location_id',
    before: (from, window) => `SELECT COUNT(*) FROM pad bp JOIN launch b ON b.pad_id = bp.id WHERE bp.location_id = k.k AND b.net < ${from}${window}`,
  },
  {
    alias: 'ab',
    key: 'lsp',
    before: (from, window) => `SELECT COUNT(*) FROM launch b WHERE b.launch_service_provider_id = k.k AND b.net < ${from}${window}`,
  },
];

/**
 * Numbers every launch at or after `fromNet` (all launches when null) in one UPDATE: window functions
 * number the rewritten launches, and each partition (pad, location, provider; and their year)
 * starts from the launches before the start, counted once per key through the (key, net) indexes;
 * the orbital numbering continues from the last orbital launch before the start. The cost follows the launches renumbered, not the table. `fromNet` is a stored NET.
 * The parts are MATERIALIZED so neither database re-runs a per-key count for every row; the target
 * is narrowed to the same NETs, or PostgreSQL hashes the whole table to find the rows it rewrites.
 */
export function launchCountsSql(q: StatsSql, fromNet: string | null): string {
  const from = fromNet === null ? null : `'${fromNet.replace(/'/g, "''")}'`;
  const year = fromNet === null ? null : `'${fromNet.slice(0, 4).replace(/'/g, "''")}'`;
  const inYear = ` AND b.net >= ${year}`;

  // the renumbered launches with what they are partitioned by
  const ctes = [
    `r AS MATERIALIZED (SELECT l.id, l.net, substr(l.net, 1, 4) AS yr, l.pad_id, p.location_id, l.launch_service_provider_id AS lsp,
      ${orbitalFlag} AS orb, ${q.epoch('l.net')} AS t
    FROM launch l LEFT JOIN pad p ON p.id = l.pad_id ${orbitJoin}
    WHERE l.net IS NOT NULL${from === null ? '' : ` AND l.net >= ${from}`})`,
  ];
  if (from !== null) {
    // per partition key: launches before the start (all, and in the start's year); for pads the last NET too
    for (const p of PARTITIONS) {
      const prev = p.alias === 'pb' ? `, (SELECT MAX(b.net) FROM launch b WHERE b.pad_id = k.k AND b.net < ${from}) AS prev` : '';
      ctes.push(`${p.alias} AS MATERIALIZED (SELECT k.k, (${p.before(from, '')}) AS n, (${p.before(from, inYear)}) AS ny${prev}
        FROM (SELECT DISTINCT ${p.key} AS k FROM r WHERE ${p.key} IS NOT NULL) k)`);
    }
    // The orbital partition is the whole table: instead of counting it, start from the number the
    // last orbital launch before the start carries (launches before the start are never rewritten
    // by this change, so theirs is what a full count gives; sub-orbital launches carry NULL).
    const orbitalBefore = (col: string, window: string) =>
      `COALESCE((SELECT b.${col} FROM launch b WHERE b.net < ${from}${window} AND b.${col} IS NOT NULL ORDER BY b.net DESC, b.id DESC LIMIT 1), 0)`;
    ctes.push(`ob AS MATERIALIZED (SELECT ${orbitalBefore('orbital_launch_attempt_count', '')} AS n, ${orbitalBefore('orbital_launch_attempt_count_year', inYear)} AS ny)`);
  }
  const joins = from === null ? '' : `CROSS JOIN ob ${PARTITIONS.map((p) => `LEFT JOIN ${p.alias} ON ${p.alias}.k = r.${p.key}`).join(' ')}`;

  const base = (alias: string, yearly: boolean) => {
    if (from === null) return '0';
    const n = `COALESCE(${alias}.${yearly ? 'ny' : 'n'}, 0)`;
    return yearly ? `CASE WHEN r.yr = ${year} THEN ${n} ELSE 0 END` : n;
  };
  const seq = (key: string, alias: string, yearly: boolean) =>
    `CASE WHEN r.${key} IS NOT NULL THEN ${base(alias, yearly)} + ROW_NUMBER() OVER (PARTITION BY r.${key}${yearly ? ', r.yr' : ''} ORDER BY r.net, r.id) END`;
  const orbital = (yearly: boolean) =>
    `CASE WHEN r.orb = 1 THEN ${base('ob', yearly)} + SUM(r.orb) OVER (${yearly ? 'PARTITION BY r.yr ' : ''}ORDER BY r.net, r.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) END`;
  const prevAtPad = from === null ? 'NULL' : q.epoch('pb.prev');

  return `WITH ${ctes.join(',\n')}
    UPDATE launch SET ${COLS.map((c) => `${c} = s.${c}`).join(', ')} FROM (
      SELECT id, ${COLS.slice(0, -1).join(', ')}, ${q.isoDuration('pad_gap')} AS pad_turnaround
      FROM (
        SELECT r.id,
          ${orbital(false)} AS orbital_launch_attempt_count,
          ${seq('location_id', 'lb', false)} AS location_launch_attempt_count,
          ${seq('pad_id', 'pb', false)} AS pad_launch_attempt_count,
          ${seq('lsp', 'ab', false)} AS agency_launch_attempt_count,
          ${orbital(true)} AS orbital_launch_attempt_count_year,
          ${seq('location_id', 'lb', true)} AS location_launch_attempt_count_year,
          ${seq('pad_id', 'pb', true)} AS pad_launch_attempt_count_year,
          ${seq('lsp', 'ab', true)} AS agency_launch_attempt_count_year,
          CASE WHEN r.pad_id IS NOT NULL
            THEN CAST(r.t - COALESCE(LAG(r.t) OVER (PARTITION BY r.pad_id ORDER BY r.net, r.id), ${prevAtPad}, r.t) AS BIGINT) END AS pad_gap
        FROM r ${joins}
      ) numbered
    ) s WHERE launch.id = s.id${from === null ? '' : ` AND launch.net >= ${from}`} AND (${COLS.map((c) => `launch.${c} IS DISTINCT FROM s.${c}`).join(' OR ')})`;
}
