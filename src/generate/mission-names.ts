import { QUIRKY, SOUNDING_EXPERIMENTS } from './missions-data.ts';
import type { Rng } from './rng.ts';

/**
 * Expands mission name patterns. Numbers run per series (`counter`), so names follow each other
 * ('Soyuz MS-24' after 'Soyuz MS-23') in launch order, and names stay unique within a series.
 */
export class MissionNamer {
  private readonly counters = new Map<string, number>();

  name(pattern: string, rng: Rng, opts: { counter?: string; start?: number; operator?: string } = {}): string {
    const key = opts.counter ?? pattern;
    const n = this.counters.get(key) ?? opts.start ?? 1;
    this.counters.set(key, n + 1);
    return pattern
      .replace('{n}', String(n))
      .replace('{g}', `${Math.floor((n - 1) / 24) + 1}-${((n - 1) % 24) + 1}`)
      .replace('{op}', opts.operator ?? 'Orbital')
      .replace('{quirky}', `${rng.pick(QUIRKY.first)} ${rng.pick(QUIRKY.second)}`)
      .replace('{sounding}', `${rng.pick([36, 41, 46, 49, 52])}.${String(100 + (n % 300)).padStart(3, '0')} ${rng.pick(SOUNDING_EXPERIMENTS)}`);
  }
}
