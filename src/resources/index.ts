import type { ResourceDecl } from '../api/resource.ts';
import { launches230 } from './launches/v2.3.0.ts';

/** Every endpoint served, all versions. */
export const resources: ResourceDecl[] = [...launches230];
