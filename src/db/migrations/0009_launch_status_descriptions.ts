// Migration 0002 wrote launch-status descriptions of its own for On Hold (5), Launch in Flight (6),
// Partial Failure (7) and Payload Deployed (9), and the generator others: both now read LL2's text from
// src/generate/data/lookup-rows.json. This brings databases migrated before that up to date. A row is
// changed only while it still holds the text 0002 wrote, so a description a mirror or an import has
// since brought in is kept.
import { lookupTable } from '../../generate/lookup-tables.ts';

const WRITTEN_BY_0002: Record<number, string> = {
  5: 'Launch has been paused or held, but still has a chance for launch within the window.',
  6: 'The launch vehicle has lifted off from the launch pad.',
  7: 'The launch vehicle reached orbit, but the payload(s) did not reach the intended target orbit(s).',
  9: 'The payload has been deployed in its target orbit.',
};

export const rowUpdates = {
  launch_status: lookupTable('launch_status')
    .filter((r) => r.id in WRITTEN_BY_0002)
    .map((r) => ({ where: { id: r.id, description: WRITTEN_BY_0002[r.id] }, set: { description: r.description } })),
};
