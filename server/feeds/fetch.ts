// Fetches a feed's iCalendar text safely: only http(s), only public addresses (unless the
// configuration allows more), at most MAX_REDIRECTS redirects (each checked again), one
// timeout for all of it, a size limit counted while the bytes come in, and a conditional
// GET with the validators of the last good answer.
//
// The address is checked in the socket's own `lookup`: the connection goes to exactly the
// address that was checked, so a name that resolves to a public address for the check and
// to 127.0.0.1 for the connection (DNS rebinding) gets nowhere.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './address.ts';

export const MAX_REDIRECTS = 3;

export interface FetchPolicy {
  timeoutMs: number;
  maxBytes: number;
  /** FEED_ALLOW_PRIVATE_ADDRESSES: any address (tests, a network of its own). */
  allowPrivateAddresses: boolean;
  /** FEED_ALLOWED_URLS: URLs of these origins, at or below these paths, may be on any address (the demo's own example feed). */
  allowedUrls: string[];
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { kind: 'not-modified' }
  | { kind: 'ok'; text: string; etag?: string; lastModified?: string };

/** A fetch that failed; the message says why in plain Dutch, for the coordinator. */
export class FeedFetchError extends Error {}

const failed = (why: string) => new FeedFetchError(`De agenda kon niet worden opgehaald: ${why}`);

/** The URL to fetch: `webcal:` is `https:`; anything but http(s) is refused (throws FeedFetchError). */
export function feedUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim().replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    throw new FeedFetchError('Dit is geen geldig webadres. Kopieer het iCal-adres van de agenda en plak het hier.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new FeedFetchError('Alleen adressen die beginnen met https://, http:// of webcal:// kunnen.');
  }
  if (url.username || url.password) throw new FeedFetchError('Een adres met een gebruikersnaam of wachtwoord erin kan niet: gebruik het openbare adres van de agenda.');
  url.hash = '';
  return url;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`.replace('.', ',');

const STATUS_TEXT: Record<number, string> = { 401: 'u moet inloggen', 403: 'geen toegang', 404: 'niet gevonden', 410: 'verdwenen', 500: 'fout op de server', 503: 'tijdelijk niet beschikbaar' };

/** Fetches `input`; resolves with its text, or with not-modified after a 304. Throws FeedFetchError. */
export async function fetchFeed(input: string, validators: Validators, policy: FetchPolicy): Promise<FetchResult> {
  const deadline = Date.now() + policy.timeoutMs;
  let url = feedUrl(input);
  for (let hop = 0; ; hop++) {
    const res = await request(url, validators, policy, deadline);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      res.destroy(); // the body is not needed, and a slow one would outlive the deadline
      const location = res.headers.location;
      if (!location) throw failed(`de server stuurt door (code ${status}) zonder te zeggen waarheen.`);
      if (hop >= MAX_REDIRECTS) throw failed(`de server stuurt meer dan ${MAX_REDIRECTS} keer door.`);
      url = feedUrl(new URL(location, url).href);
      continue;
    }
    if (status === 304) {
      res.destroy();
      return { kind: 'not-modified' };
    }
    if (status !== 200) {
      res.destroy();
      throw failed(`de server antwoordde met foutcode ${status}${STATUS_TEXT[status] ? ` (${STATUS_TEXT[status]})` : ''}.`);
    }
    const text = await readBody(res, policy, deadline);
    const etag = header(res, 'etag', 500);
    const lastModified = header(res, 'last-modified', 100);
    return { kind: 'ok', text, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  }
}

function header(res: IncomingMessage, name: string, max: number): string | undefined {
  const value = res.headers[name];
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function timedOut(policy: FetchPolicy) {
  const seconds = Math.round(policy.timeoutMs / 100) / 10;
  return failed(`de server antwoordde niet binnen ${String(seconds).replace('.', ',')} seconde${seconds === 1 ? '' : 'n'}.`);
}

/**
 * Is `url` one an allowance (FEED_ALLOWED_URLS) names? The same origin (scheme, host and
 * port, parsed, so `http://host.evil` is not `http://host`), and the allowance's path or
 * one below it, by whole segments (`/voorbeelden` allows `/voorbeelden/a.ics`, not
 * `/voorbeelden-intern/`). Both paths are parsed, so '..' cannot climb out.
 */
export function isAllowedUrl(url: URL, allowance: string): boolean {
  let allowed: URL;
  try {
    allowed = new URL(allowance);
  } catch {
    return false;
  }
  if (allowed.origin !== url.origin || allowed.username || allowed.password) return false;
  const path = allowed.pathname.endsWith('/') ? allowed.pathname : `${allowed.pathname}/`;
  return url.pathname === allowed.pathname || url.pathname.startsWith(path);
}

/** May this URL be fetched from a private or loopback address? */
function mayBePrivate(url: URL, policy: FetchPolicy): boolean {
  return policy.allowPrivateAddresses || policy.allowedUrls.some((allowance) => isAllowedUrl(url, allowance));
}

const BLOCKED = 'EBUURTKITBLOCKED';
const blockedError = () => Object.assign(new Error('private address'), { code: BLOCKED });

/** A `lookup` that leaves out every address that is not public, and fails when none is left. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const allowed = found.filter((a) => isPublicAddress(a.address));
    if (!allowed.length) return callback(blockedError(), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
    callback(null, allowed[0]!.address, allowed[0]!.family);
  });
};

function request(url: URL, validators: Validators, policy: FetchPolicy, deadline: number): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const anyAddress = mayBePrivate(url, policy);
  // A literal address is never looked up: check it here.
  if (!anyAddress && isIP(host) && !isPublicAddress(host)) return Promise.reject(privateAddress());
  const headers: Record<string, string> = {
    accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1',
    'accept-encoding': 'identity',
    'user-agent': 'Buurtkit-agenda-import/1 (+https://buurtkit.nl)',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const left = deadline - Date.now();
    if (left <= 0) return reject(timedOut(policy));
    const req = client.request(url, { method: 'GET', headers, ...(anyAddress ? {} : { lookup: publicLookup }), agent: false }, resolve);
    const timer = setTimeout(() => req.destroy(timedOut(policy)), left);
    req.once('close', () => clearTimeout(timer));
    // From the answer's headers on, readBody keeps the deadline. Two timers on one deadline
    // raced: when this one won, a slow answer read as "onderbroken" instead of a timeout.
    req.once('response', () => clearTimeout(timer));
    req.on('error', (error: NodeJS.ErrnoException) => reject(explain(error, url)));
    req.end();
  });
}

function privateAddress() {
  return failed('het adres wijst naar een intern netwerk of naar deze server zelf, niet naar een openbare website.');
}

function explain(error: NodeJS.ErrnoException, url: URL): Error {
  if (error instanceof FeedFetchError) return error;
  switch (error.code) {
    case BLOCKED:
      return privateAddress();
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return failed(`de server ${url.hostname} is niet gevonden. Klopt het adres?`);
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return failed(`de server ${url.hostname} is niet bereikbaar.`);
    default:
      if (/certificate|SSL|TLS/i.test(`${error.code} ${error.message}`)) return failed(`de beveiligde verbinding met ${url.hostname} klopt niet (certificaat).`);
      return failed(`de verbinding met ${url.hostname} mislukte.`);
  }
}

/** The body as text, stopped as soon as it passes maxBytes or the deadline. */
function readBody(res: IncomingMessage, policy: FetchPolicy, deadline: number): Promise<string> {
  const tooLarge = () => failed(`het bestand is groter dan ${megabytes(policy.maxBytes)}.`);
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    res.destroy();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => res.destroy(timedOut(policy)), Math.max(0, deadline - Date.now()));
    res.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > policy.maxBytes) return res.destroy(tooLarge());
      chunks.push(chunk);
    });
    res.once('end', () => {
      clearTimeout(timer);
      resolve(new TextDecoder('utf-8').decode(Buffer.concat(chunks)));
    });
    const broken = () => failed('de verbinding werd onderbroken.');
    res.once('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof FeedFetchError ? error : broken());
    });
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.complete) reject(broken());
    });
  });
}
