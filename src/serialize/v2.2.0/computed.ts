import { agencyCountryCode, decimalText, dockingLaunchId, firstUrl, imageUrl, int, rel, rels, socialUrl, spacecraftConfigNationUrl, str } from '../computed-helpers.ts';
import type { Computed } from '../serializer.ts';
import { computed200, durationDays } from '../v2.0.0/computed.ts';

/**
 * The 2.2.0 values no column holds as such: string image URLs (a stored legacy string, else the 2.3.0
 * image object's `image_url`), agency `type`/`country_code` strings, the 4-key launch status, and the
 * URL strings 2.2.0 events carried. Keyed `Shape.key` or `entity.key`.
 */

/** The 2.3.0 image object's thumbnail when no legacy string was imported. */
const thumbnailUrl = (entity: string, legacy: string, via = 'image'): Computed => imageUrl(entity, legacy, via, 'thumbnail_url');

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
    'launch.r_spacex_api_id': { get: () => null },
    // today's 2.2.0 names the mode of a detailed launch in its last key, `type` (as 2.3.0's `response_mode`)
    'LaunchDetailed.type': { get: () => 'detailed' },

    'agency.country_code': agencyCountryCode,
    'agency.founding_year': { get: (row) => str(row.founding_year) },
    // the imported link; else null, as LL2's 2.2.0 answers since 2024 (real captures: the link in 2023-11, null
    // from 2024-06 on, test/fixtures/real/2.2.0/)
    'agency.launch_library_url': { get: (row) => row.legacy_launch_library_url ?? null },
    'agency.image_url': imageUrl('agency', 'legacy_image_url'),
    'agency.logo_url': imageUrl('agency', 'legacy_logo_url', 'logo'),
    'agency.nation_url': imageUrl('agency', 'legacy_nation_url', 'social_logo'),

    'location.country_code': {
      needs: ['country'],
      get: (row, ctx) => row.country_code ?? rel('location', 'country', row, ctx)?.alpha_3_code ?? null,
    },
    'pad.agency_id': { needs: ['agencies'], get: (row, ctx) => row.agency_id ?? rels('pad', 'agencies', row, ctx)[0]?.id ?? null },
    'pad.latitude': decimalText('latitude'),
    'pad.longitude': decimalText('longitude'),
    // a pad's own code as LL2 sent it (Spaceport America says "USA" where its location says ""), else derived
    'pad.country_code': {
      needs: ['country', 'location.country'],
      get: (row, ctx) =>
        row.country_code ??
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
    'astronaut.twitter': socialUrl(['twitter', 'x'], 'legacy_twitter'),
    'astronaut.instagram': socialUrl(['instagram'], 'legacy_instagram'),
    'astronaut.profile_image': imageUrl('astronaut', 'legacy_image_url'),
    'astronaut.profile_image_thumbnail': thumbnailUrl('astronaut', 'legacy_thumbnail_url'),

    'spacecraft_config.image_url': imageUrl('spacecraft_config', 'legacy_image_url'),
    'spacecraft_config.nation_url': spacecraftConfigNationUrl,
    'space_station.image_url': imageUrl('space_station', 'legacy_image_url'),

    'docking_event.launch_id': dockingLaunchId,

    'event.news_url': firstUrl('legacy_news_url', 'info_urls'),
    'event.video_url': firstUrl('legacy_video_url', 'vid_urls'),
    'event.feature_image': imageUrl('event', 'legacy_feature_image'),
  };
}
