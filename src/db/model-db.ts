import type { Kysely } from 'kysely';

/**
 * A handle on the database for code that names its tables at run time, from src/model (the loaders,
 * the importer, the exporter, the migrations): Kysely can check only a table named in the source, so
 * these queries are untyped. Modules that name their tables in the source take `Kysely<Tables>`
 * (tables.generated.ts) instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one named escape from the typed tables (see above)
export type ModelDb = Kysely<any>;
