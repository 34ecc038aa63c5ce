import { model } from '../../model/entities.ts';
import type { Row } from '../graph-store.ts';
import type { Computed, SerializeContext } from '../serializer.ts';
import { computed200, durationDays } from '../v2.0.0/computed.ts';

/**
 * The 2.2.0 values no column holds as such: string image URLs (a stored legacy string, else the 2.3.0
 * image object's `image_url`), agency `type`/`country_code` strings, the 4-key launch status, and the
 * URL strings 2.2.0 events carried. Keyed `Shape.key` or `entity.key`.
 */

function rel(entity: string, name: string, row: Row | undefined, ctx: SerializeContext): Row | undefined {
  return row ? ctx.store.one(model[entity], name, row) : undefined;
}

function rels(entity: string, name: string, row: Row | undefined, ctx: SerializeContext): Row[] {
  if (!row) return [];
  const target = (model[entity].relations[name] as { target: string }).target;
  return ctx.store.linked(entity, name, row.id).map((id) => ctx.store.row(target, id)).filter((r): r is Row => !!r);
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null);

function imageUrl(entity: string, legacy: string | null, via = 'image'): Computed {
  return { needs: [via], get: (row, ctx) => (legacy && row[legacy]) || (rel(entity, via, row, ctx)?.image_url ?? null) };
}
function thumbnailUrl(entity: string, legacy: string, via = 'image'): Computed {
  return { needs: [via], get: (row, ctx) => row[legacy] || (rel(entity, via, row, ctx)?.thumbnail_url ?? null) };
}

/** 2.2.0 status: `{id, name, abbrev, description}`; Payload Deployed (9) is reported as In Flight (6). */
const status: Computed = {
  needs: ['status'],
  get(row, ctx) {
    const s = rel('launch', 'status', row, ctx);
    if (!s) return null;
    if (s.id === 9) return { id: 6, name: 'Launch in Flight', abbrev: 'In Flight', description: 'The rocket has launched and is in flight.' };
    return { id: s.id, name: s.name ?? null, abbrev: s.abbrev ?? null, description: s.description ?? null };
  },
};

const agencyCountryCode: Computed = {
  needs: ['country'],
  get: (row, ctx) => row.country_code ?? (rels('agency', 'country', row, ctx).map((c) => c.alpha_3_code).filter(Boolean).join(',') || null),
};

function socialUrl(names: string[]): Computed {
  return {
    needs: ['social_media_links.social_media'],
    get(row, ctx) {
      for (const link of rels('astronaut', 'social_media_links', row, ctx)) {
        const sm = rel('social_media_link', 'social_media', link, ctx);
        if (sm && names.includes(String(sm.name ?? '').toLowerCase())) return link.url ?? null;
      }
      return null;
    },
  };
}

/** A URL string kept from a legacy import, else the first link of the 2.3.0 list. */
const firstUrl = (legacy: string, relName: 'info_urls' | 'vid_urls'): Computed => ({
  needs: [relName],
  get: (row, ctx) => row[legacy] || (rels('event', relName, row, ctx)[0]?.url ?? null),
});

export function computed220(): Record<string, Computed> {
  const c200 = computed200();
  return {
    // the flat list mode of launches shares 2.0.0's computed landing/launcher values
    'LaunchList.landing': c200['LaunchList.landing'],
    'LaunchList.landing_success': c200['LaunchList.landing_success'],
    'LaunchList.launcher': c200['LaunchList.launcher'],
    'LauncherConfigList.family': c200['LauncherConfigList.family'],

    'launch.status': status,
    'launch.image': imageUrl('launch', 'legacy_image_url'),
    'launch.holdreason': { get: (row) => row.holdreason ?? '' },
    'launch.r_spacex_api_id': { get: () => null },

    'agency.country_code': agencyCountryCode,
    'agency.founding_year': { get: (row) => str(row.founding_year) },
    'agency.launch_library_url': { get: () => null },
    'agency.image_url': imageUrl('agency', 'legacy_image_url'),
    'agency.logo_url': imageUrl('agency', 'legacy_logo_url', 'logo'),
    'agency.nation_url': imageUrl('agency', 'legacy_nation_url', 'social_logo'),

    'location.country_code': {
      needs: ['country'],
      get: (row, ctx) => row.country_code ?? rel('location', 'country', row, ctx)?.alpha_3_code ?? null,
    },
    'pad.agency_id': { needs: ['agencies'], get: (row, ctx) => row.agency_id ?? rels('pad', 'agencies', row, ctx)[0]?.id ?? null },
    'pad.latitude': { get: (row) => str(row.latitude) },
    'pad.longitude': { get: (row) => str(row.longitude) },
    'pad.country_code': {
      needs: ['country', 'location.country'],
      get: (row, ctx) =>
        rel('pad', 'country', row, ctx)?.alpha_3_code ??
        rel('location', 'country', rel('pad', 'location', row, ctx), ctx)?.alpha_3_code ??
        rel('pad', 'location', row, ctx)?.country_code ??
        null,
    },
    'program.image_url': imageUrl('program', 'legacy_image_url'),

    'launcher_config.family': c200['LauncherConfigList.family'],
    'launcher_config.image_url': imageUrl('launcher_config', 'legacy_image_url'),
    'launcher_config.launch_cost': { get: (row) => str(row.launch_cost) },
    'launcher_config.launch_mass': { get: (row) => int(row.launch_mass) },
    'launcher_config.leo_capacity': { get: (row) => int(row.leo_capacity) },
    'launcher_config.gto_capacity': { get: (row) => int(row.gto_capacity) },
    'launcher_config.to_thrust': { get: (row) => int(row.to_thrust) },
    'launcher_config.apogee': { get: (row) => int(row.apogee) },
    'launcher_config.vehicle_range': { get: () => null },
    'launcher.image_url': imageUrl('launcher', 'legacy_image_url'),
    'first_stage.turn_around_time_days': { get: (row) => row.legacy_turn_around_days ?? durationDays(row.turn_around_time) },

    'astronaut.nationality': {
      needs: ['nationality'],
      get: (row, ctx) =>
        row.legacy_nationality ?? (rels('astronaut', 'nationality', row, ctx).map((c) => c.nationality_name).filter(Boolean).join(', ') || null),
    },
    'astronaut.twitter': socialUrl(['twitter', 'x']),
    'astronaut.instagram': socialUrl(['instagram']),
    'astronaut.profile_image': imageUrl('astronaut', 'legacy_image_url'),
    'astronaut.profile_image_thumbnail': thumbnailUrl('astronaut', 'legacy_thumbnail_url'),

    'spacecraft_config.image_url': imageUrl('spacecraft_config', 'legacy_image_url'),
    'spacecraft_config.nation_url': {
      needs: ['agency.social_logo'],
      get(row, ctx) {
        if (row.legacy_nation_url) return row.legacy_nation_url;
        const agency = rel('spacecraft_config', 'agency', row, ctx);
        return agency?.legacy_nation_url ?? rel('agency', 'social_logo', agency, ctx)?.image_url ?? null;
      },
    },
    'space_station.image_url': imageUrl('space_station', 'legacy_image_url'),

    'docking_event.launch_id': {
      needs: ['flight_vehicle_chaser.launch'],
      get: (row, ctx) => rel('spacecraft_flight', 'launch', rel('docking_event', 'flight_vehicle_chaser', row, ctx), ctx)?.id ?? null,
    },

    'event.news_url': firstUrl('legacy_news_url', 'info_urls'),
    'event.video_url': firstUrl('legacy_video_url', 'vid_urls'),
    'event.feature_image': imageUrl('event', 'legacy_feature_image'),
  };
}
