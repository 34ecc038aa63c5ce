/**
 * `?search=` through the search indexes (SQLite FTS5 trigram, PostgreSQL pg_trgm) answers exactly what
 * the plain icontains condition does: for every endpoint with search fields, on generated data, for
 * random substrings of real values (1 to 10 characters) and for terms that mean something to LIKE or to
 * FTS5's query syntax, accents and case. The indexes follow writes (triggers), and cover every column
 * an endpoint's declaration searches.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { ResourceDecl } from '../../src/api/resource.ts';
import { containsCondition, searchCondition, type FilterContext } from '../../src/api/filters.ts';
import { aliasScope, pathCondition, pathLeaf, type ModelExpressionBuilder } from '../../src/api/model-path.ts';
import { searchIndexDefs, searchRowKey } from '../../src/api/search-index.ts';
import { dialects } from '../../src/db/dialect.ts';
import { model } from '../../src/model/entities.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { resources } from '../../src/resources/index.ts';
import { GENERATED_ANCHOR, generatedApp } from '../support/app.ts';

const t = generatedApp({ launches: 300, seed: 3 });

/** Terms that are LIKE wildcards, FTS5 query syntax, accents and case, whatever the data holds. */
// (and the placeholders of compiled SQL, `?` and `$1`: a search term's SQL is compiled once and split at them)
const ODD_TERMS = ['%', '_', '\\', '"', '*', ':', '(', 'NEAR', 'AND', 'OR', '-', 'a"b', 'x:y', 'NEAR(a', '%_\\', 'é', 'e', 'É', 'ét', 'Société', 'SOCIÉTÉ', 'societe', 'FALCON', 'falcon', 'Falcon 9', 'zzzzqq', '🚀🚀🚀', '?', '$1', 'a?b', '$1$2'];

const searchable = resources.filter((r) => Object.keys(r.search).length && !r.singleton);

/** Deterministic pseudo-random numbers: a failure names a term that fails again on the next run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** DRF's term split, as list-query.ts does it: whitespace and commas. */
const termsOf = (search: string) => [...new Set(search.replace(/,/g, ' ').split(/\s+/).filter(Boolean))];

/** Ids of the endpoint's rows (its scope) matching every term, with `leaf` as the condition on one field. */
async function idsWhere(res: ResourceDecl, search: string, indexed: boolean): Promise<string[]> {
  const { db, dialect } = t.database;
  const rows = await db
    .selectFrom(res.entity.table)
    .select(`${res.entity.table}.id`)
    .where((eb: ModelExpressionBuilder) =>
      aliasScope(() => {
        const ctx: FilterContext = { eb, entity: res.entity, dialect, now: GENERATED_ANCHOR };
        const conds: Expression<SqlBool>[] = [];
        const scope = res.scope?.(ctx, new URLSearchParams());
        if (scope) conds.push(scope);
        for (const term of termsOf(search)) {
          conds.push(eb.or(Object.values(res.search).map((path) => pathCondition(eb, res.entity, path, (col, site) => (indexed ? searchCondition(ctx, col, term, site) : containsCondition(ctx, col, term, true))))));
        }
        return conds.length ? eb.and(conds) : sql<SqlBool>`1 = 1`;
      }),
    )
    .execute();
  return rows.map((r) => String(r.id)).sort();
}

/** Substrings of 1, 2, 3, 5 and 10 characters of real values of the endpoint's search fields. */
async function sampleTerms(res: ResourceDecl, seed: number): Promise<string[]> {
  const rnd = random(seed);
  const values: string[] = [];
  for (const path of Object.values(res.search)) {
    const { entity, column } = pathLeaf(res.entity, path);
    const rows = await t.database.db.selectFrom(entity.table).select(`${column} as v`).where(column, 'is not', null).limit(40).execute();
    values.push(...rows.map((r) => String(r.v)).filter(Boolean));
  }
  const terms: string[] = [];
  for (const len of [1, 2, 3, 3, 5, 5, 10]) {
    const v = values[Math.floor(rnd() * values.length)];
    if (!v) continue;
    const chars = [...v];
    const start = Math.floor(rnd() * Math.max(1, chars.length - len + 1));
    const term = chars.slice(start, start + len).join('').trim();
    // a term is one word (DRF splits on spaces): keep the longest piece
    const word = term.split(/[\s,]+/).sort((a, b) => b.length - a.length)[0];
    if (word) terms.push(word, word.toUpperCase(), word.toLowerCase());
  }
  return [...new Set(terms)];
}

describe('search through the index', () => {
  test('every column an endpoint searches is indexed by a migration, and nothing else', () => {
    const indexed = Object.values(migrations).flatMap((m) => (m.searchIndexes ?? []).flatMap((ix) => ix.columns.map((c) => `${ix.table}.${c}`)));
    const declared = searchIndexDefs(resources).flatMap((ix) => ix.columns.map((c) => `${ix.table}.${c}`));
    assert.deepStrictEqual([...new Set(indexed)].sort(), [...new Set(declared)].sort());
  });

  test('writes keep the index in step: renamed, inserted and deleted rows (accents, case)', async () => {
    const { db } = t.database;
    const agency = await db.selectFrom('agency').select(['id', 'name']).orderBy('id').executeTakeFirstOrThrow();
    const launch = await db.selectFrom('launch').select(['id', 'name']).orderBy('id').executeTakeFirstOrThrow();
    await db.updateTable('agency').set({ name: 'Société Européenne FALCON' }).where('id', '=', agency.id).execute();
    await db.updateTable('launch').set({ name: 'Été Falcon | Ωmega' }).where('id', '=', launch.id).execute();
    const res = searchable.find((r) => r.version === '2.3.0' && r.path === 'launches')!;
    for (const term of ['Europ', 'SOCIÉTÉ', 'société', 'Été', 'Ωmega', 'falcon | Ω', String(agency.name).slice(0, 6)]) {
      assert.deepStrictEqual(await idsWhere(res, term, true), await idsWhere(res, term, false), term);
    }
    // the old name is forgotten: the index finds only what the table holds
    const old = String(launch.name);
    assert.deepStrictEqual(await idsWhere(res, old, true), await idsWhere(res, old, false));
    // a row deleted and written again (what --replace and a re-import do)
    const row = await db.selectFrom('agency').selectAll().where('id', '=', agency.id).executeTakeFirstOrThrow();
    const agencies = searchable.find((r) => r.version === '2.3.0' && r.path === 'agencies')!;
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('agency').where('id', '=', agency.id).execute();
      assert.deepStrictEqual(await trx.selectFrom('agency').select('id').where('id', '=', agency.id).execute(), []);
      await trx.insertInto('agency').values({ ...row, name: 'Agence Spatiale Éole' }).execute();
    });
    for (const term of ['Éole', 'éole', 'EOLE', 'Europ', 'Spatiale']) assert.deepStrictEqual(await idsWhere(agencies, term, true), await idsWhere(agencies, term, false), term);
    assert.deepStrictEqual(await idsWhere(agencies, 'Éole', true), [String(agency.id)]);
    if (t.database.dialect === 'sqlite') {
      // FTS5 compares an external-content index with its table row by row
      for (const { table } of searchIndexDefs(resources)) {
        await sql.raw(`INSERT INTO "${table}__search"("${table}__search") VALUES ('integrity-check')`).execute(db);
      }
    }
  });

  for (const res of searchable) {
    test(`${res.version} ${res.path}: indexed search = icontains`, async () => {
      const terms = [...(await sampleTerms(res, res.path.length * 31 + Number(res.version.replace(/\D/g, '')))), ...ODD_TERMS];
      const pairs = terms.slice(0, 6).map((a, i) => `${a} ${terms[(i + 3) % terms.length]}`);
      let matched = 0;
      for (const search of [...terms, ...pairs]) {
        const expected = await idsWhere(res, search, false);
        assert.deepStrictEqual(await idsWhere(res, search, true), expected, `search=${JSON.stringify(search)}`);
        if (expected.length) matched++;
      }
      // the sample means something: real substrings match rows
      const rows = await t.database.db.selectFrom(res.entity.table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      if (Number(rows.n) > 0) assert.ok(matched > 0, `no term matched anything on ${res.path}`);
    });
  }

  // the whole request: the API's ids are the plain condition's, and a term can match through a relation only;
  // `été` and `SOCIÉTÉ` differ from names written above only in a case LIKE does not fold on SQLite (where
  // the index folds it): the API keeps the LIKE beside the index
  const API = [
    ['2.3.0', 'launches'],
    ['2.3.0', 'events'],
    ['2.3.0', 'agencies'],
    ['2.3.0', 'astronauts'],
    ['2.3.0', 'spacecraft'],
    ['2.2.0', 'launch'],
    ['2.0.0', 'launch'],
  ] as const;
  for (const [version, path] of API) {
    test(`/${version}/${path}/?search= answers the icontains ids`, async () => {
      const res = searchable.find((r) => r.version === version && r.path === path);
      assert.ok(res, `${version} ${path} has search fields`);
      const terms = [...(await sampleTerms(res, 7)).slice(0, 8), 'FALCON', 'falcon', '%', '_', '"', 'é', 'AND', '?', '$1', 'été', 'SOCIÉTÉ'];
      for (const search of [...terms, `${terms[2]} ${terms[4]}`]) {
        const expected = await idsWhere(res, search, false);
        const got: string[] = [];
        for (let offset = 0; ; offset += 100) {
          const r = await t.get(`/${version}/${path}/?search=${encodeURIComponent(search)}&limit=100&offset=${offset}&mode=list&format=json`);
          assert.equal(r.status, 200, `search=${search}: ${r.text.slice(0, 200)}`);
          // the page counts its matches itself (count(*) over ()): every page, the same count
          assert.equal(r.body.count, expected.length, `search=${JSON.stringify(search)} offset=${offset}: count`);
          got.push(...r.body.results.map((o: { id: unknown }) => String(o.id)));
          if (!r.body.next) break;
        }
        assert.deepStrictEqual(got.sort(), expected, `search=${JSON.stringify(search)}`);
        // an empty page past the end still says how many match
        const past = await t.get(`/${version}/${path}/?search=${encodeURIComponent(search)}&limit=10&offset=${expected.length + 5}&mode=list&format=json`);
        assert.deepStrictEqual([past.body.count, past.body.results.length], [expected.length, 0], `search=${JSON.stringify(search)} past the end`);
      }
    });
  }

  test('a term that matches through a relation only finds the launches of that relation', async () => {
    const res = searchable.find((r) => r.version === '2.3.0' && r.path === 'launches')!;
    const { db } = t.database;
    const config = await db.selectFrom('launcher_config').select('id').where('id', 'in', db.selectFrom('rocket').select('configuration_id')).orderBy('id').executeTakeFirstOrThrow();
    // a name no launch, mission, pad or agency holds: only rocket.configuration.name reaches it
    await db.updateTable('launcher_config').set({ name: 'Qwertrocket Heavy' }).where('id', '=', config.id).execute();
    const direct = (await db.selectFrom('launch').select('launch.id').where('launch.id', 'in', db.selectFrom('rocket').select('rocket.launch_id').where('rocket.configuration_id', '=', config.id)).execute()).map((r) => String(r.id));
    const expected = await idsWhere(res, 'qwertROCKET', false);
    assert.ok(expected.length > 0, 'the configuration flies');
    assert.deepStrictEqual(await idsWhere(res, 'qwertROCKET', true), expected);
    assert.ok(expected.every((id) => direct.includes(id)));
  });

  // what a later migration does when an endpoint starts searching another column of an indexed table
  test('indexing another column of an indexed table keeps the old ones', async () => {
    const { db, dialect } = t.database;
    const agency = model.agency;
    const site = { table: agency.table, rowKey: searchRowKey(agency) };
    await db.transaction().execute(async (trx) => assert.equal(await dialects[dialect].createSearchIndex(trx, site, ['description']), undefined));
    const ids = async (column: string, term: string, indexed: boolean) => {
      const rows = await db
        .selectFrom(`${agency.table} as a`)
        .select('a.id')
        .where((eb: ModelExpressionBuilder) => {
          const ctx: FilterContext = { eb, entity: agency, dialect, now: GENERATED_ANCHOR };
          const col = sql.ref(`a.${column}`);
          return indexed ? searchCondition(ctx, col, term, { entity: agency, alias: 'a', column }) : containsCondition(ctx, col, term, true);
        })
        .execute();
      return rows.map((r) => String(r.id)).sort();
    };
    const described = await db.selectFrom(agency.table).select('description').where('description', 'is not', null).limit(5).execute();
    assert.ok(described.length, 'agencies have descriptions');
    for (const { description } of described) {
      const term = String(description).slice(2, 9);
      assert.deepStrictEqual(await ids('description', term, true), await ids('description', term, false), term);
      assert.ok((await ids('description', term, true)).length > 0, term);
    }
    for (const term of ['Europ', 'Éole', 'SPACE', 'ace']) assert.deepStrictEqual(await ids('name', term, true), await ids('name', term, false), term);
    if (dialect === 'sqlite') await sql.raw(`INSERT INTO "${agency.table}__search"("${agency.table}__search") VALUES ('integrity-check')`).execute(db);
  });
});
