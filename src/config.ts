/** Server configuration, from environment variables only. */
export interface Config {
  port: number;
  host: string;
  /** `sqlite:PATH` (default `sqlite:./data/ll2.sqlite`) or `postgres://...`. */
  databaseUrl: string;
  /** Scheme and host used in `url`/`next`/`previous` instead of the request's (`https://ll.example.org`). */
  publicBaseUrl?: string;
  /** Load the bundled reference data when the database holds no launch (default true). */
  seedOnEmpty: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got ${env.PORT})`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/ll2.sqlite',
    publicBaseUrl: env.PUBLIC_BASE_URL ? env.PUBLIC_BASE_URL.replace(/\/+$/, '') : undefined,
    seedOnEmpty: !['0', 'false', 'no'].includes((env.SEED_ON_EMPTY ?? 'true').toLowerCase()),
  };
}
