/**
 * The one JSON comparison of the tests: where two JSON values differ, as `path: a vs b` lines, so a
 * failed comparison of whole pages names what differs instead of printing both pages.
 */

export interface DiffOptions {
  /** Keys of a page's objects (`$.results[i].key`) left out of the comparison. */
  ignoreResultKeys?: string[];
  /** JSON paths (`$.results[3].mission.launch_designator`) left out. */
  ignorePaths?: RegExp;
  /** Stop after this many lines (default 12). */
  max?: number;
}

/**
 * Every place (up to `max`) where `a` and `b` differ: a value, the length of an array (the common
 * items are still compared), or the keys of an object and their order (the keys both have are still
 * compared). Empty when the two are the same JSON.
 */
export function jsonDifferences(a: unknown, b: unknown, opts: DiffOptions = {}): string[] {
  const out: string[] = [];
  const max = opts.max ?? 12;
  const ignored = new Set(opts.ignoreResultKeys ?? []);
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 100);
  const walk = (x: unknown, y: unknown, at: string): void => {
    if (out.length >= max || opts.ignorePaths?.test(at)) return;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) out.push(`${at}: ${x.length} items vs ${y.length}`);
      for (let i = 0; i < Math.min(x.length, y.length); i++) walk(x[i], y[i], `${at}[${i}]`);
      return;
    }
    if (isObject(x) && isObject(y)) {
      const xk = Object.keys(x);
      const yk = Object.keys(y);
      if (xk.join() !== yk.join()) out.push(`${at}: keys ${xk.join(',')} vs ${yk.join(',')}`);
      const skip = /\.results\[\d+\]$/.test(at) ? ignored : new Set<string>();
      for (const k of xk) if (!skip.has(k) && k in y) walk(x[k], y[k], `${at}.${k}`);
      return;
    }
    if (!Object.is(x, y)) out.push(`${at}: ${show(x)} vs ${show(y)}`);
  };
  walk(a, b, '$');
  return out.slice(0, max);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Calls `visit` for every key of every object inside a JSON value, with the JSON path of its object. */
export function eachKey(v: unknown, visit: (key: string, value: unknown, at: string) => void, at = '$'): void {
  if (Array.isArray(v)) v.forEach((x, i) => eachKey(x, visit, `${at}[${i}]`));
  else if (isObject(v))
    for (const [key, value] of Object.entries(v)) {
      visit(key, value, at);
      eachKey(value, visit, `${at}.${key}`);
    }
}
