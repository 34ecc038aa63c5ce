import type { ResourceDecl } from '../api/resource.ts';
import { catalog230 } from './catalog-230.ts';
import { config230 } from './config/v2.3.0.ts';
import { dashboard230 } from './dashboard/v2.3.0.ts';
import { launches200 } from './launches/v2.0.0.ts';
import { legacy200 } from './legacy-200.ts';
import { legacy210 } from './legacy-210.ts';
import { legacy220 } from './legacy-220.ts';
import { launches230 } from './launches/v2.3.0.ts';
import { stationsEvents230 } from './stations-events-230.ts';
import { vehicles230 } from './vehicles-230.ts';

/** Every endpoint served, all versions. */
export const resources: ResourceDecl[] = [...launches230, ...catalog230, ...vehicles230, ...stationsEvents230, ...config230, ...dashboard230, ...launches200, ...legacy200, ...legacy210, ...legacy220];
