import type { FilterDecl } from '../../api/filters.ts';
import type { ResourceDecl } from '../../api/resource.ts';
import { listWithViews } from '../define.ts';
import { launchFilters } from './filters.ts';
import { knownScope, previousScope, upcomingScope } from './scopes.ts';

const search: Record<string, string> = {
  launch_designator: 'launch_designator',
  launch_service_provider__name: 'launch_service_provider.name',
  mission__name: 'mission.name',
  name: 'name',
  pad__location__name: 'pad.location.name',
  pad__name: 'pad.name',
  rocket__configuration__manufacturer__abbrev: 'rocket.configuration.manufacturer.abbrev',
  rocket__configuration__manufacturer__name: 'rocket.configuration.manufacturer.name',
  rocket__configuration__name: 'rocket.configuration.name',
  rocket__spacecraftflight__spacecraft__name: 'rocket.spacecraft_stage.spacecraft.name',
};

const filters: FilterDecl[] = Object.values(launchFilters).filter((f) => f.name !== 'hide_recent_previous');

export const launches230: ResourceDecl[] = listWithViews('2.3.0', 'launches', 'launch', {
  modes: { list: 'LaunchBasic', normal: 'LaunchNormal', detailed: 'LaunchDetailed' },
  detailShape: 'LaunchDetailed',
  filters,
  search,
  ordering: { id: 'id', last_updated: 'last_updated', name: 'name', net: 'net' },
  defaultOrdering: ['net'],
  scope: knownScope,
  help: { viewName: 'Launch', filterExample: 'pad__location=13', searchExample: 'Starlink', orderingExample: '-last_updated' },
}, {
  all: {},
  upcoming: {
    filters: [...filters, launchFilters.hide_recent_previous],
    // LL2's upcoming view does not search by designator
    search: Object.fromEntries(Object.entries(search).filter(([k]) => k !== 'launch_designator')),
    scope: upcomingScope,
  },
  previous: { scope: previousScope, defaultOrdering: ['-net'] },
});
