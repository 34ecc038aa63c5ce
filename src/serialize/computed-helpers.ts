import { model } from '../model/entities.ts';
import type { Row } from './row.ts';
import type { Computed, SerializeContext } from './serializer.ts';

/**
 * The small readers every version's computed values are written with (v2.0.0 and v2.2.0): following a
 * relation of the normalized model from a row, and the legacy-string-else-2.3.0-image rule. One copy,
 * so the versions cannot drift in how they read the same data.
 */

/** Follows a `one`/`child`/`via` relation of `entity` from a row (undefined when missing). */
export function rel(entity: string, name: string, row: Row | undefined, ctx: SerializeContext): Row | undefined {
  return row ? ctx.store.one(model[entity], name, row) : undefined;
}

/** The rows of a `many`/`children` relation, in LL2's order. */
export function rels(entity: string, name: string, row: Row | undefined, ctx: SerializeContext): Row[] {
  if (!row) return [];
  const target = (model[entity].relations[name] as { target: string }).target;
  return ctx.store.linked(entity, name, row.id).map((id) => ctx.store.row(target, id)).filter((r): r is Row => !!r);
}

/** A value as text, null staying null. */
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * A number column as LL2's decimal text: the text a legacy import kept beside it (`legacy_<column>`:
 * "74.0", "42.50000000" keep their digits) while it still reads as the stored number, else the number
 * as text (a later 2.3.0 copy that moved the value wins).
 */
export function decimalText(column: string): Computed {
  return {
    get(row) {
      const text = row[`legacy_${column}`];
      const n = row[column];
      if (n === null || n === undefined) return null;
      return typeof text === 'string' && Number(text) === Number(n) ? text : String(n);
    },
  };
}

/** A finite number as a whole number, anything else null. */
export const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null);

/** A stored legacy string if there is one, else a URL (`image_url` or `thumbnail_url`) of the 2.3.0 image object reached through `via`. */
export function imageUrl(entity: string, legacy: string | null, via = 'image', field: 'image_url' | 'thumbnail_url' = 'image_url'): Computed {
  return {
    needs: [via],
    get: (row, ctx) => (legacy && row[legacy]) || (rel(entity, via, row, ctx)?.[field] ?? null),
  };
}

/** A column kept from a legacy import, else a value derived from the 2.3.0 data. */
export function storedElse(column: string, needs: string[], derive: (row: Row, ctx: SerializeContext) => unknown): Computed {
  return { needs, get: (row, ctx) => row[column] ?? derive(row, ctx) ?? null };
}

/** An agency's countries as LL2's comma-separated alpha-3 codes, unless a legacy import kept its string. */
const countryCodes = (row: Row, ctx: SerializeContext) => {
  const codes = rels('agency', 'country', row, ctx).map((c) => c.alpha_3_code).filter(Boolean);
  return codes.length ? codes.join(',') : null;
};
export const agencyCountryCode = storedElse('country_code', ['country'], countryCodes);

/**
 * The URL of an astronaut's social media link whose network has one of these (lower-case) names, or
 * the string a legacy import kept in `legacy` (2.0.0-2.2.0 send `twitter`/`instagram` as strings).
 */
export function socialUrl(names: string[], legacy?: string): Computed {
  return {
    needs: ['social_media_links.social_media'],
    get(row, ctx) {
      if (legacy && typeof row[legacy] === 'string') return row[legacy];
      for (const link of rels('astronaut', 'social_media_links', row, ctx)) {
        const sm = rel('social_media_link', 'social_media', link, ctx);
        if (sm && names.includes(String(sm.name ?? '').toLowerCase())) return link.url ?? null;
      }
      return null;
    },
  };
}

/** A docking event's `launch_id`: the id a legacy import kept as LL2 sent it, else the chaser flight's launch. */
export const dockingLaunchId: Computed = {
  needs: ['flight_vehicle_chaser.launch'],
  get: (row, ctx) =>
    row.legacy_launch_id ?? rel('spacecraft_flight', 'launch', rel('docking_event', 'flight_vehicle_chaser', row, ctx), ctx)?.id ?? null,
};

/** An event's URL string kept from a legacy import, else the first link of its 2.3.0 list. */
export const firstUrl = (legacy: string, relation: 'info_urls' | 'vid_urls'): Computed => ({
  needs: [relation],
  get: (row, ctx) => row[legacy] || (rels('event', relation, row, ctx)[0]?.url ?? null),
});

/**
 * A spacecraft configuration's nation URL: the configuration's own image as a legacy import kept it
 * (`media/agency_nation/apollo..._image.png` in 2.2.0 captures), null when LL2 sent null. It is not its
 * agency's nation image (LL2 shows null for configurations whose agency has one), and 2.3.0 carries
 * no such image, so nothing else can stand for it.
 */
export const spacecraftConfigNationUrl: Computed = { get: (row) => row.legacy_nation_url ?? null };
