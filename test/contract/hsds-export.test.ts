// The HSDS 3.0 export validates against our schema (test/contract/hsds-3.0.schema.json,
// docs/decisions/0005-sociale-kaart-hsds.md), refers only to what it holds, and is the
// same document, with the same ids and ETag, every time the data is the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { get, moments, setNow } from '../server/social-map-fixture.ts';
import { hsdsId } from '../../server/social-map/uuid.ts';
import { contractViolations } from './conformance.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile<any>(JSON.parse(readFileSync(new URL('./hsds-3.0.schema.json', import.meta.url), 'utf8')));

const uuidOf = (path: string) => hsdsId('samen-linde', path);

/** Every object in the document, with the JSON path it sits at. */
function* objects(node: unknown, path = '$'): Generator<[Record<string, any>, string]> {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* objects(n, `${path}[${i}]`);
  } else if (node && typeof node === 'object') {
    yield [node as Record<string, any>, path];
    for (const [k, v] of Object.entries(node)) yield* objects(v, `${path}.${k}`);
  }
}

async function exportNow() {
  const res = await get('/v1/export/hsds.json');
  assert.equal(res.status, 200);
  return res;
}

test('the export is valid HSDS 3.0 per our schema, and conforms to the contract', async () => {
  setNow(moments.tuesday10);
  const { body, headers } = await exportNow();
  const ok = validate(body);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.deepEqual(contractViolations('getHsdsExport', { status: 200, contentType: headers.get('content-type')!, body }), []);
  assert.equal(body.total_items, body.contents.length);
  assert.equal(body.size, body.contents.length);
  assert.equal(body.empty, false);
  assert.equal(headers.get('cache-control'), 'public, max-age=300');
});

test('every service of the fixture is there, fully nested, with derived UUIDs', async () => {
  const { body } = await exportNow();
  const byId = new Map(body.contents.map((s: any) => [s.buurtkit_id, s]));
  for (const id of ['zw-schuldhulpmaatje', 'zw-wijkteam-spreekuur', 'zw-cafe-ontmoeting', 'zw-mantelzorglijn', 'zw-oud-loket']) assert.ok(byId.has(id), id);
  assert.equal((byId.get('zw-oud-loket') as any).status, 'defunct');

  const maatje: any = byId.get('zw-schuldhulpmaatje');
  assert.equal(maatje.id, uuidOf('service/zw-schuldhulpmaatje'));
  assert.equal(maatje.organization.id, uuidOf('organization/schuldhulp-linde'));
  assert.equal(maatje.organization_id, maatje.organization.id);
  assert.equal(maatje.organization.buurtkit_kind, 'professional');
  assert.equal(maatje.assured_date, '2026-11-02');
  const [sal] = maatje.service_at_locations;
  assert.equal(sal.id, uuidOf('service/zw-schuldhulpmaatje/location/zw-dorpshuis'));
  assert.equal(sal.location.id, uuidOf('location/zw-dorpshuis'));
  assert.equal(sal.location.buurtkit_village, 'linde');
  assert.deepEqual(
    { ...sal.location.addresses[0], id: undefined, location_id: undefined },
    { id: undefined, location_id: undefined, address_1: 'Lindeplein 1', city: 'Linde', state_province: 'Gelderland', postal_code: '4151 AB', country: 'NL', address_type: 'physical' },
  );
  assert.deepEqual(
    sal.schedules.map((s: any) => [s.id, s.freq, s.byday, s.opens_at, s.closes_at, s.timezone, s.buurtkit_timezone, s.description, s.notes]),
    [
      [uuidOf('service/zw-schuldhulpmaatje/location/zw-dorpshuis/schedule/0'), 'WEEKLY', 'TU', '09:00', '12:00', 1, 'Europe/Amsterdam', 'Dinsdag 9.00 tot 12.00 uur', 'Niet in de schoolvakanties'],
      [uuidOf('service/zw-schuldhulpmaatje/location/zw-dorpshuis/schedule/1'), 'WEEKLY', 'TH', '13:00', '16:00', 1, 'Europe/Amsterdam', 'Donderdag 13.00 tot 16.00 uur', undefined],
    ],
  );
  assert.deepEqual(maatje.languages.map((l: any) => [l.code, l.name, l.id]), [
    ['nl', 'Nederlands', uuidOf('service/zw-schuldhulpmaatje/language/nl')],
    ['en', 'Engels', uuidOf('service/zw-schuldhulpmaatje/language/en')],
  ]);
  assert.deepEqual(maatje.cost_options.map((c: any) => [c.amount, c.currency]), [[0, 'EUR']]);
  assert.deepEqual(maatje.service_areas.map((a: any) => [a.buurtkit_id, a.name, a.id]), [['linde', 'Linde', uuidOf('service/zw-schuldhulpmaatje/service_area/linde')]]);
  assert.equal(maatje.contacts[0].title, 'Coördinator');
  assert.equal(maatje.contacts[0].phones[0].number, '0345-000103');
  assert.equal(maatje.phones[0].number, '0345-000100');
  const terms = maatje.attributes.map((a: any) => `${a.link_type}:${a.taxonomy_term.code}`);
  assert.deepEqual(terms, ['category:zw-schulden', 'category:zw-geld', 'kind_of_help:informeel']);
  const sub = maatje.attributes[0].taxonomy_term;
  assert.equal(sub.parent_id, uuidOf('taxonomy/sociale-kaart/term/zw-geld'));
  assert.equal(sub.taxonomy.buurtkit_id, 'sociale-kaart');

  const cafe: any = byId.get('zw-cafe-ontmoeting');
  assert.deepEqual(cafe.attributes.filter((a: any) => a.link_type === 'kind_of_help').map((a: any) => a.taxonomy_term.code), ['informeel', 'professioneel']);
  assert.deepEqual(cafe.cost_options, [], 'not free: the fee is in fees_description');
  assert.equal(cafe.fees_description, '€ 1 per kopje');

  const wijkteam: any = byId.get('zw-wijkteam-spreekuur');
  assert.deepEqual(wijkteam.attributes.filter((a: any) => a.link_type === 'access').map((a: any) => a.taxonomy_term.code), ['verwijzing-nodig', 'op-afspraak']);
  assert.equal(wijkteam.service_at_locations.length, 2);

  // A telephone line: hours on the service itself, no location.
  const lijn: any = byId.get('zw-mantelzorglijn');
  assert.deepEqual(lijn.service_at_locations, []);
  assert.deepEqual(lijn.schedules.map((s: any) => s.byday), ['MO', 'TU', 'WE', 'TH', 'FR']);
  assert.equal(lijn.schedules[0].id, uuidOf('service/zw-mantelzorglijn/schedule/0'));
  assert.deepEqual(lijn.languages.map((l: any) => l.name), ['Nederlands', 'Arabisch']);
});

test('referential integrity: every parent_id, taxonomy_term_id, link_id and *_id is in the export', async () => {
  const { body } = await exportNow();
  const ids = new Set<string>();
  for (const [o] of objects(body)) if (typeof o.id === 'string') ids.add(o.id);
  let checked = 0;
  for (const [o, path] of objects(body)) {
    for (const [key, value] of Object.entries(o)) {
      if (key !== 'id' && key.endsWith('_id') && !key.startsWith('buurtkit_') && typeof value === 'string') {
        assert.ok(ids.has(value), `${path}.${key} = ${value} points at nothing`);
        checked++;
      }
    }
    if (o.taxonomy_term) assert.equal(o.taxonomy_term_id, o.taxonomy_term.id, path);
    if (o.taxonomy && o.taxonomy_id) assert.equal(o.taxonomy_id, o.taxonomy.id, path);
    if (o.link_entity === 'service') assert.ok(path.match(/^\$\.contents\[\d+\]\.attributes/), path);
  }
  assert.ok(checked > 100, `only ${checked} references`);
  // An attribute links to the service it sits in.
  for (const s of body.contents) for (const a of s.attributes) assert.equal(a.link_id, s.id);
  // A term's parent is carried by the same service.
  for (const s of body.contents) {
    const own = new Set(s.attributes.map((a: any) => a.taxonomy_term.id));
    for (const a of s.attributes) if (a.taxonomy_term.parent_id) assert.ok(own.has(a.taxonomy_term.parent_id), `${s.buurtkit_id}: parent of ${a.taxonomy_term.code}`);
  }
  // One id, one record: an organisation, location or term that appears in several services
  // is the same object each time, and two different records never share an id.
  const seen = new Map<string, { json: string; path: string }>();
  for (const [o, path] of objects(body)) {
    if (typeof o.id !== 'string') continue;
    const json = JSON.stringify(o);
    const first = seen.get(o.id);
    if (first) assert.equal(json, first.json, `${o.id} at ${path} differs from ${first.path}`);
    else seen.set(o.id, { json, path });
  }
});

test('the same data gives the same document, ids and ETag; 304 on If-None-Match', async () => {
  setNow(moments.tuesday10);
  const first = await exportNow();
  setNow(new Date(moments.tuesday10.getTime() + 3_600_000));
  const second = await exportNow();
  assert.equal(second.text, first.text);
  const etag = first.headers.get('etag')!;
  assert.equal(second.headers.get('etag'), etag);
  const notModified = await get('/v1/export/hsds.json', { headers: { 'If-None-Match': etag } });
  assert.equal(notModified.status, 304);
  assert.equal(notModified.headers.get('cache-control'), 'public, max-age=300');
});

test('the numeric timezone follows the season at export time; the wall-clock times do not', async () => {
  setNow(moments.summerTuesday10);
  const summer = (await exportNow()).body;
  setNow(moments.tuesday10);
  const winter = (await exportNow()).body;
  const schedules = (doc: any) => [...objects(doc)].map(([o]) => o).filter((o) => o.freq);
  assert.ok(schedules(summer).length > 0);
  for (const s of schedules(summer)) assert.equal(s.timezone, 2);
  for (const s of schedules(winter)) assert.equal(s.timezone, 1);
  assert.deepEqual(schedules(summer).map((s) => [s.id, s.opens_at, s.closes_at]), schedules(winter).map((s) => [s.id, s.opens_at, s.closes_at]));
});

test('the seeded map exports at least 120 valid services', async () => {
  setNow(moments.tuesday10);
  const { body } = await exportNow();
  const seeded = body.contents.filter((s: any) => !s.buurtkit_id.startsWith('zw-'));
  assert.ok(seeded.length >= 120, `only ${seeded.length} seeded services`);
  assert.ok(validate(body), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  // Services with hours on the telephone line carry them on the service itself.
  assert.ok(seeded.some((s: any) => s.schedules.length > 0), 'no service-level schedule in the seed');
  assert.ok(seeded.some((s: any) => s.service_at_locations.length > 1), 'no service with two locations in the seed');
});
