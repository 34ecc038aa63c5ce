/**
 * When things were active. Years are fractional (2018.4 is late May 2018); a whole-number end year
 * means "through the end of that year", as the data files write it.
 */

const yearStarts = new Map<number, number>();
function yearStart(y: number): number {
  let v = yearStarts.get(y);
  if (v === undefined) yearStarts.set(y, (v = Date.UTC(y, 0, 1)));
  return v;
}

export function fractionalYear(ms: number): number {
  const y = new Date(ms).getUTCFullYear();
  const s = yearStart(y);
  return y + (ms - s) / (yearStart(y + 1) - s);
}

export function msOfYear(y: number): number {
  const whole = Math.floor(y);
  const s = yearStart(whole);
  return s + (y - whole) * (yearStart(whole + 1) - s);
}

export function isActive(from: number, to: number | undefined, y: number): boolean {
  if (y < from) return false;
  if (to === undefined) return true;
  return y < (Number.isInteger(to) ? to + 1 : to);
}

/** Distance in years from y to an activity window (0 inside it). */
export function distanceTo(from: number, to: number | undefined, y: number): number {
  if (y < from) return from - y;
  if (to === undefined) return 0;
  const end = Number.isInteger(to) ? to + 1 : to;
  return y < end ? 0 : y - end;
}

/**
 * Piecewise-linear rate from breakpoints; zero before the first one and after the last one, except
 * that a series still running in 2026 or later continues at its last rate (it is still flying).
 */
export function rateAt(points: Array<[number, number]>, y: number): number {
  if (y < points[0][0]) return 0;
  const last = points[points.length - 1];
  if (y >= last[0]) return last[0] >= 2026 ? last[1] : y === last[0] ? last[1] : 0;
  for (let i = 1; i < points.length; i++) {
    const [x1, v1] = points[i];
    if (y <= x1) {
      const [x0, v0] = points[i - 1];
      return v0 + ((v1 - v0) * (y - x0)) / (x1 - x0);
    }
  }
  return 0;
}
