import type { Row } from '../graph-store.ts';
import { agencyCountryCode, decimalText, imageUrl, int, rel, rels, socialUrl, spacecraftConfigNationUrl, storedElse, str } from '../computed-helpers.ts';
import type { Computed, SerializeContext } from '../serializer.ts';

/**
 * The 2.0.0 values no column holds as such: legacy string fields with a 2.3.0 fallback, values
 * 2.0.0 flattened or renamed, and the computed fields of the list mode. Keyed `Shape.key`.
 */

// ---------------------------------------------------------------------------------------------
// launch

/** 2.0.0 `status` is `{id, name}` with the 2.3.0 abbrev as name; Payload Deployed (9) did not exist. */
const status: Computed = {
  needs: ['status'],
  get(row, ctx) {
    const s = rel('launch', 'status', row, ctx);
    if (!s) return null;
    if (s.id === 9) return { id: 6, name: 'In Flight' };
    return { id: s.id, name: s.abbrev ?? s.name ?? null };
  },
};

/**
 * 2.0.0's TBD flags, derived from 2.3.0's NET precision when no legacy value was imported (a guess,
 * see the research notes §7): the time is TBD when the NET is coarser than a minute, the date when it
 * is coarser than a day. LL2's precision ids: 0 second, 1 minute, 2 hour, 3/4 morning/afternoon,
 * 5 day, 6 week, 7 month, 8+ quarters, halves, years.
 */
const precisionId = (row: Row, ctx: SerializeContext): number | null => {
  const p = rel('launch', 'net_precision', row, ctx);
  return typeof p?.id === 'number' ? p.id : null;
};
const boolOf = (v: unknown): boolean | null => (v === null || v === undefined ? null : v === true || v === 1 || v === '1' || v === 't');

const tbdtime: Computed = {
  needs: ['net_precision'],
  get: (row, ctx) => boolOf(row.tbdtime) ?? (precisionId(row, ctx) ?? 0) >= 2,
};
const tbddate: Computed = {
  needs: ['net_precision'],
  get: (row, ctx) => boolOf(row.tbddate) ?? (precisionId(row, ctx) ?? 0) >= 6,
};
const inhold: Computed = {
  needs: ['status'],
  get: (row, ctx) => boolOf(row.inhold) ?? rel('launch', 'status', row, ctx)?.id === 5,
};

/** First-stage landings of the launch (list mode). */
function landings(row: Row, ctx: SerializeContext): Row[] {
  const rocket = rel('launch', 'rocket', row, ctx);
  return rels('rocket', 'launcher_stage', rocket, ctx)
    .map((stage) => rel('first_stage', 'landing', stage, ctx))
    .filter((l): l is Row => !!l);
}

const landingNeeds = ['rocket.launcher_stage.landing.landing_location'];

const listLanding: Computed = {
  needs: landingNeeds,
  get(row, ctx) {
    const ls = landings(row, ctx);
    if (!ls.length) return null;
    if (ls.length > 1) return 'MX Landing';
    return rel('landing', 'landing_location', ls[0], ctx)?.abbrev ?? null;
  },
};

const successOf = (l: Row): boolean | null => boolOf(l.success);

const listLandingSuccess: Computed = {
  needs: landingNeeds,
  get(row, ctx) {
    const ls = landings(row, ctx);
    if (!ls.length) return null;
    if (ls.length === 1) {
      const s = successOf(ls[0]);
      return s === null ? 0 : s ? 1 : 2;
    }
    let ok = 0;
    let failed = 0;
    let unknown = 0;
    for (const l of ls) {
      const s = successOf(l);
      if (s === null) unknown++;
      else if (s) ok++;
      else failed++;
    }
    if ((failed > 0 || unknown > 0) && ok > 0) return 3;
    if (failed > 0 && ok === 0) return 2;
    if (failed === 0 && unknown === 0 && ok > 0) return 1;
    return 0;
  },
};

const listLauncher: Computed = {
  needs: ['rocket.launcher_stage.launcher'],
  get(row, ctx) {
    const rocket = rel('launch', 'rocket', row, ctx);
    const launchers = rels('rocket', 'launcher_stage', rocket, ctx)
      .map((stage) => rel('first_stage', 'launcher', stage, ctx))
      .filter((l): l is Row => !!l);
    if (!launchers.length) return null;
    return launchers.length > 1 ? 'MX Launchers' : (launchers[0].serial_number ?? null);
  },
};

// ---------------------------------------------------------------------------------------------
// agencies, pads, locations, configurations

const foundingYear: Computed = { get: (row) => str(row.founding_year) };
const agencyImage = imageUrl('agency', 'legacy_image_url');
const agencyLogo = imageUrl('agency', 'legacy_logo_url', 'logo');
const agencyNation = imageUrl('agency', 'legacy_nation_url', 'social_logo');

/** ISO 8601 duration (`P12DT3H4M5S`) → whole days, as Python's `timedelta.days` (floor). */
export function durationDays(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const m = /^(-)?P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(v.trim());
  if (!m || v.trim() === 'P' || v.trim() === '-P') return null;
  const [, neg, w = '0', d = '0', h = '0', mi = '0', s = '0'] = m;
  const seconds = ((+w * 7 + +d) * 24 + +h) * 3600 + +mi * 60 + +s;
  return Math.floor((neg ? -seconds : seconds) / 86400);
}

/** 2.0.0's `family` was a plain string ("" when unset); 2.3.0 has a list of families. */
const configFamily = storedElse('family', ['families'], (row, ctx) => rels('launcher_config', 'families', row, ctx)[0]?.name ?? '');

export function computed200(): Record<string, Computed> {
  const launch = {
    status,
    inhold,
    tbdtime,
    tbddate,
    image: imageUrl('launch', 'legacy_image_url'),
  };
  const prefixed = (shape: string, values: Record<string, Computed>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [`${shape}.${k}`, v]));

  return {
    ...prefixed('LaunchNormal', launch),
    ...prefixed('LaunchDetailed', {
      ...launch,
    }),
    ...prefixed('LaunchList', {
      status,
      image: launch.image,
      landing: listLanding,
      landing_success: listLandingSuccess,
      launcher: listLauncher,
    }),

    'LauncherConfigList.family': configFamily,
    'Pad.agency_id': storedElse('agency_id', ['agencies'], (row, ctx) => rels('pad', 'agencies', row, ctx)[0]?.id),
    'Pad.latitude': decimalText('latitude'),
    'Pad.longitude': decimalText('longitude'),
    'Location.country_code': storedElse('country_code', ['country'], (row, ctx) => rel('location', 'country', row, ctx)?.alpha_3_code),
    'Program.image_url': imageUrl('program', 'legacy_image_url'),

    ...prefixed('AgencyDetailed', {
      country_code: agencyCountryCode,
      founding_year: foundingYear,
      launch_library_url: { get: (row) => row.legacy_launch_library_url ?? `https://launchlibrary.net/1.4/agency/${row.id}` },
      logo_url: agencyLogo,
      image_url: agencyImage,
      nation_url: agencyNation,
    }),
    ...prefixed('AgencyCommon', { country_code: agencyCountryCode, founding_year: foundingYear, image_url: agencyImage }),

    // a `url` token is always the object's own API link; these two hold a stored URL
    ...prefixed('LauncherConfigDetailed', {
      family: configFamily,
      launch_mass: { get: (row) => int(row.launch_mass) },
      leo_capacity: { get: (row) => int(row.leo_capacity) },
      gto_capacity: { get: (row) => int(row.gto_capacity) },
      to_thrust: { get: (row) => int(row.to_thrust) },
      apogee: { get: (row) => int(row.apogee) },
      vehicle_range: { get: () => null },
      image_url: imageUrl('launcher_config', 'legacy_image_url'),
    }),
    'FirstStage.turn_around_time_days': { get: (row) => row.legacy_turn_around_days ?? durationDays(row.turn_around_time) },
    'Launcher.image_url': imageUrl('launcher', 'legacy_image_url'),

    ...prefixed('Astronaut', {
      nationality: storedElse('legacy_nationality', ['nationality'], (row, ctx) =>
        rels('astronaut', 'nationality', row, ctx).map((c) => c.nationality_name).filter(Boolean).join(', ') || null,
      ),
      twitter: socialUrl(['twitter', 'x'], 'legacy_twitter'),
      instagram: socialUrl(['instagram'], 'legacy_instagram'),
      profile_image: imageUrl('astronaut', 'legacy_image_url'),
    }),
    ...prefixed('SpacecraftConfig', {
      image_url: imageUrl('spacecraft_config', 'legacy_image_url'),
      nation_url: spacecraftConfigNationUrl,
    }),
    'SpaceStation.image_url': imageUrl('space_station', 'legacy_image_url'),
  };
}
