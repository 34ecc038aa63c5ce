import type { ResourceDecl } from '../../api/resource.ts';
import { model } from '../../model/entities.ts';
import { v230 } from '../../serialize/v2.3.0/index.ts';

/**
 * `/2.3.0/dashboard/starship/`: one object (LL2 answers the dashboard itself, not a page), stored as
 * the `starship_dashboard` row with id 1.
 */
export const dashboard230: ResourceDecl[] = [
  {
    version: '2.3.0',
    path: 'dashboard/starship',
    entity: model.starship_dashboard,
    singleton: 1,
    modes: { list: 'StarshipDashboardList', normal: 'StarshipDashboardNormal', detailed: 'StarshipDashboardDetailed' },
    defaultMode: 'normal',
    detailShape: 'StarshipDashboardDetailed',
    shapes: v230,
    filters: [],
    search: {},
    ordering: {},
    defaultOrdering: ['id'],
    help: { viewName: 'Starship Dashboard' },
  },
];
