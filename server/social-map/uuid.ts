// UUID version 5 (RFC 9562 §5.5): a name-based UUID from SHA-1, so the same name always
// gives the same UUID. The HSDS export derives every id from a Buurtkit id this way
// (docs/decisions/0005-sociale-kaart-hsds.md).
import { createHash } from 'node:crypto';

/** The namespace of every Buurtkit HSDS id (decision 0005). */
export const BUURTKIT_HSDS_NAMESPACE = '3be79478-ccb2-4008-94a6-56849bb057d0';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidv5(name: string, namespace: string): string {
  if (!UUID.test(namespace)) throw new RangeError(`Not a UUID: '${namespace}'`);
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant RFC 9562
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The HSDS id of a record: UUIDv5 of "{networkId}/{path}", e.g. path "service/schuldhulpmaatje". */
export function hsdsId(networkId: string, path: string): string {
  return uuidv5(`${networkId}/${path}`, BUURTKIT_HSDS_NAMESPACE);
}
