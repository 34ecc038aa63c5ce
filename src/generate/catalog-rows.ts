import type { GenContext } from './context.ts';
import { SPACECRAFT_CONFIG_TYPE } from './lookup-tables.ts';
import { MEDIA_HOST, stamp, wikiUrl } from './text.ts';
import { isoDate, utc, YEAR } from './time.ts';

/** Statistics columns: NULL until src/stats computes them. */
const unset = (cols: string[]) => Object.fromEntries(cols.map((c) => [c, null]));
const VEHICLE_STATS = [
  'total_launch_count', 'consecutive_successful_launches', 'successful_launches', 'failed_launches', 'pending_launches',
  'attempted_landings', 'successful_landings', 'failed_landings', 'consecutive_successful_landings',
];
const AGENCY_STATS = [
  ...VEHICLE_STATS,
  'successful_landings_spacecraft', 'failed_landings_spacecraft', 'attempted_landings_spacecraft',
  'successful_landings_payload', 'failed_landings_payload', 'attempted_landings_payload',
];
const SPACECRAFT_GROUP_STATS = [
  'spacecraft_flown', 'total_launch_count', 'successful_launches', 'failed_launches', 'attempted_landings', 'successful_landings', 'failed_landings',
];

/**
 * Writes the catalog tables whose columns follow from the launches (maiden flights, active sites and
 * vehicles, pad agencies), after the last launch. Their statistics (launch and landing counts,
 * streaks, turnarounds) are left NULL here: generateDataset has src/stats compute them from the rows.
 */
export function writeCatalogRows(ctx: GenContext): void {
  const { cat, writer, anchor } = ctx;
  const anchorYear = new Date(anchor).getUTCFullYear();
  const date = (ms: number | null) => (ms === null ? null : isoDate(ms));

  for (const a of cat.agencies) {
    writer.add('agency', {
      id: a.id,
      name: a.name,
      abbrev: a.abbrev,
      featured: a.featured,
      description: a.description,
      administrator: a.administrator,
      founding_year: a.founded,
      launchers: a.launchers,
      spacecraft: a.spacecraft,
      parent: a.parent,
      ...unset(AGENCY_STATS),
      info_url: a.infoUrl,
      wiki_url: a.wikiUrl,
      country_code: a.countries.map((c) => c.alpha_3_code).join(','),
      legacy_image_url: null,
      legacy_logo_url: null,
      legacy_nation_url: null,
      type_id: a.type,
      image_id: a.imageId,
      logo_id: a.logoId,
      social_logo_id: a.socialLogoId,
    });
    a.countries.forEach((c, pos) => writer.add('agency__country', { owner_id: a.id, pos, target_id: c.id }));
    // the launcher and spacecraft configurations it builds
    cat.configs.filter((c) => c.manufacturerId === a.id).forEach((c, pos) => writer.add('agency__launcher_list', { owner_id: a.id, pos, target_id: c.id }));
    [...cat.spacecraftConfigs.values()].filter((c) => c.agencyId === a.id).forEach((c, pos) => writer.add('agency__spacecraft_list', { owner_id: a.id, pos, target_id: c.id }));
    a.socialLinks.forEach(([sm, url], pos) =>
      writer.add('social_media_link', { id: ctx.next('socialMediaLink'), url, social_media_id: sm, agency_id: a.id, astronaut_id: null, pos }),
    );
  }

  for (const [, row] of cat.bodyRows) {
    writer.add('celestial_body', {
      ...row,
      ...unset(['total_attempted_launches', 'successful_launches', 'failed_launches', 'total_attempted_landings', 'successful_landings', 'failed_landings']),
    });
  }

  const recent = anchor - 3 * YEAR;
  // a celestial body lists its locations, a location its pads, in id order (`pos`)
  const perBody = new Map<number, number>();
  for (const loc of cat.locations) {
    const bodyPos = perBody.get(loc.body.id) ?? 0;
    perBody.set(loc.body.id, bodyPos + 1);
    const country = loc.countryId === null ? null : loc.spec.country;
    writer.add('location', {
      id: loc.id,
      name: loc.spec.name,
      active: loc.pads.some((p) => p.previousNet !== null && p.previousNet >= recent),
      description: `${loc.spec.name.split(',')[0]} is a launch site${loc.spec.body === 'Earth' ? '' : ` on the ${loc.spec.body}`}${country ? ` (${country})` : ''}.`,
      map_image: loc.spec.body === 'Earth' ? `${MEDIA_HOST}/map_images/location_${loc.id}_${stamp(utc(2020, 8, 3))}.jpg` : null,
      longitude: loc.spec.lon,
      latitude: loc.spec.lat,
      timezone_name: loc.spec.timezone,
      total_launch_count: null,
      total_landing_count: null,
      // null, not '', for a site without a country (the Moon, Mars): 2.3.0 shows it as `country: null`,
      // so a mirror syncing through it has null there too and its 2.2.0 pages read the same
      country_code: country ?? null,
      celestial_body_id: loc.body.id,
      country_id: loc.countryId,
      image_id: loc.imageId,
      pos: bodyPos,
    });
    for (const [padPos, p] of loc.pads.entries()) {
      writer.add('pad', {
        id: p.id,
        active: p.previousNet !== null && p.previousNet >= recent,
        name: p.name,
        description: p.description,
        info_url: null,
        wiki_url: p.wikiUrl,
        map_url: loc.spec.body === 'Earth' ? `https://www.google.com/maps?q=${p.lat},${p.lon}` : null,
        latitude: p.lat,
        longitude: p.lon,
        map_image: p.mapImage,
        total_launch_count: null,
        orbital_launch_attempt_count: null,
        fastest_turnaround: null,
        agency_id: p.agencies[0] ?? null,
        location_id: loc.id,
        country_id: loc.countryId,
        image_id: p.imageId,
        pos: padPos,
      });
      p.agencies.forEach((target_id, pos) => writer.add('pad__agencies', { owner_id: p.id, pos, target_id }));
    }
  }

  for (const f of cat.families) {
    const spec = f.spec;
    const active = f.activeUntil === null ? true : f.activeUntil > anchor;
    writer.add('launcher_config_family', {
      id: f.id,
      name: f.name,
      description: f.description,
      active: spec ? active : cat.families.some((c) => c.parentId === f.id && (c.activeUntil === null || c.activeUntil > anchor)),
      maiden_flight: date(f.maiden),
      ...unset(VEHICLE_STATS),
      parent_id: f.parentId,
    });
    f.manufacturerIds.forEach((target_id, pos) => writer.add('launcher_config_family__manufacturer', { owner_id: f.id, pos, target_id }));
  }

  for (const c of cat.configs) {
    const manufacturer = cat.agencies[c.manufacturerId - 1];
    writer.add('launcher_config', {
      id: c.id,
      name: c.name,
      full_name: c.fullName,
      variant: c.variant,
      active: c.spec.to === undefined || c.spec.to >= anchorYear,
      is_placeholder: false,
      reusable: Boolean(c.spec.reusable),
      info_url: manufacturer.infoUrl,
      wiki_url: wikiUrl(c.fullName),
      description: c.family.description,
      alias: c.spec.alias ?? '',
      min_stage: c.physical.min_stage,
      max_stage: c.physical.max_stage,
      length: c.physical.length,
      diameter: c.physical.diameter,
      maiden_flight: date(c.maiden),
      launch_cost: c.physical.launch_cost,
      launch_mass: c.physical.launch_mass,
      leo_capacity: c.physical.leo_capacity,
      gto_capacity: c.physical.gto_capacity,
      geo_capacity: c.physical.geo_capacity,
      sso_capacity: c.physical.sso_capacity,
      to_thrust: c.physical.to_thrust,
      apogee: c.physical.apogee,
      ...unset(VEHICLE_STATS),
      fastest_turnaround: null,
      launch_library_id: null,
      family: c.family.name,
      manufacturer_id: c.manufacturerId,
      image_id: c.imageId,
    });
    writer.add('launcher_config__families', { owner_id: c.id, pos: 0, target_id: c.family.id });
    c.programIds.forEach((target_id, pos) => writer.add('launcher_config__program', { owner_id: c.id, pos, target_id }));
  }

  for (const [key, row] of cat.landingLocationRows) {
    const ll = cat.landingLocations.get(key)!;
    writer.add('landing_location', {
      ...row,
      ...unset(['successful_landings', 'attempted_landings', 'failed_landings']),
      image_id: ll.imageId,
    });
  }

  for (const f of cat.spacecraftFamilies) {
    writer.add('spacecraft_config_family', {
      id: f.id,
      name: f.name,
      description: f.description,
      maiden_flight: date(f.maiden),
      ...unset(SPACECRAFT_GROUP_STATS),
      manufacturer_id: f.manufacturerId,
      parent_id: f.parentId,
    });
  }
  for (const sc of cat.spacecraftConfigs.values()) {
    const s = sc.spec;
    const cargo = s.type === 'cargo';
    const agency = cat.agencies[sc.agencyId - 1];
    writer.add('spacecraft_config', {
      id: sc.id,
      name: s.name,
      in_use: s.to === undefined || s.to >= anchorYear,
      capability: s.capability ?? (s.humanRated ? `Carries up to ${s.crew} crew members to orbit and back.` : cargo ? 'Delivers pressurised cargo to space stations.' : 'Uncrewed orbital operations.'),
      history: `The ${s.name} first flew in ${s.from}.`,
      details: s.details ?? `${s.name} is a ${s.type === 'spaceplane' ? 'spaceplane' : 'capsule'} built by ${agency.name}.`,
      maiden_flight: date(sc.maiden),
      height: s.height ?? null,
      diameter: s.diameter ?? null,
      human_rated: s.humanRated,
      crew_capacity: s.crew,
      payload_capacity: cargo ? 2000 + sc.id * 150 : null,
      payload_return_capacity: cargo && s.reusable ? 1500 + sc.id * 50 : null,
      flight_life: s.reusable ? 'Up to several months per flight' : cargo ? 'Up to one year' : null,
      wiki_link: wikiUrl(s.name) ?? '',
      info_link: agency.infoUrl ?? '',
      ...unset(SPACECRAFT_GROUP_STATS),
      fastest_turnaround: null,
      legacy_image_url: null,
      type_id: SPACECRAFT_CONFIG_TYPE[s.type],
      agency_id: sc.agencyId,
      image_id: sc.imageId,
    });
    writer.add('spacecraft_config__family', { owner_id: sc.id, pos: 0, target_id: sc.family.id });
  }
}
