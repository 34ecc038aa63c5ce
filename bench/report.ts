/** The bench's results as Markdown tables, ready to paste into BENCHMARKS.md. */
import type { BenchDialect, ImportMeasure } from './databases.ts';

export interface Row {
  size: number;
  kind: string;
  variant: 'repeated' | 'distinct';
  urls: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Server process CPU per request. */
  cpuMs: number;
  /** PostgreSQL: CPU of the database's backends per request. */
  dbCpuMs?: number;
  errors: number;
  ll2Stack?: number;
  target?: number;
}

/** The dataset size LL2's stack was measured on and the issue's targets are set for. */
export const COMPARED_SIZE = 10_000;

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function requestTable(rows: Row[], dialect: BenchDialect, caches: boolean): string {
  const pg = dialect === 'postgres';
  // the targets are for every cache off; with the caches on the ratio is shown, the verdict is not
  const factor = pg ? 0.5 : 1;
  const head = ['launches', 'request', 'URLs', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', ...(pg ? ['DB CPU ms/req'] : []), 'non-2xx', '× LL2 stack', ...(caches ? [] : ['target req/s', 'target'])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h) => (h === 'request' || h === 'URLs' || h === 'target' ? '---' : '---:')).join('|')}|`];
  for (const r of rows) {
    const compared = r.size === COMPARED_SIZE && r.ll2Stack !== undefined;
    const urls = `${r.variant} ${n(r.urls)}${r.variant === 'distinct' && r.requests > r.urls ? ' ↻' : ''}`;
    const target = r.target !== undefined ? r.target * factor : undefined;
    lines.push(
      `| ${[
        n(r.size),
        r.kind,
        urls,
        n(r.rps),
        r.p50,
        r.p99,
        r.cpuMs.toFixed(2),
        ...(pg ? [r.dbCpuMs === undefined ? '—' : r.dbCpuMs.toFixed(2)] : []),
        r.errors,
        compared ? `${(r.rps / r.ll2Stack!).toFixed(1)}×` : '—',
        ...(caches ? [] : compared && target !== undefined ? [`≥ ${n(target)}`, r.rps >= target ? 'met' : '**missed**'] : ['—', '—']),
      ].join(' | ')} |`,
    );
  }
  const notes = [
    `URLs: "repeated" cycles through that many URLs; "distinct" asks each URL once${rows.some((r) => r.variant === 'distinct' && r.requests > r.urls) ? ' (↻: the run made more requests than there are distinct URLs, so it wrapped around and asked some twice)' : ''}.`,
    `× LL2 stack and the targets: ${COMPARED_SIZE.toLocaleString('en-US')} launches only, against LL2's own stack (DRF + django-filter on SQLite, every cache off, issue #13)${caches ? '' : `; targets are issue #13's${pg ? ' PostgreSQL targets (half the SQLite ones)' : ' SQLite targets (20× LL2\'s stack)'}`}.`,
    ...(pg ? ['DB CPU: the PostgreSQL backends serving the bench database, from /proc (a lower bound: a backend that exits during a run takes its time with it).'] : []),
  ];
  return `${lines.join('\n')}\n\n${notes.join('\n')}`;
}

export interface ImportRow extends ImportMeasure {
  size: number;
}

export function importTable(rows: ImportRow[], dialect: BenchDialect): string {
  const pg = dialect === 'postgres';
  const head = ['launches', 'objects', 'import s', 'launches/s', 'objects/s', 'import CPU s', ...(pg ? ['DB CPU s'] : []), 'target', ''];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h) => (h === 'target' || h === '' ? '---' : '---:')).join('|')}|`];
  for (const r of rows) {
    // issue #13: ≥ 2,000 detailed launches/s (10k in ≤ 5 s); a 100k export in ≤ 3 min (SQLite), ≤ 5 min (PostgreSQL)
    const bySeconds = r.size >= 100_000 ? (pg ? 300 : 180) : undefined;
    const met = bySeconds !== undefined ? r.seconds <= bySeconds : r.launches / r.seconds >= 2000;
    lines.push(
      `| ${[
        n(r.launches),
        n(r.objects),
        r.seconds.toFixed(1),
        n(r.launches / r.seconds),
        n(r.objects / r.seconds),
        r.cpuSeconds.toFixed(1),
        ...(pg ? [r.dbCpuSeconds === undefined ? '—' : r.dbCpuSeconds.toFixed(1)] : []),
        bySeconds !== undefined ? `≤ ${bySeconds} s` : '≥ 2,000 launches/s',
        met ? 'met' : '**missed**',
      ].join(' | ')} |`,
    );
  }
  return `${lines.join('\n')}\n\nThe dataset's NDJSON export (\`ll2 export --format ndjson\`) imported into an empty, migrated database in one \`importFiles\` call (what \`ll2 import FILE\` runs), in the bench process: import CPU is that process's${pg ? ', DB CPU the PostgreSQL backend\'s' : ''}.`;
}

/** req/s at the largest size over req/s at the smallest, per kind and variant. */
export function growth(rows: Row[], sizes: number[]): string {
  const out = [`Growth ${n(sizes[0])} → ${n(sizes.at(-1)!)} launches (req/s ratio):`];
  for (const r of rows.filter((r) => r.size === sizes[0])) {
    const b = rows.find((x) => x.kind === r.kind && x.variant === r.variant && x.size === sizes.at(-1));
    if (b) out.push(`- ${r.kind}, ${r.variant}: ${(b.rps / r.rps).toFixed(2)}×`);
  }
  return out.join('\n');
}
