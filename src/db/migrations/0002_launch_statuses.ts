// LL2's launch statuses, a fixed list every version reports. 2.0.0 documents only carry a status's
// short form, so the full names and descriptions come from here. Existing rows are left alone.
// The rows are the generator's lookup data (src/generate/data/lookup-rows.json), the one list of them:
// the ids and names this migration has always written; descriptions that file corrects later reach
// databases migrated before the correction through a later migration (0009).
import { lookupTable } from '../../generate/lookup-tables.ts';

export const rows = { launch_status: lookupTable('launch_status') };
