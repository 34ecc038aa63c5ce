import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * PostgreSQL parses, analyses and plans an unnamed statement every time it is sent; a named (prepared)
 * statement is parsed once per connection and, once PostgreSQL finds its generic plan no worse than the
 * custom ones, planned once too. Kysely's PostgresDriver only ever calls `client.query(text, values)`,
 * so the pool handed to it wraps each client: a statement text seen before (anywhere in the pool) goes
 * out as `{name, text, values}` and is prepared on that connection; later uses send only Bind/Execute.
 *
 * PostgreSQL keeps a connection's prepared statements (and pg the texts) until the connection closes, so
 * each connection keeps at most `maxStatements` of them and `maxSqlBytes` of their text: preparing one
 * more first DEALLOCATEs the least recently used one. Memory stays flat whatever texts clients cause.
 *
 * plan_cache_mode stays `auto`: each statement is planned for its values for its first 5 executions on a
 * connection, then generic only where PostgreSQL finds that no costlier. The skewed filter measured
 * (`lsp__id` + `net__gte`, an agency of 2,866 launches or of 1) gets a generic plan on the (agency, net)
 * index that stops after its page for either, as the custom plans do.
 */
export interface PreparedStatementLimits {
  /** Prepared statements per connection. */
  maxStatements: number;
  /** Characters of prepared SQL text per connection. */
  maxSqlBytes: number;
}

/**
 * PostgreSQL keeps a prepared statement's parse tree and plans in the backend: about 40 times its SQL text
 * (118 statements of detailed launch pages, 460 KiB of SQL, held 17 MiB). 512 KiB of SQL per connection
 * holds every loader step of the pages served under the bench's load (a detailed page's ~20 statements of
 * 1.5-4 KiB, as their mixes of relations vary) and keeps each backend's plans near 20 MiB, 200 MiB for a
 * pool of 10; 200 statements bound the small ones (counts, pages, filters).
 */
export const DEFAULT_PREPARED_LIMITS: PreparedStatementLimits = { maxStatements: 200, maxSqlBytes: 512 << 10 };

/**
 * pg's record of a connection's parsed statements (pg 8: `client.connection.parsedStatements`), which it
 * would otherwise keep forever; test/db/prepared-statements.test.ts checks it matches the server's.
 */
interface PgConnectionInternals {
  parsedStatements: Record<string, string | undefined>;
}

/** The prepared statements of one connection, least recently used first (a Map keeps insertion order). */
class ConnectionStatements {
  /** text → statement name, of the statements prepared on this connection */
  readonly named = new Map<string, string>();
  sqlBytes = 0;
  private next = 0;
  /** Queries sent and not yet answered (pg queues them when a caller does not wait for the previous one). */
  private inFlight = 0;

  constructor(
    readonly client: pg.PoolClient,
    private readonly limits: PreparedStatementLimits,
    private readonly seen: SeenTexts,
  ) {}

  private get parsed(): Record<string, string | undefined> {
    return (this.client as unknown as { connection: PgConnectionInternals }).connection.parsedStatements;
  }

  async query(text: string, values: unknown[]): Promise<pg.QueryResult> {
    // A statement without parameters goes by pg's simple protocol in one message (BEGIN, COMMIT, SET,
    // DDL): nothing there is worth a prepared statement, and preparing would add a Parse message.
    if (values.length === 0) return this.client.query(text);
    this.inFlight++;
    try {
      let name = this.named.get(text);
      if (name !== undefined) {
        // the most recently used goes last
        this.named.delete(text);
        this.named.set(text, name);
        return await this.run(name, text, values);
      }
      // Prepare only what repeats: a one-off text (an import's multi-row upsert of some row count) would
      // only push out a statement that does repeat. Only when this is the connection's one query in flight:
      // a DEALLOCATE must never race a queued use of the statement it drops.
      if (this.inFlight > 1 || this.limits.maxStatements < 1 || text.length > this.limits.maxSqlBytes || !this.seen.check(text) || !(await this.makeRoom(text.length))) {
        return await this.client.query(text, values);
      }
      name = `ll2_${this.next++}`;
      return await this.run(name, text, values);
    } finally {
      this.inFlight--;
    }
  }

  /** Runs a named statement; keeps its name exactly while pg (and so PostgreSQL) holds it parsed. */
  private async run(name: string, text: string, values: unknown[]): Promise<pg.QueryResult> {
    try {
      return await this.client.query({ name, text, values });
    } catch (e) {
      // A table the statement reads changed shape under it ("cached plan must not change result type"):
      // drop it, so that the next use prepares it afresh.
      if ((e as { code?: string }).code === '0A000' && this.parsed[name] !== undefined) await this.deallocate(text, name).catch(() => {});
      throw e;
    } finally {
      // Parse can fail (a syntax error, an aborted transaction): then nothing was prepared. Once it
      // succeeded the statement stays, whether its execution succeeded or not.
      const held = this.parsed[name] !== undefined;
      if (held && !this.named.has(text)) {
        this.named.set(text, name);
        this.sqlBytes += text.length;
      } else if (!held && this.named.get(text) === name) {
        this.named.delete(text);
        this.sqlBytes -= text.length;
      }
    }
  }

  /**
   * DEALLOCATEs least recently used statements until one more of `length` characters fits. False when
   * that fails (in a failed transaction PostgreSQL refuses every command but ROLLBACK): the caller then
   * sends its statement unnamed, and the bound still holds.
   */
  private async makeRoom(length: number): Promise<boolean> {
    while (this.named.size >= this.limits.maxStatements || (this.named.size > 0 && this.sqlBytes + length > this.limits.maxSqlBytes)) {
      const [text, name] = this.named.entries().next().value as [string, string];
      try {
        await this.deallocate(text, name);
      } catch {
        return false;
      }
    }
    return true;
  }

  private async deallocate(text: string, name: string): Promise<void> {
    await this.client.query(`DEALLOCATE ${name}`);
    // pg skips the Parse of a name it believes prepared: it must forget this one too
    delete this.parsed[name];
    this.named.delete(text);
    this.sqlBytes -= text.length;
  }
}

/**
 * Texts sent once, pool-wide, bounded like the statements (oldest forgotten first): the second time a
 * text is sent on any connection, it is prepared there.
 */
class SeenTexts {
  private readonly texts = new Set<string>();
  private sqlBytes = 0;

  constructor(private readonly limits: PreparedStatementLimits) {}

  /** Whether `text` was seen before; remembers it otherwise. */
  check(text: string): boolean {
    if (this.texts.has(text)) return true;
    if (text.length > this.limits.maxSqlBytes) return false;
    this.texts.add(text);
    this.sqlBytes += text.length;
    for (const old of this.texts) {
      if (this.texts.size <= this.limits.maxStatements && this.sqlBytes <= this.limits.maxSqlBytes) break;
      this.texts.delete(old);
      this.sqlBytes -= old.length;
    }
    return false;
  }
}

/** The pool Kysely's PostgresDialect takes, preparing repeated statements on each of `pool`'s connections. */
export class PreparingPool implements PostgresPool {
  private readonly clients = new WeakMap<pg.PoolClient, PostgresPoolClient & { statements: ConnectionStatements }>();
  private readonly seen: SeenTexts;

  constructor(
    readonly pool: pg.Pool,
    private readonly limits: PreparedStatementLimits = DEFAULT_PREPARED_LIMITS,
  ) {
    this.seen = new SeenTexts(limits);
  }

  async connect(): Promise<PostgresPoolClient & { statements: ConnectionStatements }> {
    const client = await this.pool.connect();
    // Kysely keys its connection objects by the client it is given: the same pg client must get the same wrapper
    let wrapped = this.clients.get(client);
    if (!wrapped) {
      const statements = new ConnectionStatements(client, this.limits, this.seen);
      wrapped = {
        statements,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the two overloads of PostgresPoolClient.query
        query: ((textOrCursor: any, values?: readonly unknown[]) =>
          typeof textOrCursor === 'string' ? statements.query(textOrCursor, values ? [...values] : []) : client.query(textOrCursor)) as PostgresPoolClient['query'],
        release: () => client.release(),
      };
      this.clients.set(client, wrapped);
    }
    return wrapped;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
