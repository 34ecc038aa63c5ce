import type { Mode, ResourceDecl } from '../api/resource.ts';
import { resource } from './define.ts';
import { legacy220 } from './legacy-220.ts';

/**
 * The 2.1.0 endpoints: 2.2.0's (legacy-220.ts), served from November 2020 until 2.2.0 replaced them in
 * February 2021, less those LL2 added with 2.2.0 or later, in the 2.1.0 shapes (src/serialize/v2.1.0/).
 * Each keeps its 2.2.0 twin's filters, search, ordering, scope and help: LL2's changelog names
 * 2.1.0 → 2.2.0 as "docs fixes, throttle bypasses, and some new & removed fields", no query changes.
 */

/**
 * 2.2.0 paths 2.1.0 did not have: updates, mission patches, spacewalks and T-0 precision came with
 * 2.2.0 (LL2's 2.3.0 release notes list them as added since February 2021; real 2.1.0 dumps of the
 * same app read `updates` from 2.2.0), as did `/api-throttle/` (throttle.ts).
 */
const NOT_IN_210 = new Set(['config/netprecision', 'mission_patch', 'spacewalks', 'updates']);

/** The 2.1.0 shape of each mode, where it is not the 2.2.0 twin's (config lookups share their names). */
const SHAPES_210: Record<string, { modes: Partial<Record<Mode, string>>; detailShape: string }> = {
  agencies: { modes: { normal: 'AgencyCommon', detailed: 'AgencyEndpointDetailed200' }, detailShape: 'AgencyEndpointDetailed200' },
  astronaut: { modes: { normal: 'AstronautNormal210', detailed: 'AstronautDetailed200' }, detailShape: 'AstronautDetailed200' },
  'config/launcher': { modes: { normal: 'LauncherConfigList', detailed: 'LauncherConfigDetailed' }, detailShape: 'LauncherConfigDetailed' },
  'config/spacecraft': { modes: { normal: 'SpacecraftConfigMini', detailed: 'SpacecraftConfig' }, detailShape: 'SpacecraftConfig' },
  'dashboard/starship': { modes: { normal: 'StarshipDashboard210' }, detailShape: 'StarshipDashboard210' },
  docking_event: { modes: { normal: 'DockingEvent200', detailed: 'DockingEventDetailed200' }, detailShape: 'DockingEventDetailed200' },
  event: { modes: { normal: 'Event210' }, detailShape: 'Event210' },
  expedition: { modes: { normal: 'Expedition210', detailed: 'ExpeditionDetailed210' }, detailShape: 'ExpeditionDetailed210' },
  launch: { modes: { list: 'LaunchList', normal: 'LaunchNormal', detailed: 'LaunchDetailed' }, detailShape: 'LaunchDetailed' },
  launcher: { modes: { normal: 'LauncherList210', detailed: 'LauncherDetailed200' }, detailShape: 'LauncherDetailed200' },
  location: { modes: { normal: 'Location', detailed: 'LocationDetailed200' }, detailShape: 'LocationDetailed200' },
  pad: { modes: { normal: 'Pad' }, detailShape: 'Pad' },
  program: { modes: { normal: 'Program' }, detailShape: 'Program' },
  spacecraft: { modes: { normal: 'SpacecraftWithConfig', detailed: 'Spacecraft' }, detailShape: 'Spacecraft' },
  'spacecraft/flight': { modes: { normal: 'SpacecraftFlight', detailed: 'SpacecraftFlightDetailed200' }, detailShape: 'SpacecraftFlightDetailed200' },
  spacestation: { modes: { normal: 'SpaceStation', detailed: 'SpaceStationDetailed200' }, detailShape: 'SpaceStationDetailed200' },
};

/** The list a view belongs to (`launch/upcoming` → `launch`). */
const listOf = (path: string) => path.replace(/\/(upcoming|previous)$/, '');

function from220(twin: ResourceDecl): ResourceDecl {
  const own = Object.hasOwn(SHAPES_210, listOf(twin.path)) ? SHAPES_210[listOf(twin.path)] : undefined;
  if (!own && !twin.path.startsWith('config/')) throw new Error(`2.1.0 ${twin.path}: no 2.1.0 shapes declared`);
  const modes = own?.modes ?? twin.modes;
  for (const mode of Object.keys(twin.modes)) {
    if (!Object.hasOwn(modes, mode)) throw new Error(`2.1.0 ${twin.path}: no 2.1.0 shape for mode ${mode}`);
  }
  // what the twin declares beyond the builder's fields (a singleton's `derive`) is 2.1.0's too
  return { ...twin, ...resource('2.1.0', twin.path, twin.entity, {
    modes,
    defaultMode: twin.defaultMode,
    detailShape: own?.detailShape ?? twin.detailShape,
    filters: twin.filters,
    search: twin.search,
    ordering: twin.ordering,
    defaultOrdering: twin.defaultOrdering,
    scope: twin.scope,
    singleton: twin.singleton,
    cacheSeconds: twin.cacheSeconds,
    help: twin.help,
  }) };
}

/** The 2.1.0 endpoints; see src/resources/README.md. */
export const legacy210: ResourceDecl[] = legacy220.filter((d) => !NOT_IN_210.has(d.path)).map(from220);
