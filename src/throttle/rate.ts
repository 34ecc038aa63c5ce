/** A DRF-style rate: `15/hour`, `100/min`, `2/s`; `off` means no limit. */
export interface Rate {
  limit: number;
  seconds: number;
}

const PERIODS: Record<string, number> = { s: 1, sec: 1, second: 1, m: 60, min: 60, minute: 60, h: 3600, hour: 3600, d: 86400, day: 86400 };

export function parseRate(raw: string): Rate | null {
  const s = raw.trim().toLowerCase();
  if (s === 'off' || s === 'none' || s === '') return null;
  const m = /^(\d+)\s*\/\s*(\d*)\s*([a-z]+)$/.exec(s);
  const unit = m && (PERIODS[m[3]] ?? PERIODS[m[3].replace(/s$/, '')]);
  if (!m || !unit || Number(m[1]) < 1) throw new Error(`not a rate: ${JSON.stringify(raw)} (use N/second|minute|hour|day, or off)`);
  return { limit: Number(m[1]), seconds: unit * (m[2] ? Number(m[2]) : 1) };
}

export function formatRate(rate: Rate | null): string {
  if (!rate) return 'off';
  const unit = Object.entries({ day: 86400, hour: 3600, minute: 60, second: 1 }).find(([, s]) => rate.seconds % s === 0)!;
  const n = rate.seconds / unit[1];
  return `${rate.limit}/${n === 1 ? '' : n}${unit[0]}`;
}
