import type { FilterDecl } from '../../api/filters.ts';
import type { ResourceDecl } from '../../api/resource.ts';
import { model } from '../../model/entities.ts';
import { v230 } from '../../serialize/v2.3.0/index.ts';
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

function launches(path: string, extra: Partial<ResourceDecl>): ResourceDecl {
  return {
    version: '2.3.0',
    path,
    entity: model.launch,
    modes: { list: 'LaunchBasic', normal: 'LaunchNormal', detailed: 'LaunchDetailed' },
    defaultMode: 'normal',
    detailShape: 'LaunchDetailed',
    shapes: v230,
    filters,
    search,
    ordering: { id: 'id', last_updated: 'last_updated', name: 'name', net: 'net' },
    defaultOrdering: ['net'],
    scope: knownScope,
    help: {
      viewName: 'Launch',
      filterExample: 'pad__location=13',
      searchExample: 'Starlink',
      orderingExample: '-last_updated',
    },
    ...extra,
  };
}

export const launches230: ResourceDecl[] = [
  launches('launches', {}),
  launches('launches/upcoming', {
    filters: [...filters, launchFilters.hide_recent_previous],
    search: Object.fromEntries(Object.entries(search).filter(([k]) => k !== 'launch_designator')),
    scope: upcomingScope,
  }),
  launches('launches/previous', { scope: previousScope, defaultOrdering: ['-net'] }),
];
