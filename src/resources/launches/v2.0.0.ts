import { sql, type Expression, type SqlBool } from 'kysely';
import { compare, containsCondition, parseInt32, type FilterContext, type FilterDecl } from '../../api/filters.ts';
import { pathCondition } from '../../api/model-path.ts';
import type { ResourceDecl } from '../../api/resource.ts';
import { int, listWithViews, RANGE, text } from '../define.ts';
import { launchFilters } from './filters.ts';
import { previousScope, upcomingScope } from './scopes.ts';

/**
 * The 2.0.0 launch endpoints (docs/research/2.0.0-launch-shapes.md §4-§6): `/2.0.0/launch/`,
 * `/launch/upcoming/`, `/launch/previous/`. The view reads a few parameters by hand (lsp__*, related,
 * location__ids); those that combine with each other are applied by the scope, and declared as
 * filters only so that values are validated and listed.
 */

const f = launchFilters;

/** Applied by `providerScope`; the declaration validates the value (400 for `lsp__id=abc`). */
const byScope = (decl: Omit<FilterDecl, 'sql'>): FilterDecl => ({ ...decl, sql: () => null });

/** django-filter's DateFilter on a date-time: `net__gt=2020-01-01` compares with midnight UTC. */
const netDate: FilterDecl = {
  name: 'net',
  type: 'date',
  lookups: RANGE,
  sql: (values, ctx, lookup) => compare(ctx, sql.ref('launch.net'), lookup, [`${values[0]}T00:00:00Z`]),
};

/** `include_suborbital=false` (any case) drops Sub-Orbital missions; only /previous/ compares the string. */
const includeSuborbital = (effective: boolean): FilterDecl => ({
  name: 'include_suborbital',
  type: 'text',
  sql: ([v], ctx) => {
    if (!effective || String(v).toLowerCase() !== 'false') return null;
    const sub = pathCondition(ctx.eb, ctx.entity, 'mission.orbit.name', (c) => ctx.eb(c, '=', 'Sub-Orbital'));
    return ctx.eb.or([ctx.eb('launch.mission_id', 'is', null), ctx.eb.not(sub)]);
  },
});

/** `is_crewed=true|false` (only those two strings): whether a spacecraft flight has launch crew. */
const isCrewed: FilterDecl = {
  name: 'is_crewed',
  type: 'text',
  sql: ([v], ctx) => {
    if (v !== 'true' && v !== 'false') return null;
    const crewed = pathCondition(ctx.eb, ctx.entity, 'rocket.spacecraft_stage.launch_crew.id', (c) => ctx.eb(c, 'is not', null));
    return v === 'true' ? crewed : ctx.eb.not(crewed);
  },
};

const common: FilterDecl[] = [
  f.name,
  f.slug,
  f.rocket__configuration__name,
  f.rocket__configuration__id,
  f.status,
  int('launch_library_id'),
  f.rocket__spacecraftflight__spacecraft__name,
  f.rocket__spacecraftflight__spacecraft__id,
  f.rocket__configuration__manufacturer__name,
  f.rocket__configuration__full_name,
  f.mission__orbit__name,
  // read by hand in the view
  f.id,
  byScope({ name: 'lsp__name', type: 'text' }),
  byScope({ name: 'lsp__id', type: 'int' }),
  byScope({ name: 'lsp__ids', type: 'int', list: 'csv' }),
  byScope({ name: 'location__ids', type: 'int', list: 'csv' }),
  byScope({ name: 'related', type: 'text' }),
  text('serial_number', 'rocket.launcher_stage.launcher.serial_number'),
  int('launcher_config__id', 'rocket.configuration.id'),
  isCrewed,
];

const ids = (raw: string | null): number[] =>
  (raw ?? '').split(',').map((v) => parseInt32(v)).filter((n): n is number => n !== undefined);

/** Launches whose provider's parent is one of the agencies `names` selects (LL2's related agencies). */
function childrenOf(ctx: FilterContext, parentNames: Expression<{ name: string }>): Expression<SqlBool> {
  return ctx.eb('launch.launch_service_provider_id', 'in', ctx.eb.selectFrom('agency as child').select('child.id').where('child.parent', 'in', parentNames));
}

/**
 * The provider/location parameters: `lsp__ids` and `location__ids` are OR-ed when both are given;
 * `lsp__name` matches name or abbrev; `related` adds the launches of the agency's child agencies.
 */
function providerScope(ctx: FilterContext, query: URLSearchParams): Expression<SqlBool> | null {
  const { eb } = ctx;
  const conds: Expression<SqlBool>[] = [];
  const last = (name: string) => {
    const all = query.getAll(name);
    return all.length && all[all.length - 1] !== '' ? all[all.length - 1] : null;
  };
  const lspIds = ids(last('lsp__ids'));
  const locationIds = ids(last('location__ids'));
  const byLsp = lspIds.length ? eb('launch.launch_service_provider_id', 'in', lspIds) : null;
  const byLocation = locationIds.length ? pathCondition(eb, ctx.entity, 'pad.location.id', (c) => eb(c, 'in', locationIds)) : null;
  if (byLsp && byLocation) conds.push(eb.or([byLsp, byLocation]));
  else if (byLsp ?? byLocation) conds.push((byLsp ?? byLocation)!);

  const related = last('related') !== null;
  const lspName = last('lsp__name');
  if (lspName !== null) {
    const matches = eb('launch.launch_service_provider_id', 'in', eb.selectFrom('agency').select('agency.id').where((e) =>
      e.or([containsCondition({ ...ctx, eb: e }, sql.ref('agency.name'), lspName, true), containsCondition({ ...ctx, eb: e }, sql.ref('agency.abbrev'), lspName, true)]),
    ));
    conds.push(related ? eb.or([matches, childrenOf(ctx, eb.selectFrom('agency as p').select('p.name').where('p.name', '=', lspName))]) : matches);
  }
  const lspId = parseInt32(last('lsp__id') ?? '');
  if (lspId !== undefined) {
    const matches = eb('launch.launch_service_provider_id', '=', lspId);
    conds.push(related ? eb.or([matches, childrenOf(ctx, eb.selectFrom('agency as p').select('p.name').where('p.id', '=', lspId))]) : matches);
  }
  return conds.length ? eb.and(conds) : null;
}

/** Launches from another celestial body are hidden in ≤2.2.0 (when the pad's body is known). */
function earthOnly(ctx: FilterContext): Expression<SqlBool> {
  const elsewhere = pathCondition(ctx.eb, ctx.entity, 'pad.location.celestial_body.name', (c) => ctx.eb(c, '<>', 'Earth'));
  return ctx.eb.or([ctx.eb('launch.pad_id', 'is', null), ctx.eb.not(elsewhere)]);
}

function scoped(when?: (ctx: FilterContext) => Expression<SqlBool>): ResourceDecl['scope'] {
  return (ctx, query) => {
    const conds = [earthOnly(ctx)];
    if (when) conds.push(when(ctx));
    const provider = providerScope(ctx, query);
    if (provider) conds.push(provider);
    return ctx.eb.and(conds);
  };
}

const search: Record<string, string> = {
  name: 'name',
  rocket__configuration__name: 'rocket.configuration.name',
  rocket__configuration__manufacturer__name: 'rocket.configuration.manufacturer.name',
  launch_service_provider__name: 'launch_service_provider.name',
  rocket__configuration__manufacturer__abbrev: 'rocket.configuration.manufacturer.abbrev',
  mission__name: 'mission.name',
  pad__location__name: 'pad.location.name',
  pad__name: 'pad.name',
  rocket__spacecraftflight__spacecraft__name: 'rocket.spacecraft_stage.spacecraft.name',
};

const MODE_LINE = "MODE: 'normal', 'list', 'detailed' EXAMPLE: ?mode=list";

export const launches200: ResourceDecl[] = listWithViews('2.0.0', 'launch', 'launch', {
  modes: { list: 'LaunchList', normal: 'LaunchNormal', detailed: 'LaunchDetailed' },
  detailShape: 'LaunchDetailed',
  search,
  ordering: { id: 'id', name: 'name', net: 'net' },
  defaultOrdering: ['net', 'id'],
  help: {
    viewName: 'Launch',
    intro: [
      'API endpoint that returns all Launch objects or a single launch.',
      'EXAMPLE - /launch/<id>/ or /launch/?mode=list&search=SpaceX',
      'GET: Return a list of all Launch objects.',
      "FILTERS: Fields - 'name', 'id(s)', 'lsp_id', 'lsp_name', 'serial_number', 'launcher_config__id', 'rocket__spacecraftflight__spacecraft__name'",
      MODE_LINE,
      'SEARCH: Searches through the launch name, rocket name, launch agency, mission name & spacecraft name. EXAMPLE - ?search=SpaceX',
    ],
    searchExample: 'SpaceX',
  },
}, {
  all: {
    filters: [...common, f.spacecraft_config__ids, includeSuborbital(false), netDate],
    scope: scoped(),
  },
  upcoming: {
    filters: [...common, includeSuborbital(false), f.program],
    scope: scoped(upcomingScope),
    help: {
      viewName: 'Upcoming Launch',
      intro: [
        'API endpoint that returns future Launch objects and launches from the last twenty four hours.',
        'GET: Return a list of future Launches',
        "FILTERS: Fields - 'name', 'id(s)', 'lsp_id', 'lsp_name', 'launcher_config__id',",
        MODE_LINE,
        'SEARCH: Searches through the launch name, rocket name, launch agency and mission name. EXAMPLE - ?search=SpaceX',
      ],
      searchExample: 'SpaceX',
    },
  },
  previous: {
    filters: [...common, includeSuborbital(true), f.program],
    scope: scoped(previousScope),
    defaultOrdering: ['-net', 'id'],
    help: {
      viewName: 'Previous Launch',
      intro: [
        'API endpoint that returns previous Launch objects.',
        'GET: Return a list of previous Launches',
        "FILTERS: Fields - 'name', 'id(s)', 'lsp_id', 'lsp_name', 'launcher_config__id',",
        MODE_LINE,
        'SEARCH: Searches through the launch name, rocket name, launch agency and mission name. EXAMPLE - ?search=SpaceX',
      ],
      searchExample: 'SpaceX',
    },
  },
});
