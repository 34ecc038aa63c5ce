/**
 * A row as the loaders read it (columns by name) and the key of one. Their own module, below both the
 * graph store and the keyed queries it runs, so neither has to import the other for a type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns are read by names taken from src/model at run time
export type Row = Record<string, any>;
export type Key = string | number;
