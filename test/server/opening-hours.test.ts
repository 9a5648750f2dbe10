// The export's wording of opening hours, and the export's stable ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeBlock, rfc5545Day } from '../../server/social-map/opening-hours.ts';
import { uuidv5, hsdsId, BUURTKIT_HSDS_NAMESPACE } from '../../server/social-map/uuid.ts';

test('describeBlock and rfc5545Day', () => {
  assert.equal(describeBlock({ weekday: 2, opens: '09:00', closes: '12:30' }), 'Dinsdag 9.00 tot 12.30 uur');
  assert.equal(rfc5545Day(1), 'MO');
  assert.equal(rfc5545Day(7), 'SU');
});

test('uuidv5 matches the RFC 9562 / Python uuid.uuid5 vector, and hsdsId is stable', () => {
  assert.equal(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  assert.equal(uuidv5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  const a = hsdsId('samen-linde', 'service/wijkteam');
  assert.equal(a, uuidv5('samen-linde/service/wijkteam', BUURTKIT_HSDS_NAMESPACE));
  assert.equal(hsdsId('samen-linde', 'service/wijkteam'), a);
  assert.notEqual(hsdsId('samen-beesd', 'service/wijkteam'), a);
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.throws(() => uuidv5('x', 'not-a-uuid'), RangeError);
});
