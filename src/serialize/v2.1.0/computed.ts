import type { Computed } from '../serializer.ts';
import { computed200 } from '../v2.0.0/computed.ts';
import { resourceComputed200 } from '../v2.0.0/resources.ts';
import { computed220 } from '../v2.2.0/computed.ts';

/**
 * The 2.1.0 values no column holds as such: 2.0.0's (shapes.ts keeps its shape names), with the
 * launch status of 2.2.0 (2.1.0 introduced `{id, name, abbrev, description}`, and the TBC status),
 * and the same values under the names of the shapes 2.1.0 added.
 */
export function computed210(): Record<string, Computed> {
  const c200 = computed200();
  const r200 = resourceComputed200(c200);
  const c220 = computed220();
  const status = c220['launch.status'];
  const copy = (from: Record<string, Computed>, fromShape: string, to: string, keys: string[]) =>
    Object.fromEntries(keys.map((k) => {
      const c = from[`${fromShape}.${k}`];
      if (!c) throw new Error(`2.1.0 ${to}.${k}: no computed ${fromShape}.${k} to take it from`);
      return [`${to}.${k}`, c];
    }));
  return {
    ...c200,
    ...r200,
    'LaunchList.status': status,
    'LaunchNormal.status': status,
    'LaunchDetailed.status': status,
    ...copy(r200, 'Event200', 'Event210', ['news_url', 'video_url', 'feature_image']),
    ...copy(c200, 'SpaceStation', 'SpaceStationForExpedition210', ['image_url']),
    ...copy(c200, 'Astronaut', 'AstronautNormal210', ['nationality', 'twitter', 'instagram', 'profile_image']),
    ...copy(c220, 'astronaut', 'AstronautNormal210', ['profile_image_thumbnail']),
    ...copy(c200, 'Launcher', 'LauncherList210', ['image_url']),
  };
}
