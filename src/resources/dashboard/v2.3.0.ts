import type { ResourceDecl } from '../../api/resource.ts';
import { resource } from '../define.ts';
import { deriveStarshipDashboard } from './derived.ts';

/**
 * `/2.3.0/dashboard/starship/`: one object (LL2 answers the dashboard itself, not a page), stored as
 * the `starship_dashboard` row with id 1 when a dashboard was imported, else derived from the data.
 */
export const dashboard230: ResourceDecl[] = [
  resource('2.3.0', 'dashboard/starship', 'starship_dashboard', {
    singleton: 1,
    derive: deriveStarshipDashboard,
    modes: { list: 'StarshipDashboardList', normal: 'StarshipDashboardNormal', detailed: 'StarshipDashboardDetailed' },
    detailShape: 'StarshipDashboardDetailed',
    help: { viewName: 'Starship Dashboard' },
  }),
];
