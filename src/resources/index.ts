import type { ResourceDecl } from '../api/resource.ts';
import { launches230 } from './launches/v2.3.0.ts';
import { launches200 } from './launches/v2.0.0.ts';

/** Every endpoint served, all versions. */
export const resources: ResourceDecl[] = [...launches230, ...launches200];
