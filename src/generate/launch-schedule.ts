import { fractionalYear, rateAt } from './activity.ts';
import { NET_PRECISION } from './lookup-tables.ts';
import type { Rng } from './rng.ts';
import { DAY, HOUR, MINUTE } from './time.ts';
import type { FamilySpec } from './vehicles-data.ts';

/** A launch slot: its id, NET and how precisely the NET is known. */
export interface Slot {
  id: string;
  net: number;
  precision: number;
}

/** Sputnik 1 lifted off on 1957-10-04 at 19:28 UTC: nothing is scheduled before it. */
export const HISTORY_START = Date.UTC(1957, 9, 4, 19, 28);

/** Upcoming launches thin out the further ahead they are (fewer are announced): e-folding time. */
const FUTURE_DECAY = 300 * DAY;
/** Share of launches placed on a day that already has one (several launches on busy days). */
const SAME_DAY_SHARE = 0.1;

/**
 * Draws `n` launch slots between Sputnik and anchor + 3 years. The density of launches per day is the
 * sum of the launch rates of the vehicle families flying that day, so most launches are in the past,
 * the 1970s-80s and 2020s are busy, and the future thins out (a few hundred per 10k launches).
 * Slots come back sorted by (net, id), the order the running counts follow.
 */
export function scheduleLaunches(rng: Rng, n: number, anchor: number, families: FamilySpec[]): Slot[] {
  const end = scheduleEnd(anchor);
  const firstDay = Math.floor(HISTORY_START / DAY) * DAY;
  const days = Math.ceil((end - firstDay) / DAY);
  const cumulative = new Float64Array(days);
  let total = 0;
  for (let d = 0; d < days; d++) {
    const t = firstDay + d * DAY + DAY / 2;
    const y = fractionalYear(t);
    let rate = 0;
    for (const f of families) rate += rateAt(f.rate, y);
    if (t > anchor) rate *= Math.exp(-(t - anchor) / FUTURE_DECAY);
    total += rate;
    cumulative[d] = total;
  }

  const nets: number[] = new Array(n);
  const base = Math.max(1, Math.round(n * (1 - SAME_DAY_SHARE)));
  for (let i = 0; i < n; i++) {
    let dayStart: number;
    if (i < base || i === 0) {
      const u = rng.next() * total;
      let lo = 0;
      let hi = days - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] < u) lo = mid + 1;
        else hi = mid;
      }
      dayStart = firstDay + lo * DAY;
    } else {
      dayStart = Math.floor(nets[rng.int(0, base - 1)] / DAY) * DAY;
    }
    nets[i] = Math.min(end - 1000, Math.max(HISTORY_START, dayStart + Math.floor(rng.next() * 86400) * 1000));
  }
  // history starts with Sputnik 1
  if (n > 0 && anchor > HISTORY_START) nets[0] = HISTORY_START;

  const idRng = rng.fork('ids');
  const slots = nets.map((net): Slot => {
    const [snapped, precision] = net === HISTORY_START ? [net, NET_PRECISION.minute] : precise(rng, net, anchor);
    return { id: idRng.uuid(), net: snapped, precision };
  });
  slots.sort((a, b) => a.net - b.net || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return slots;
}

/**
 * A family's era in a small dataset: the few slots of a small dataset may all miss the years a young
 * family flies (Starship: 2023 on), so its dashboard would have nothing to show. When no slot falls
 * between `from` and the anchor, or after the anchor (from `from` on), the latest slot outside both
 * windows (never Sputnik) is moved into the missing one, up to 60 days from the anchor. A dataset that
 * already has slots there (any but the smallest) is left exactly as drawn. Sorted again by (net, id).
 */
export function ensureEra(rng: Rng, slots: Slot[], anchor: number, from: number): void {
  const end = scheduleEnd(anchor);
  const windows: Array<[lo: number, hi: number]> = [
    [from, anchor],
    [Math.max(from, anchor + 1000), end - 1000],
  ];
  const inside = (net: number) => windows.some(([lo, hi]) => net >= lo && net <= hi);
  windows.forEach(([lo, hi], side) => {
    if (lo > hi || slots.some((s) => s.net >= lo && s.net <= hi)) return;
    let victim: Slot | undefined;
    for (const s of slots) if (s.net !== HISTORY_START && !inside(s.net)) victim = s;
    if (!victim) return;
    const t = side === 0 ? Math.max(lo, anchor - rng.float(1, 60) * DAY) : Math.min(hi, Math.max(lo, anchor + rng.float(1, 60) * DAY));
    [victim.net, victim.precision] = precise(rng, Math.floor(t / 1000) * 1000, anchor);
  });
  slots.sort((a, b) => a.net - b.net || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The schedule ends three years after the anchor. */
function scheduleEnd(anchor: number): number {
  const a = new Date(anchor);
  return Date.UTC(a.getUTCFullYear() + 3, a.getUTCMonth(), a.getUTCDate());
}

/** Chooses how precisely a NET is known and rounds it to that precision. */
function precise(rng: Rng, t: number, anchor: number): [number, number] {
  const P = NET_PRECISION;
  const y = fractionalYear(t);
  let precision: number;
  if (t <= anchor) {
    if (y < 1965) precision = rng.weighted([P.minute, P.hour, P.day], [6, 2, 2]);
    else if (y < 2000) precision = rng.weighted([P.second, P.minute, P.hour], [1, 8, 1]);
    else precision = rng.weighted([P.second, P.minute], [4, 6]);
  } else {
    const ahead = t - anchor;
    if (ahead < 3 * DAY) precision = rng.weighted([P.second, P.minute], [3, 7]);
    else if (ahead < 14 * DAY) precision = rng.weighted([P.minute, P.hour, P.day], [6, 2, 2]);
    else if (ahead < 60 * DAY) precision = rng.weighted([P.minute, P.day, P.week, P.month], [2, 4, 1, 3]);
    else if (ahead < 365 * DAY) precision = rng.weighted([P.day, P.month, P.q1, P.h1], [1, 5, 2.5, 1.5]);
    else precision = rng.weighted([P.month, P.q1, P.h1, P.year, P.fiscalYear], [2.5, 3.5, 2.5, 1.2, 0.3]);
  }
  const d = new Date(t);
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth();
  let snapped: number;
  switch (precision) {
    case P.second:
      snapped = t;
      break;
    case P.minute:
      snapped = Math.floor(t / MINUTE) * MINUTE;
      break;
    case P.hour:
      snapped = Math.floor(t / HOUR) * HOUR;
      break;
    case P.day:
    case P.week:
      snapped = Math.floor(t / DAY) * DAY;
      break;
    case P.month:
      snapped = Date.UTC(Y, M, 1);
      break;
    case P.q1:
      snapped = Date.UTC(Y, Math.floor(M / 3) * 3, 1);
      precision = P.q1 + Math.floor(M / 3);
      break;
    case P.h1:
      snapped = Date.UTC(Y, Math.floor(M / 6) * 6, 1);
      precision = P.h1 + Math.floor(M / 6);
      break;
    default:
      snapped = Date.UTC(Y, 0, 1);
  }
  // an upcoming launch must stay upcoming once rounded; otherwise keep it to the minute
  if (t > anchor && snapped <= anchor + DAY) return [Math.floor(t / MINUTE) * MINUTE, P.minute];
  return [snapped, precision];
}
