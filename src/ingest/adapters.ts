import type { ApiVersion } from './detect.ts';

/**
 * Renames that turn an older version's object into the model's vocabulary before it is stored.
 * Keys the model knows under the same name need no entry.
 */
type KeyMap = Record<string, string>;

/** String image URLs of 2.0.0/2.2.0 are kept beside the 2.3.0 image objects. */
const legacyImages: KeyMap = { image: 'legacy_image_url', image_url: 'legacy_image_url' };

const legacy: Record<string, KeyMap> = {
  launch: legacyImages,
  program: legacyImages,
  spacecraft_config: legacyImages,
  agency: { ...legacyImages, logo_url: 'legacy_logo_url', nation_url: 'legacy_nation_url' },
};

const byVersion: Record<ApiVersion, Record<string, KeyMap>> = {
  // 2.0.0 reports a status's short form under `name` ("Success"), as 2.3.0's `abbrev`; its detailed
  // launch names the URL lists `infoURLs`/`vidURLs` and a first stage landing's location `location`.
  '2.0.0': {
    ...legacy,
    launch: { ...legacyImages, infoURLs: 'info_urls', vidURLs: 'vid_urls' },
    launch_status: { name: 'abbrev' },
    landing: { location: 'landing_location' },
  },
  '2.2.0': legacy,
  // The Starship dashboard's live streams (`VidURLs`) name a video's `feature_image` `image`.
  '2.3.0': { vid_url: { image: 'feature_image' } },
};

/** To-many relations an older version sends as one object (2.0.0 shows a rocket's one spacecraft flight). */
const singleToList: Partial<Record<ApiVersion, Record<string, string[]>>> = {
  '2.0.0': { rocket: ['spacecraft_stage'] },
};

/** The object with its keys renamed for this version; only string values are renamed for images. */
export function adaptKeys(version: ApiVersion, entity: string, obj: Record<string, unknown>): Record<string, unknown> {
  const map = byVersion[version][entity];
  const lists = singleToList[version]?.[entity];
  if (!map && !lists) return obj;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const to = map?.[k];
    if (to && (to !== 'legacy_image_url' || typeof v === 'string' || v === null)) out[to] = v;
    else if (lists?.includes(k) && v !== null && typeof v === 'object' && !Array.isArray(v)) out[k] = [v];
    else out[k] = v;
  }
  return out;
}
