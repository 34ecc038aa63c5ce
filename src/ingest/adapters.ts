import type { ApiVersion } from './detect.ts';
import { own } from '../model/define.ts';

/**
 * Renames that turn an older version's object into the model's vocabulary before it is stored.
 * Keys the model knows under the same name need no entry. A key renamed to a `legacy_*` column is
 * renamed only when its value is a plain string/number/null: the same key holding an object or a
 * list (a 2.3.0-shaped value) is left for the relation of that name.
 */
type KeyMap = Record<string, string>;

/** String image URLs of 2.0.0/2.2.0 are kept beside the 2.3.0 image objects. */
const legacyImages: KeyMap = { image: 'legacy_image_url', image_url: 'legacy_image_url' };

const legacy: Record<string, KeyMap> = {
  launch: legacyImages,
  program: legacyImages,
  launcher_config: legacyImages,
  launcher: legacyImages,
  space_station: legacyImages,
  spacecraft_config: { ...legacyImages, nation_url: 'legacy_nation_url' },
  agency: { ...legacyImages, logo_url: 'legacy_logo_url', nation_url: 'legacy_nation_url', launch_library_url: 'legacy_launch_library_url' },
  // 2.0.0/2.2.0 send a nationality as one string ("American, British"), 2.3.0 a list of countries
  astronaut: {
    profile_image: 'legacy_image_url',
    profile_image_thumbnail: 'legacy_thumbnail_url',
    nationality: 'legacy_nationality',
    // 2.3.0 lists an astronaut's social media links; older versions send the two links as strings
    twitter: 'legacy_twitter',
    instagram: 'legacy_instagram',
  },
  // an event's first news/video link and its picture, as strings
  event: { news_url: 'legacy_news_url', video_url: 'legacy_video_url', feature_image: 'legacy_feature_image' },
  // whole days only: the ISO duration of 2.3.0 cannot be recovered from it
  first_stage: { turn_around_time_days: 'legacy_turn_around_days' },
  // a docking event names its chaser `flight_vehicle` and its target station `space_station`
  // (`spacestation` when nested in a spacecraft flight); its `launch_id` names the chaser's launch
  docking_event: {
    flight_vehicle: 'flight_vehicle_chaser',
    space_station: 'space_station_target',
    spacestation: 'space_station_target',
    launch_id: 'legacy_launch_id',
  },
  landing: { location: 'landing_location' },
  // a station's docking port names the docking event of the vehicle at it `docked`
  docking_location: { docked: 'currently_docked' },
  // the Starship dashboard's live streams show a video's picture as `image`
  vid_url: { image: 'feature_image' },
};

/** Each rule of the older versions holds for all three (2.0.0, 2.1.0, 2.2.0); 2.3.0 is the model's own vocabulary. */
const olderVersions = <T>(rule: T): Partial<Record<ApiVersion, T>> => ({ '2.0.0': rule, '2.1.0': rule, '2.2.0': rule });

/** A detailed launch of every older version names the URL lists `infoURLs`/`vidURLs`. */
const older: Record<string, KeyMap> = { ...legacy, launch: { ...legacyImages, infoURLs: 'info_urls', vidURLs: 'vid_urls' } };

const byVersion: Record<ApiVersion, Record<string, KeyMap>> = {
  // 2.0.0 reports a status's short form under `name` ("Success"), as 2.3.0's `abbrev`; 2.1.0 and 2.2.0
  // report it as `abbrev` (`name` is the long form)
  '2.0.0': { ...older, launch_status: { name: 'abbrev' } },
  '2.1.0': older,
  '2.2.0': older,
  // The Starship dashboard's live streams (`VidURLs`) name a video's `feature_image` `image`.
  '2.3.0': { vid_url: { image: 'feature_image' } },
};

/**
 * Number fields older versions send as decimal text (a pad's `"latitude": "74.0"`): the number is
 * stored in the field, the text as sent in `legacy_<field>` beside it, so its digits ("74.0",
 * "42.50000000") read back unchanged (src/serialize/computed-helpers.ts, decimalText).
 */
const keepsText = olderVersions<Record<string, string[]>>({ pad: ['latitude', 'longitude'] });

/** To-many relations an older version sends as one object (a rocket's one spacecraft flight). */
const singleToList = olderVersions<Record<string, string[]>>({ rocket: ['spacecraft_stage'] });

/**
 * Lists an older version sends without the ids their objects need to be stored: the docking events
 * nested in a spacecraft flight. They are left out (what is stored stays); the same events come with
 * their ids from the version's /docking_event/ route.
 */
const withoutIds = olderVersions<Record<string, string[]>>({ spacecraft_flight: ['docking_events'] });

const isScalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';
const lacksIds = (v: unknown) => Array.isArray(v) && v.some((x) => x === null || typeof x !== 'object' || !('id' in x));

/** The object with its keys renamed for this version. */
export function adaptKeys(version: ApiVersion, entity: string, obj: Record<string, unknown>): Record<string, unknown> {
  const map = own(own(byVersion, version), entity);
  const lists = own(own(singleToList, version), entity);
  const idless = own(own(withoutIds, version), entity);
  const texts = own(own(keepsText, version), entity);
  if (!map && !lists && !idless && !texts) return obj;
  const out: Array<[string, unknown]> = [];
  for (const [k, v] of Object.entries(obj)) {
    const to = own(map, k);
    if (idless?.includes(k) && lacksIds(v)) continue;
    if (texts?.includes(k) && typeof v === 'string') out.push([`legacy_${k}`, v]);
    if (to && (!to.startsWith('legacy_') || isScalar(v))) out.push([to, v]);
    else if (lists?.includes(k) && v !== null && typeof v === 'object' && !Array.isArray(v)) out.push([k, [v]]);
    else out.push([k, v]);
  }
  // own properties whatever the key (`__proto__` included): assigning would set the prototype
  return Object.fromEntries(out);
}
