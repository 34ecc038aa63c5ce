import type { ResourceDecl } from '../api/resource.ts';

/** The 2.0.0 endpoints beyond launches; see src/resources/README.md. */
export const legacy200: ResourceDecl[] = [];
