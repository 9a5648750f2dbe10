// The agenda's fast path (the occurrence index in memory, pages copied as runs of one
// buffer) must answer exactly what expanding the series' rules answers (recurrence.ts,
// the path used outside the index's horizon and what the API did before the index):
// byte for byte, for many random windows, filters, searches and pages of the seed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AgendaStore } from '../../server/agenda/store.ts';
import { occurrencePageJson, type AgendaFilter, type AgendaModel } from '../../server/agenda/model.ts';
import { bytesOf } from '../../server/http/response-cache.ts';
import { addDays } from '../../common/zoned-time.ts';
import { testApp } from './test-app.ts';

test('pages from the index equal pages from expanding the rules, for random windows, filters and pages', { timeout: 120_000 }, async () => {
  const { db } = await testApp();
  const model = await new AgendaStore(db).current();
  assert.ok(model.horizonDates && model.occurrences.length > 1000, 'the seed fills the index');
  // The same data without its index: every window is expanded from the rules.
  const expanded: AgendaModel = { ...model, horizon: null };
  const { from: first, to: last } = model.horizonDates;
  const horizonDays = (Date.parse(last) - Date.parse(first)) / 86_400_000;

  // Each filter is left out four times in five: visitors mostly ask one thing or none.
  const sometimes = <T,>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary, weight: 1 });
  const ids = (list: { id: string }[]) => sometimes(fc.subarray(list.map((x) => x.id), { minLength: 1, maxLength: 3 }));
  const words = [...new Set([...model.activities.values()].flatMap((a) => a.searchText.split(/\s+/)).filter((w) => w.length >= 3))];
  const organizations = [...model.organizationIds].map((id) => ({ id }));
  const filter: fc.Arbitrary<AgendaFilter> = fc.record(
    {
      category: ids(model.network.categories),
      organization: ids(organizations),
      audience: ids(model.network.audiences),
      village: sometimes(fc.constantFrom(...model.network.villages.map((v) => v.id))),
      // A piece of a word that occurs, in any case, or a few random letters (mostly no match).
      q: sometimes(
        fc.oneof(
          fc.tuple(fc.constantFrom(...words), fc.nat(), fc.integer({ min: 1, max: 8 }), fc.boolean()).map(([w, at, n, upper]) => {
            const piece = w.slice(at % w.length, (at % w.length) + n);
            return upper ? piece.toUpperCase() : piece;
          }),
          fc.string({ minLength: 1, maxLength: 3 }),
        ),
      ),
    },
    { requiredKeys: [] },
  );
  const sparse = filter.map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as AgendaFilter);
  const window = fc
    .tuple(fc.integer({ min: 0, max: horizonDays - 1 }), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 366 })))
    .map(([start, length]) => ({ from: addDays(first, start), to: addDays(first, Math.min(horizonDays, start + length)) }));
  const page = fc.record({ limit: fc.oneof(fc.constant(500), fc.integer({ min: 1, max: 1000 })), offset: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat({ max: 1500 }), weight: 1 }) });

  let nonEmpty = 0;
  fc.assert(
    fc.property(window, sparse, page, (w, f, p) => {
      const fast = Buffer.from(bytesOf(occurrencePageJson(model, w, f, p).body)).toString('utf8');
      const slow = Buffer.from(bytesOf(occurrencePageJson(expanded, w, f, p).body)).toString('utf8');
      assert.equal(fast, slow, `${JSON.stringify({ window: w, filter: f, page: p })}`);
      if (JSON.parse(fast).items.length) nonEmpty++;
    }),
    { numRuns: 300, seed: 20261201 },
  );
  assert.ok(nonEmpty > 150, `most samples show occurrences (${nonEmpty} of 300 did)`);
});

test('a page has the same ETag in every process, and another page another ETag', async () => {
  const { db } = await testApp();
  const [one, two] = await Promise.all([new AgendaStore(db).current(), new AgendaStore(db).current()]);
  const { from } = one.horizonDates!;
  const ask = (model: AgendaModel, to: string, f: AgendaFilter = {}) => occurrencePageJson(model, { from: addDays(from, 400), to }, f, { limit: 500, offset: 0 }).etag;
  const to = addDays(from, 430);
  assert.ok(ask(one, to));
  assert.equal(ask(one, to), ask(two, to));
  assert.notEqual(ask(one, to), ask(one, addDays(to, -1)));
  assert.notEqual(ask(one, to), ask(one, to, { q: 'koffie' }));
});
