/**
 * The places where two JSON values differ, as `path: a vs b` lines (at most `max`), so a failed
 * comparison of whole pages names what differs instead of printing both pages.
 */
export function differences(a: unknown, b: unknown, opts: { ignoreResultKeys?: string[]; ignorePaths?: RegExp; max?: number } = {}): string[] {
  const out: string[] = [];
  const max = opts.max ?? 12;
  const ignored = new Set(opts.ignoreResultKeys ?? []);
  const walk = (x: unknown, y: unknown, at: string): void => {
    if (out.length >= max || opts.ignorePaths?.test(at)) return;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) out.push(`${at}: ${x.length} items vs ${y.length}`);
      for (let i = 0; i < Math.min(x.length, y.length); i++) walk(x[i], y[i], `${at}[${i}]`);
      return;
    }
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
      const xk = Object.keys(x);
      const yk = Object.keys(y);
      if (xk.join() !== yk.join()) out.push(`${at}: keys ${xk.join(',')} vs ${yk.join(',')}`);
      // `results[i].key`: the keys of a page's objects the caller leaves out
      const skip = /\.results\[\d+\]$/.test(at) ? ignored : new Set<string>();
      for (const k of xk) if (!skip.has(k) && k in y) walk((x as any)[k], (y as any)[k], `${at}.${k}`);
      return;
    }
    if (!Object.is(x, y)) out.push(`${at}: ${JSON.stringify(x)?.slice(0, 100)} vs ${JSON.stringify(y)?.slice(0, 100)}`);
  };
  walk(a, b, '$');
  return out;
}
