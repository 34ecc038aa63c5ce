import type { ResourceDecl } from '../api/resource.ts';

/** The 2.2.0 endpoints beyond launches; see src/resources/README.md. */
export const legacy220: ResourceDecl[] = [];
