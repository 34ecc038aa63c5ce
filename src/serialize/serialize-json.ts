import type { ObjectCache } from './object-cache.ts';
import type { Key, Row } from './graph-store.ts';
import type { SerializeContext, ShapeSet } from './serializer.ts';

/** Where a request may reuse serialized objects: the cache and the key prefix its context implies. */
export interface ObjectReuse {
  cache: ObjectCache;
  /** Data version, URL origin and format suffix, API version: what an object's text depends on besides shape and id. */
  prefix: string;
}

/**
 * The JSON text of the objects `ids` in shape `name`, in the order of `ids`. Cached objects are reused;
 * only the others are read (`readRows`) and serialized, all together, so a page is never N+1.
 */
export async function serializeJson(
  shapes: ShapeSet,
  name: string,
  ids: Key[],
  readRows: (ids: Key[]) => Promise<Row[]>,
  ctx: SerializeContext,
  reuse?: ObjectReuse,
): Promise<string[]> {
  const keyOf = (id: Key) => `${reuse!.prefix}\n${name}\n${id}`;
  const texts: Array<string | undefined> = reuse ? ids.map((id) => reuse.cache.get(keyOf(id))) : ids.map(() => undefined);
  const missing = ids.filter((_, i) => texts[i] === undefined);
  if (missing.length) {
    const rows = await readRows(missing);
    const objects = await shapes.serialize(name, rows, ctx);
    const byId = new Map<Key, string>();
    rows.forEach((row, i) => byId.set(row.id, JSON.stringify(objects[i])));
    ids.forEach((id, i) => {
      if (texts[i] !== undefined) return;
      const text = byId.get(id);
      if (text === undefined) return;
      texts[i] = text;
      reuse?.cache.set(keyOf(id), text);
    });
  }
  return texts.filter((t): t is string => t !== undefined);
}

/** A response body whose JSON text is already written (parts of it came from the object cache). */
export class JsonText {
  constructor(
    readonly text: string,
    /**
     * A short string that differs whenever `text` may differ (the cache prefix, the shape and the keys it
     * holds): its hash serves as the ETag without hashing megabytes of text on every request.
     */
    readonly fingerprint?: string,
  ) {}

  /** The body as values, for the browsable page. */
  value(): unknown {
    return JSON.parse(this.text);
  }
}
