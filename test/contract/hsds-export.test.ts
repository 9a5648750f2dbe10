// The HSDS 3.0 export, measured against Open Referral's own schemas (the unchanged files in
// test/contract/hsds-official/, see the README there and docs/decisions/0005): every
// service against the compiled `service.json`, the page against the HSDS API's `Page`.
// On top of that, what Buurtkit promises: only HSDS fields or `buurtkit_*` extensions,
// UUIDv5 ids, kind of help as an attribute, opening hours a client can place in time,
// and the same document (ids, ETag) every time the data is the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { get, mapTestApp, moments, setNow } from '../server/social-map-fixture.ts';
import { hsdsId } from '../../server/social-map/uuid.ts';
import { offsetPeriods } from '../../server/social-map/hsds.ts';
import { addDays, localToInstant } from '../../common/zoned-time.ts';
import { contractViolations } from './conformance.ts';

type Schema = { properties?: Record<string, Schema>; items?: Schema; datapackage_type?: string };

const official = (file: string) => JSON.parse(readFileSync(new URL(`./hsds-official/${file}`, import.meta.url), 'utf8'));
const serviceSchema: Schema = official('service.json');
const pageSchema = official('openapi.json').components.schemas.Page;

// HSDS 3.0 schemas declare no $schema; the spec names draft 2020-12 (openapi.json's
// jsonSchemaDialect, docs/hsds/profiles.md). Strict: unknown keywords and formats throw.
// The compiled service.json is 2.3 MB of inlined objects: Ajv compiles it faster without
// code optimisation, and validates as strictly.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: true, allErrors: true, code: { optimize: false } });
addFormats(ajv);
// Open Referral's own annotations (Frictionless Data Package metadata): they describe, they don't validate.
ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'core', 'example', 'tabular_required']);
const validateService = ajv.compile(serviceSchema);
const validatePage = ajv.compile(pageSchema);
const isDate = ajv.compile({ type: 'string', format: 'date' });

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// HH:MM (or HH:MM:SS) with the offset HSDS asks for ("09:00-05:00" or "09:00Z").
const TIME_WITH_OFFSET = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d\d:\d\d)$/;

/** Fields the official schema does not have at that place, and values its Data Package types reject. */
function* outsideTheSchema(node: unknown, schema: Schema, path: string): Generator<string> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* outsideTheSchema(item, schema.items ?? {}, `${path}/${i}`);
  } else if (node && typeof node === 'object') {
    // An object where HSDS wants a string or number is Ajv's to report.
    if (!schema.properties) return;
    for (const [key, value] of Object.entries(node)) {
      const field = schema.properties?.[key];
      if (field) yield* outsideTheSchema(value, field, `${path}/${key}`);
      else if (!key.startsWith('buurtkit_')) yield `${path}/${key} is no HSDS 3.0 field (extensions start with buurtkit_)`;
    }
  } else if (schema.datapackage_type === 'date' && !isDate(node)) {
    yield `${path} = ${JSON.stringify(node)} is not a date YYYY-MM-DD`;
  } else if (schema.datapackage_type === 'time' && !(typeof node === 'string' && TIME_WITH_OFFSET.test(node))) {
    yield `${path} = ${JSON.stringify(node)} is not HH:MM with a UTC offset`;
  }
}

/** Every way the export falls short of the official schemas: which service, which path, what. */
function officialViolations(doc: any): { failing: Set<string>; lines: string[] } {
  const lines: string[] = [];
  const failing = new Set<string>();
  if (!validatePage(doc)) for (const e of validatePage.errors!) lines.push(`page ${e.instancePath || '/'}: ${e.message}`);
  for (const [i, service] of (doc.contents ?? []).entries()) {
    const name = `service ${service.buurtkit_id ?? i}`;
    const problems = validateService(service) ? [] : validateService.errors!.map((e) => `${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`);
    problems.push(...outsideTheSchema(service, serviceSchema, ''));
    if (problems.length) failing.add(name);
    lines.push(...problems.map((p) => `${name} ${p}`));
  }
  return { failing, lines };
}

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

const schedulesOf = (doc: any) => [...objects(doc)].map(([o]) => o).filter((o) => o.freq);

async function exportNow() {
  const res = await get('/v1/export/hsds.json');
  assert.equal(res.status, 200);
  return res;
}

test('every service of the export passes the official HSDS 3.0 service.json, the page the HSDS Page', async () => {
  for (const moment of [moments.tuesday10, moments.summerTuesday10]) {
    setNow(moment);
    const { body } = await exportNow();
    const { failing, lines } = officialViolations(body);
    assert.ok(body.contents.length >= 125);
    assert.deepEqual(
      lines.slice(0, 25),
      [],
      `${failing.size} of ${body.contents.length} services fail the official schemas (${lines.length} problems, first 25 shown)`,
    );
  }
});

test('the checks against the official schemas can fail: a nested taxonomy in `taxonomy`, a field HSDS lacks', async () => {
  setNow(moments.tuesday10);
  const { body } = await exportNow();
  const service = structuredClone(body.contents.find((s: any) => s.buurtkit_id === 'zw-schuldhulpmaatje'));
  service.attributes[0].taxonomy_term.taxonomy = { id: uuidOf('taxonomy/x'), name: 'X', description: 'X' };
  service.service_at_locations[0].location.lattitude = 51.9;
  service.schedules.push({ id: uuidOf('x'), opens_at: '09:00' });
  const { lines } = officialViolations({ ...body, contents: [service] });
  assert.deepEqual(lines, [
    'service zw-schuldhulpmaatje /attributes/0/taxonomy_term/taxonomy: must be string {"type":"string"}',
    'service zw-schuldhulpmaatje /schedules/0/opens_at = "09:00" is not HH:MM with a UTC offset',
    'service zw-schuldhulpmaatje /service_at_locations/0/location/lattitude is no HSDS 3.0 field (extensions start with buurtkit_)',
  ]);
});

test('the export conforms to the contract, is one page, and is cached for five minutes', async () => {
  setNow(moments.tuesday10);
  const { body, headers } = await exportNow();
  assert.deepEqual(contractViolations('getHsdsExport', { status: 200, contentType: headers.get('content-type')!, body }), []);
  assert.equal(body.total_items, body.contents.length);
  assert.equal(body.size, body.contents.length);
  assert.deepEqual([body.total_pages, body.page_number, body.first_page, body.last_page, body.empty], [1, 1, true, true, false]);
  assert.equal(headers.get('cache-control'), 'public, max-age=300');
});

test('every id and reference is a UUIDv5; kind of help, categories and access are attributes of our taxonomies', async () => {
  setNow(moments.tuesday10);
  const { body } = await exportNow();
  for (const [o, path] of objects(body)) {
    for (const [key, value] of Object.entries(o)) {
      if ((key === 'id' || key.endsWith('_id')) && !key.startsWith('buurtkit_')) assert.match(value as string, UUID_V5, `${path}.${key}`);
    }
  }
  const taxonomyOf = { kind_of_help: 'hulpvorm', category: 'sociale-kaart', access: 'toegang' } as Record<string, string>;
  for (const s of body.contents) {
    const kinds = s.attributes.filter((a: any) => a.link_type === 'kind_of_help').map((a: any) => a.taxonomy_term.code);
    assert.ok(['informeel', 'professioneel', 'informeel,professioneel'].includes(kinds.join()), `${s.buurtkit_id}: kind of help ${kinds}`);
    for (const a of s.attributes) {
      const term = a.taxonomy_term;
      assert.equal(term.taxonomy_detail.buurtkit_id, taxonomyOf[a.link_type], `${s.buurtkit_id}: ${a.link_type} ${term.code}`);
      assert.equal(term.taxonomy_id, term.taxonomy_detail.id);
      assert.equal(term.taxonomy, undefined, 'our taxonomies are not established ones: no free-text `taxonomy`');
    }
  }
});

test('every service of the fixture is there, fully nested, with derived UUIDs', async () => {
  setNow(moments.tuesday10);
  const { body } = await exportNow();
  const byId = new Map(body.contents.map((s: any) => [s.buurtkit_id, s]));
  for (const id of ['zw-schuldhulpmaatje', 'zw-wijkteam-spreekuur', 'zw-cafe-ontmoeting', 'zw-mantelzorglijn', 'zw-oud-loket']) assert.ok(byId.has(id), id);
  // An export is for other systems: a service that stopped is there, saying so.
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
  // A place without coordinates has no latitude or longitude at all (not null: HSDS wants numbers).
  assert.ok(!('latitude' in sal.location) && !('longitude' in sal.location));
  // Winter: the hours until the clocks go forward, then the same hours for the summer.
  const path = 'service/zw-schuldhulpmaatje/location/zw-dorpshuis/schedule';
  assert.deepEqual(
    sal.schedules.map((s: any) => [s.id, s.freq, s.byday, s.opens_at, s.closes_at, s.timezone, s.valid_from, s.valid_to, s.buurtkit_timezone, s.description, s.notes]),
    [
      [uuidOf(`${path}/0/2026-10-25`), 'WEEKLY', 'TU', '09:00+01:00', '12:00+01:00', 1, '2026-10-25', '2027-03-27', 'Europe/Amsterdam', 'Dinsdag 9.00 tot 12.00 uur', 'Niet in de schoolvakanties'],
      [uuidOf(`${path}/0/2027-03-28`), 'WEEKLY', 'TU', '09:00+02:00', '12:00+02:00', 2, '2027-03-28', '2027-10-30', 'Europe/Amsterdam', 'Dinsdag 9.00 tot 12.00 uur', 'Niet in de schoolvakanties'],
      [uuidOf(`${path}/1/2026-10-25`), 'WEEKLY', 'TH', '13:00+01:00', '16:00+01:00', 1, '2026-10-25', '2027-03-27', 'Europe/Amsterdam', 'Donderdag 13.00 tot 16.00 uur', undefined],
      [uuidOf(`${path}/1/2027-03-28`), 'WEEKLY', 'TH', '13:00+02:00', '16:00+02:00', 2, '2027-03-28', '2027-10-30', 'Europe/Amsterdam', 'Donderdag 13.00 tot 16.00 uur', undefined],
    ],
  );
  assert.deepEqual(maatje.languages.map((l: any) => [l.code, l.name, l.id]), [
    ['nl', 'Nederlands', uuidOf('service/zw-schuldhulpmaatje/language/nl')],
    ['en', 'Engels', uuidOf('service/zw-schuldhulpmaatje/language/en')],
  ]);
  assert.deepEqual(maatje.cost_options.map((c: any) => [c.amount, c.currency, c.option]), [[0, 'EUR', 'Gratis']]);
  assert.deepEqual(maatje.service_areas.map((a: any) => [a.buurtkit_id, a.name, a.id]), [['linde', 'Linde', uuidOf('service/zw-schuldhulpmaatje/service_area/linde')]]);
  assert.equal(maatje.contacts[0].title, 'Coördinator');
  assert.equal(maatje.contacts[0].phones[0].number, '0345-000103');
  assert.equal(maatje.phones[0].number, '0345-000100');
  const terms = maatje.attributes.map((a: any) => `${a.link_type}:${a.taxonomy_term.code}`);
  assert.deepEqual(terms, ['category:zw-schulden', 'category:zw-geld', 'kind_of_help:informeel']);
  const sub = maatje.attributes[0].taxonomy_term;
  assert.equal(sub.parent_id, uuidOf('taxonomy/sociale-kaart/term/zw-geld'));
  assert.deepEqual(sub.taxonomy_detail, {
    id: uuidOf('taxonomy/sociale-kaart'),
    name: 'Sociale kaart',
    description: 'De categorieën van de sociale kaart: waar de hulp over gaat. Twee niveaus: hoofdcategorieën en subcategorieën.',
    buurtkit_id: 'sociale-kaart',
  });

  const cafe: any = byId.get('zw-cafe-ontmoeting');
  assert.deepEqual(cafe.attributes.filter((a: any) => a.link_type === 'kind_of_help').map((a: any) => a.taxonomy_term.code), ['informeel', 'professioneel']);
  // A price that starts with an amount becomes a cost option a client can compare.
  assert.deepEqual(cafe.cost_options, [
    { id: uuidOf('service/zw-cafe-ontmoeting/cost_option/0'), service_id: cafe.id, option: '€ 1 per kopje', amount: 1, currency: 'EUR', amount_description: 'per kopje' },
  ]);
  assert.equal(cafe.fees_description, '€ 1 per kopje');

  const wijkteam: any = byId.get('zw-wijkteam-spreekuur');
  assert.deepEqual(wijkteam.attributes.filter((a: any) => a.link_type === 'access').map((a: any) => a.taxonomy_term.code), ['verwijzing-nodig', 'op-afspraak']);
  assert.equal(wijkteam.service_at_locations.length, 2);

  // A telephone line: hours on the service itself, no location.
  const lijn: any = byId.get('zw-mantelzorglijn');
  assert.deepEqual(lijn.service_at_locations, []);
  assert.deepEqual(lijn.schedules.map((s: any) => s.byday), ['MO', 'MO', 'TU', 'TU', 'WE', 'WE', 'TH', 'TH', 'FR', 'FR']);
  assert.equal(lijn.schedules[0].id, uuidOf('service/zw-mantelzorglijn/schedule/0/2026-10-25'));
  assert.deepEqual(lijn.languages.map((l: any) => l.name), ['Nederlands', 'Arabisch']);
});

test('referential integrity: every parent_id, taxonomy_term_id, link_id and *_id is in the export', async () => {
  setNow(moments.tuesday10);
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
    if (o.taxonomy_detail) assert.equal(o.taxonomy_id, o.taxonomy_detail.id, path);
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

test('a client that reads opens_at with its offset finds the Amsterdam wall-clock time on every date a schedule is valid for', async () => {
  for (const [moment, today] of [[moments.tuesday10, '2026-12-15'], [moments.summerTuesday10, '2027-06-15']] as const) {
    setNow(moment);
    const { body } = await exportNow();
    const schedules = schedulesOf(body);
    assert.ok(schedules.length > 200);
    for (const s of schedules) {
      assert.equal(s.buurtkit_timezone, 'Europe/Amsterdam');
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: s.buurtkit_timezone }), 'an IANA zone');
      const placed = (day: string, time: string) => {
        const read = Date.parse(`${day}T${time}`);
        const wall = time.slice(0, 5);
        assert.equal(read, localToInstant(`${day}T${wall}`, 'Europe/Amsterdam'), `${s.id} on ${day}: ${time}`);
        assert.equal(read, Date.parse(`${day}T${wall}Z`) - s.timezone * 3_600_000, `${s.id}: timezone ${s.timezone} on ${day}`);
      };
      // The first whole day and the last day of the validity, and today when it falls inside.
      for (const day of [addDays(s.valid_from, 1), s.valid_to, ...(s.valid_from <= today && today <= s.valid_to ? [today] : [])]) {
        placed(day, s.opens_at);
        placed(day, s.closes_at);
      }
      // The night the clocks change, hours that begin before the change (a line open day and
      // night) begin an hour off; they end right (decision 0005).
      placed(s.valid_from, s.closes_at);
    }
    // Each block of hours comes as consecutive seasons, the first holding today.
    const seasons = [...new Set(schedules.map((s) => `${s.valid_from}..${s.valid_to}`))].sort();
    assert.equal(seasons.length, 2, seasons.join());
    assert.ok(seasons[0]!.slice(0, 10) <= today && today <= seasons[0]!.slice(12), `${today} in ${seasons[0]}`);
  }
});

test('offset periods: the season now and the next one, as local dates and hours east of UTC', () => {
  const at = (iso: string) => new Date(iso);
  assert.deepEqual(offsetPeriods('Europe/Amsterdam', at('2026-12-15T09:00:00Z')), [
    { validFrom: '2026-10-25', validTo: '2027-03-27', offsetMinutes: 60 },
    { validFrom: '2027-03-28', validTo: '2027-10-30', offsetMinutes: 120 },
  ]);
  // The very minute after the clocks went back.
  assert.deepEqual(offsetPeriods('Europe/Amsterdam', at('2026-10-25T01:00:00Z'))[0], { validFrom: '2026-10-25', validTo: '2027-03-27', offsetMinutes: 60 });
  assert.deepEqual(offsetPeriods('Europe/Amsterdam', at('2026-10-25T00:59:00Z'))[0], { validFrom: '2026-03-29', validTo: '2026-10-24', offsetMinutes: 120 });
  assert.deepEqual(offsetPeriods('America/New_York', at('2027-01-10T12:00:00Z')), [
    { validFrom: '2026-11-01', validTo: '2027-03-13', offsetMinutes: -300 },
    { validFrom: '2027-03-14', validTo: '2027-11-06', offsetMinutes: -240 },
  ]);
  // Half an hour of daylight saving.
  assert.deepEqual(offsetPeriods('Australia/Lord_Howe', at('2027-01-10T12:00:00Z')).map((p) => p.offsetMinutes), [660, 630]);
  // No daylight saving: one period without dates.
  assert.deepEqual(offsetPeriods('Asia/Tokyo', at('2027-01-10T12:00:00Z')), [{ offsetMinutes: 540 }]);
  assert.deepEqual(offsetPeriods('UTC', at('2027-01-10T12:00:00Z')), [{ offsetMinutes: 0 }]);
});

test('every seeded place has a pin in the Betuwe, near its village', async () => {
  setNow(moments.tuesday10);
  const { body } = await exportNow();
  const places = new Map<string, any>();
  for (const s of body.contents) for (const sal of s.service_at_locations) places.set(sal.location.buurtkit_id, sal.location);
  const seeded = [...places.values()].filter((l) => !l.buurtkit_id.startsWith('zw-'));
  assert.ok(seeded.length >= 10, `only ${seeded.length} seeded places`);
  const byVillage = new Map<string, [number, number][]>();
  for (const l of seeded) {
    assert.equal(typeof l.latitude, 'number', `${l.buurtkit_id} has no latitude`);
    assert.ok(l.latitude > 51.8 && l.latitude < 52.0 && l.longitude > 5.0 && l.longitude < 5.6, `${l.buurtkit_id} at ${l.latitude}, ${l.longitude} is not in the Betuwe`);
    byVillage.set(l.buurtkit_village, [...(byVillage.get(l.buurtkit_village) ?? []), [l.latitude, l.longitude]]);
  }
  // Places of one village lie within a kilometre or so of each other (0.01° ≈ 1.1 km north, 0.7 km east).
  for (const [village, pins] of byVillage) {
    for (const [lat, lon] of pins) assert.ok(Math.abs(lat - pins[0]![0]) < 0.012 && Math.abs(lon - pins[0]![1]) < 0.018, `${village}: ${lat}, ${lon}`);
  }
  assert.equal(new Set(seeded.map((l) => `${l.latitude},${l.longitude}`)).size, seeded.length, 'two places on one spot');
});

test('a place given a pin shows it in the export; the database refuses a pin off the globe or half a pin', async () => {
  setNow(moments.tuesday10);
  const { db } = await mapTestApp();
  const set = (lat: number | null, lon: number | null) => db.query('update locations set latitude = $1, longitude = $2 where id = $3', [lat, lon, 'zw-kapel']);
  await assert.rejects(set(91, 5.3), /check/i);
  await assert.rejects(set(51.86, -180.5), /check/i);
  await assert.rejects(set(51.86, null), /check/i);
  await set(51.8601, 5.3702);
  const { body } = await exportNow();
  const cafe = body.contents.find((s: any) => s.buurtkit_id === 'zw-cafe-ontmoeting');
  const { latitude, longitude } = cafe.service_at_locations[0].location;
  assert.deepEqual([latitude, longitude], [51.8601, 5.3702]);
  assert.deepEqual(officialViolations(body).lines, []);
});

test('last_modified is the latest change of the service, its organisation or its places (HSDS: "or any related information")', async () => {
  setNow(moments.tuesday10);
  const { db } = await mapTestApp();
  const lastModified = async () => {
    const { body } = await exportNow();
    const of = (id: string) => body.contents.find((s: any) => s.buurtkit_id === id).last_modified;
    return { cafe: of('zw-cafe-ontmoeting'), line: of('zw-mantelzorglijn'), debt: of('zw-schuldhulpmaatje') };
  };
  await db.query(`update services set updated_at = '2026-10-01T08:00:00Z' where id in ('zw-cafe-ontmoeting', 'zw-mantelzorglijn', 'zw-schuldhulpmaatje')`);
  await db.query(`update organizations set updated_at = '2026-09-01T08:00:00Z' where id in ('welzijn-linde', 'schuldhulp-linde')`);
  await db.query(`update locations set updated_at = '2026-09-01T08:00:00Z' where id in ('zw-kapel', 'zw-dorpshuis')`);
  assert.deepEqual(await lastModified(), { cafe: '2026-10-01T10:00:00+02:00', line: '2026-10-01T10:00:00+02:00', debt: '2026-10-01T10:00:00+02:00' });
  // The organisation of the café and the phone line changes, then the café's place.
  await db.query(`update organizations set updated_at = '2026-10-20T07:15:00Z' where id = 'welzijn-linde'`);
  await db.query(`update locations set updated_at = '2026-11-03T15:45:00Z' where id = 'zw-kapel'`);
  assert.deepEqual(await lastModified(), { cafe: '2026-11-03T16:45:00+01:00', line: '2026-10-20T09:15:00+02:00', debt: '2026-10-01T10:00:00+02:00' });
  // Any other write of a place moves its time on (migration 020's trigger), and so the export's.
  const before = Date.now();
  await db.query(`update locations set description = 'Ingang naast de toren.' where id = 'zw-dorpshuis'`);
  const { debt } = await lastModified();
  assert.ok(Date.parse(debt) >= Math.floor(before / 60_000) * 60_000, debt);
});

test('the services API shows the same pin as the export, within the contract', async () => {
  setNow(moments.tuesday10);
  const { body } = await exportNow();
  const service = body.contents.find((s: any) => s.status === 'active' && s.service_at_locations.some((sal: any) => sal.location.latitude));
  const res = await get(`/v1/services/${service.buurtkit_id}`);
  assert.equal(res.status, 200);
  assert.deepEqual(contractViolations('getService', { status: 200, contentType: res.headers.get('content-type')!, body: res.body }), []);
  assert.deepEqual(
    res.body.locations.map((l: any) => [l.id, l.latitude, l.longitude]),
    service.service_at_locations.map((sal: any) => [sal.location.buurtkit_id, sal.location.latitude, sal.location.longitude]),
  );
});

test('the seeded map: at least 120 services, prices as cost options, hours on the service and at two places', async () => {
  setNow(moments.tuesday10);
  const { body } = await exportNow();
  const seeded = body.contents.filter((s: any) => !s.buurtkit_id.startsWith('zw-'));
  assert.ok(seeded.length >= 120, `only ${seeded.length} seeded services`);
  const meal = seeded.find((s: any) => s.fees_description === '€ 6,50 per maaltijd');
  assert.deepEqual(meal.cost_options.map((c: any) => [c.amount, c.currency, c.amount_description]), [[6.5, 'EUR', 'per maaltijd']]);
  // A fee without an amount stays in fees_description only.
  const wmo = seeded.find((s: any) => s.fees_description === 'Eigen bijdrage volgens de wet (Wmo)');
  assert.deepEqual(wmo.cost_options, []);
  assert.ok(seeded.some((s: any) => s.schedules.length > 0), 'no service-level schedule in the seed');
  assert.ok(seeded.some((s: any) => s.service_at_locations.length > 1), 'no service with two locations in the seed');
});
