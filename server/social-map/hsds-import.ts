// Importing an Open Referral HSDS 3.0 file into the sociale kaart (issue 9; decision 0014):
// the export's shape (an HSDS API `Page` of fully nested services), from this network,
// another Buurtkit network or a regional sociale kaart. A record is matched by its HSDS id:
// the id it was imported with (migration 017) or the one the export derives from its
// readable id. So importing the same file twice changes nothing, and export -> import into
// an empty copy of the network -> export gives the same file.
//
// All or nothing: the file is read into a plan first (every problem named per service and
// field, in plain Dutch); only a plan without problems is written, in one transaction with
// an audit row per added or changed service. The social_map_touch trigger bumps the map's
// version in that transaction, so the public map shows the import from the next request on.
import { isDeepStrictEqual } from 'node:util';
import type { components } from '../../contract/types.ts';
import { addDays, formatIsoInZone, todayIn } from '../../common/zoned-time.ts';
import { aYearBefore } from '../../common/freshness.ts';
import { sortHours, type HoursBlock } from '../../common/opening-hours.ts';
import type { Account } from '../accounts/shapes.ts';
import type { Database, Queryable } from '../db/database.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { ProblemError } from '../http/problem.ts';
import { loadSocialMap, type ContactRecord, type HelpKind, type OrganizationKind, type ServiceRecord, type ServiceStatus } from './repository.ts';
import { hsdsId } from './uuid.ts';
import { slugOf } from '../../common/slug.ts';
import { retryRaces } from '../db/retry.ts';
import { organizationEditorFaults, serviceEditorFaults, type EditorService } from './hsds-editor-limits.ts';

type Json = Record<string, any>;
export type HsdsImportResult = components['schemas']['HsdsImportResult'];
type ImportProblem = HsdsImportResult['problems'][number];
type Skipped = HsdsImportResult['skipped'][number];

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PHONE = /^[0-9+][0-9 -]{5,19}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
const WEBSITE = /^https?:\/\/[^\s]+$/;
const POSTAL_CODE = /^([1-9][0-9]{3}) ?([A-Z]{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_NAMES = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const ORGANIZATION_KINDS: OrganizationKind[] = ['professional', 'volunteer', 'resident-initiative'];
/** Words for what the file does not say, where the database needs a text (decision 0014). */
const UNKNOWN = 'Niet bekend. Vraag het de organisatie.';

// ---------------------------------------------------------------------------------------
// What the file says, per record, in our terms

/**
 * When the file and we last changed a record, for skipping what we changed later (decision
 * 0014 point 8). The file's time: a service's `last_modified`; an organisation's or place's,
 * the earliest `last_modified` of the services carrying it (HSDS has no field of their own).
 */
interface Times {
  /** The file's time in ms, as given; undefined when the file gives none. */
  file?: number;
  /** The service whose `last_modified` it is. */
  index?: number;
  /** Ours in ms, and the record's name here; undefined for a new record. */
  ours?: number;
  name?: string;
  /** The file would change it, but we changed it later (to the minute): left as it is. */
  skipped: boolean;
}

interface OrganizationPlan {
  hsdsId: string;
  slug: string;
  isNew: boolean;
  changed: boolean;
  times: Times;
  fields: { name: string; description: string; kind: OrganizationKind; phone: string | null; email: string | null; website: string | null };
}

interface LocationPlan {
  hsdsId: string;
  slug: string;
  isNew: boolean;
  changed: boolean;
  times: Times;
  fields: {
    name: string; street: string; postalCode: string; locality: string; villageId: string;
    description: string | null; latitude: number | null; longitude: number | null;
  };
}

interface CategoryPlan {
  slug: string;
  parent: string | null;
  name: string;
  description: string;
}

/** A service as the import would store it: what the file says, with what it leaves out kept. */
interface ServiceFieldsPlan {
  organization: string;
  name: string;
  description: string;
  longDescription: string;
  kind: HelpKind;
  eligibility: string;
  fees: string;
  free: boolean;
  referralRequired: boolean;
  byAppointment: boolean;
  applicationProcess: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  assuredDate: string;
  status: ServiceStatus;
  /** Category slugs as the export lists them: most specific first, then the parents. */
  categories: string[];
  villages: string[];
  locations: { slug: string; hours: HoursBlock[] }[];
  serviceHours: HoursBlock[];
  contacts: ContactRecord[];
}

interface ServicePlan {
  hsdsId: string;
  slug: string;
  isNew: boolean;
  changed: boolean;
  times: Times;
  fields: ServiceFieldsPlan;
}

export interface ImportOptions {
  dryRun: boolean;
  now: Date;
}

/** Reads, checks and (unless a dry run, or a problem was found) stores an HSDS file. One transaction. */
export async function importHsds(db: Database, account: Account, document: Json, { dryRun, now }: ImportOptions): Promise<HsdsImportResult> {
  if (account.role !== 'coordinator') throw new ProblemError('forbidden', 'Alleen de coördinator kan een sociale kaart importeren.');
  try {
    return await retryRaces(() => db.transaction(async (tx) => {
      // Nothing may change what the plan compares with (updated_at) before it is stored: an
      // edit saved in between would be overwritten (PostgreSQL; PGlite runs one at a time).
      // A deadlock with an editor's save is run again (retryRaces).
      if (!dryRun) await tx.query('lock table organizations, locations, services in share row exclusive mode');
      const plan = await planImport(tx, document, now);
      const result = summary(plan, dryRun, plan.zone);
      if (dryRun) return result;
      if (plan.problems.length) {
        throw new ProblemError(
          'invalid-body',
          `Er is niets geïmporteerd: ${plan.problems.length === 1 ? 'er is 1 probleem' : `er zijn ${plan.problems.length} problemen`} in het bestand.`,
          plan.problems.slice(0, 20).map((p) => ({ name: p.field, in: 'body' as const, detail: p.service ? `${p.service}: ${p.detail}` : p.detail })),
        );
      }
      await store(tx, account, plan, now);
      return result;
    }));
  } catch (error) {
    // A rule of the database the checks above missed: still the file's fault, not the server's.
    if (isConstraintViolation(error)) {
      throw new ProblemError('invalid-body', 'Er is niets geïmporteerd: een gegeven in het bestand past niet in de sociale kaart.', [
        { name: 'contents', in: 'body', detail: 'Een gegeven in het bestand past niet in de sociale kaart. Controleer de diensten en probeer het opnieuw.' },
      ]);
    }
    throw error;
  }
}

const isConstraintViolation = (error: unknown) => {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('23') || code.startsWith('22'));
};

interface Plan {
  zone: string;
  organizations: OrganizationPlan[];
  locations: LocationPlan[];
  categories: CategoryPlan[];
  services: ServicePlan[];
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/** What is written: new, or changed and not skipped. */
const written = (item: { isNew: boolean; changed: boolean; times: Times }) => item.changed && !item.times.skipped;

function summary(plan: Plan, dryRun: boolean, zone: string): HsdsImportResult {
  const count = (items: { isNew: boolean; changed: boolean; times: Times }[]) => ({
    added: items.filter((i) => i.isNew).length,
    updated: items.filter((i) => !i.isNew && written(i)).length,
    unchanged: items.filter((i) => !i.isNew && !i.changed).length,
    skipped: items.filter((i) => i.times.skipped).length,
  });
  const skipped = (record: Skipped['record'], items: { slug: string; times: Times; fields: { name: string } }[]): Skipped[] =>
    items
      .filter((i) => i.times.skipped)
      .map((i) => ({
        record,
        id: i.slug,
        name: i.times.name ?? i.fields.name,
        index: i.times.index!,
        field: `contents[${i.times.index}].last_modified`,
        fileModified: formatIsoInZone(i.times.file!, zone),
        ourModified: formatIsoInZone(i.times.ours!, zone),
      }));
  return {
    dryRun,
    stored: !dryRun && plan.problems.length === 0,
    services: count(plan.services),
    organizations: count(plan.organizations),
    locations: count(plan.locations),
    categoriesAdded: plan.categories.length,
    problems: plan.problems.slice(0, 100),
    warnings: plan.warnings.slice(0, 100),
    skipped: [...skipped('service', plan.services), ...skipped('organization', plan.organizations), ...skipped('location', plan.locations)].slice(0, 100),
  };
}

// ---------------------------------------------------------------------------------------
// Reading the file into a plan

const MINUTE_MS = 60_000;

/** True when we changed the record in a later minute than the file's time (the export gives minutes only). */
const newer = (t: Times) => t.file !== undefined && t.ours !== undefined && Math.floor(t.file / MINUTE_MS) < Math.floor(t.ours / MINUTE_MS);

/** Keeps the earliest file time of the services carrying an organisation or place. */
function earliest(t: Times, file: number | undefined, index: number): void {
  if (file !== undefined && (t.file === undefined || file < t.file)) Object.assign(t, { file, index });
}

const msOf = (v: Date | string) => new Date(v).getTime();

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** 'Buurthuis De Linde' -> 'buurthuis-de-linde'. */
/** A free readable id: the file's own when it is one and free, else from the name. */
function freeSlug(taken: Set<string>, wanted: unknown, name: string): string {
  // "nieuw" is the address of the add forms in /beheer: a record with that id could not be opened.
  const base = typeof wanted === 'string' && SLUG.test(wanted) && wanted.length <= 56 && wanted !== 'nieuw' ? wanted : slugOf(name, 'item');
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

function phoneOf(raw: unknown): string | null | false {
  const value = text(raw);
  if (!value) return null;
  const cleaned = value.replace(/[().\/]/g, ' ').replace(/\s+/g, ' ').trim();
  return PHONE.test(cleaned) ? cleaned : false;
}

function emailOf(raw: unknown): string | null | false {
  const value = text(raw);
  if (!value) return null;
  const at = value.lastIndexOf('@');
  const email = at > 0 ? `${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}` : value;
  return EMAIL.test(email) ? email : false;
}

function websiteOf(raw: unknown): string | null | false {
  const value = text(raw);
  if (!value) return null;
  return WEBSITE.test(value) ? value : false;
}

/** Our own taxonomies, recognised in this network's ids or by the buurtkit_id another Buurtkit network gives. */
function taxonomyOf(term: Json | undefined, networkId: string): 'sociale-kaart' | 'hulpvorm' | 'toegang' | undefined {
  if (!term || typeof term !== 'object') return undefined;
  for (const t of ['sociale-kaart', 'hulpvorm', 'toegang'] as const) {
    if (term.taxonomy_detail?.buurtkit_id === t || term.taxonomy_id === hsdsId(networkId, `taxonomy/${t}`)) return t;
  }
  return undefined;
}

/** Weekly opening hours from HSDS schedules, as wall-clock times in the network's zone. */
function hoursOf(schedules: unknown, today: string, where: string, report: (field: string, detail: string, warning?: boolean) => void): HoursBlock[] {
  if (!Array.isArray(schedules)) return [];
  const weekly = schedules
    .map((s: Json, i) => ({ s, i }))
    .filter(({ s, i }) => {
      const ok = s && typeof s === 'object' && String(s.freq ?? '').toUpperCase() === 'WEEKLY' && typeof s.byday === 'string' && TIME.test(s.opens_at ?? '') && TIME.test(s.closes_at ?? '');
      if (!ok) report(`${where}[${i}]`, 'Deze openingstijd is geen vaste tijd per week en is niet overgenomen.', true);
      return ok;
    });
  // The export gives each block once per UTC-offset period: take those valid today (all, if none is).
  const valid = weekly.filter(({ s }) => (!s.valid_from || s.valid_from <= today) && (!s.valid_to || today <= s.valid_to));
  const blocks: HoursBlock[] = [];
  for (const { s, i } of valid.length ? valid : weekly) {
    const opens = String(s.opens_at).slice(0, 5);
    const closes = String(s.closes_at).slice(0, 5);
    if (closes <= opens) {
      report(`${where}[${i}].closes_at`, `De sluitingstijd (${closes}) ligt niet na de openingstijd (${opens}).`);
      continue;
    }
    const note = text(s.notes);
    for (const day of String(s.byday).toUpperCase().split(',').map((d) => d.trim().slice(-2))) {
      const weekday = DAYS.indexOf(day) + 1;
      if (!weekday) {
        report(`${where}[${i}].byday`, `"${String(s.byday).slice(0, 30)}" is geen dag van de week (MO, TU, … SU).`);
        continue;
      }
      const block: HoursBlock = { weekday, opens, closes, ...(note ? { note } : {}) };
      const same = blocks.find((b) => b.weekday === weekday && b.opens === opens);
      if (!same) blocks.push(block);
      else if (!isDeepStrictEqual(same, block)) report(`${where}[${i}]`, `Twee verschillende openingstijden op dezelfde dag die om ${opens} beginnen.`);
    }
  }
  // The service editor refuses hours that overlap on one day at one place: so does the import.
  const sorted = sortHours(blocks);
  sorted.forEach((b, i) => {
    const next = sorted[i + 1];
    if (next && next.weekday === b.weekday && next.opens < b.closes) {
      report(where, `Twee openingstijden op ${DAY_NAMES[b.weekday - 1]} overlappen (${b.opens}-${b.closes} en ${next.opens}-${next.closes}); de editor in /beheer neemt dat niet.`);
    }
  });
  return sorted;
}

async function planImport(tx: Queryable, document: Json, now: Date): Promise<Plan> {
  const model = await loadSocialMap(tx);
  const networkId = model.network.id;
  const zone = model.network.timezone;
  const today = todayIn(zone, now);
  const derived = (path: string) => hsdsId(networkId, path);

  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];

  const villageIds = new Set(model.villages.map((v) => v.id));
  const villageByName = new Map(model.villages.map((v) => [v.name.toLocaleLowerCase('nl'), v.id]));
  const villageOf = (id: unknown, name: unknown): string | undefined => {
    if (typeof id === 'string' && villageIds.has(id)) return id;
    const n = text(name)?.toLocaleLowerCase('nl');
    return n ? villageByName.get(n) : undefined;
  };

  // Existing records by their HSDS id (stored, or derived from the readable id).
  const orgRows = (
    await tx.query<{
      id: string; hsds_id: string | null; name: string; description: string; kind: OrganizationKind; phone: string | null; email: string | null; website: string | null;
      updated_at: Date | string;
    }>(
      'select id, hsds_id, name, description, kind, phone, email, website, updated_at from organizations',
    )
  ).rows;
  const orgByHsds = new Map(orgRows.map((o) => [o.hsds_id ?? derived(`organization/${o.id}`), o]));
  const locationRows = (
    await tx.query<{
      id: string; hsds_id: string | null; name: string; street: string; postal_code: string; locality: string; village_id: string;
      description: string | null; latitude: number | null; longitude: number | null; updated_at: Date | string;
    }>('select id, hsds_id, name, street, postal_code, locality, village_id, description, latitude, longitude, updated_at from locations')
  ).rows;
  const locationByHsds = new Map(locationRows.map((l) => [l.hsds_id ?? derived(`location/${l.id}`), l]));
  const serviceByHsds = new Map(model.services.map((s) => [s.hsdsId ?? derived(`service/${s.id}`), s]));
  const serviceSlugs = new Set((await tx.query<{ id: string }>('select id from services')).rows.map((r) => r.id));
  const orgSlugs = new Set(orgRows.map((o) => o.id));
  const locationSlugs = new Set(locationRows.map((l) => l.id));
  const categoryById = new Map(model.categories.map((c) => [c.id, c]));
  const categorySlugs = new Set(model.categories.map((c) => c.id));

  const organizations = new Map<string, OrganizationPlan>();
  const locations = new Map<string, LocationPlan>();
  const categories = new Map<string, CategoryPlan>();
  /** A category term's id in the file -> the slug it gets here. */
  const categoryOfTerm = new Map<string, string>();
  const services: ServicePlan[] = [];
  const seen = new Set<string>();

  const contents: Json[] = Array.isArray(document.contents) ? document.contents : [];

  // Every category term of the file, by its id, so a parent_id can be followed.
  const termsById = new Map<string, Json>();
  for (const s of contents) {
    for (const a of Array.isArray(s?.attributes) ? s.attributes : []) {
      const term = a?.taxonomy_term;
      if (taxonomyOf(term, networkId) === 'sociale-kaart' && typeof term.id === 'string') termsById.set(term.id, term);
    }
  }
  /** The slug of a category term: ours when its code is ours, else a new category (its parent first). */
  const categorySlug = (term: Json, depth = 0): string | undefined => {
    const known = categoryOfTerm.get(term.id);
    if (known) return known;
    if (typeof term.code === 'string' && categoryById.has(term.code)) {
      categoryOfTerm.set(term.id, term.code);
      return term.code;
    }
    const name = text(term.name);
    if (!name || depth > 1) return undefined;
    const parentTerm = typeof term.parent_id === 'string' ? termsById.get(term.parent_id) : undefined;
    const parent = parentTerm ? categorySlug(parentTerm, depth + 1) : undefined;
    // Only two levels: a parent that is itself a sub-category makes this one top-level.
    const parentIsTop = parent && !(categoryById.get(parent)?.parentId ?? categories.get(parent)?.parent);
    const slug = freeSlug(categorySlugs, term.code, name);
    categories.set(slug, { slug, parent: parentIsTop ? parent : null, name: name.slice(0, 200), description: (text(term.description) ?? name).slice(0, 1000) });
    categoryOfTerm.set(term.id, slug);
    return slug;
  };

  contents.forEach((s: Json, index) => {
    const at = `contents[${index}]`;
    const serviceName = text(s?.name) ?? `dienst ${index + 1}`;
    let bad = false;
    const problem = (field: string, detail: string, warning = false) => {
      (warning ? warnings : problems).push({ index, service: serviceName.slice(0, 200), field: `${at}${field ? `.${field}` : ''}`.slice(0, 300), detail });
      if (!warning) bad = true;
    };
    if (!s || typeof s !== 'object' || typeof s.id !== 'string') return problem('', 'Deze dienst heeft geen id.');
    // UUIDs compare in lower case (PostgreSQL writes them so).
    const sid = s.id.toLowerCase();
    if (seen.has(sid)) return problem('id', 'Deze dienst staat twee keer in het bestand.');
    seen.add(sid);
    const existing = serviceByHsds.get(sid);
    const fileTime = typeof s.last_modified === 'string' && !Number.isNaN(Date.parse(s.last_modified)) ? Date.parse(s.last_modified) : undefined;

    // The organisation, nested in every service of it.
    const o: Json = s.organization ?? {};
    const oid = typeof o.id === 'string' ? o.id.toLowerCase() : undefined;
    let organization = oid ? organizations.get(oid) : undefined;
    const orgPhone = phoneOf(Array.isArray(o.phones) ? o.phones[0]?.number : undefined);
    const orgEmail = emailOf(o.email);
    const orgWebsite = websiteOf(o.website);
    if (orgPhone === false) problem('organization.phones[0].number', 'Het telefoonnummer van de organisatie is geen telefoonnummer.');
    if (orgEmail === false) problem('organization.email', 'Het e-mailadres van de organisatie is geen e-mailadres.');
    if (orgWebsite === false) problem('organization.website', 'De website van de organisatie begint niet met http:// of https://.');
    const orgName = text(o.name);
    if (!orgName) problem('organization.name', 'De organisatie heeft geen naam.');
    if (!oid) problem('organization.id', 'De organisatie heeft geen id.');
    if (!bad && oid) {
      const old = orgByHsds.get(oid);
      const fields: OrganizationPlan['fields'] = {
        name: orgName!,
        description: text(o.description) ?? old?.description ?? '',
        kind: ORGANIZATION_KINDS.includes(o.buurtkit_kind) ? o.buurtkit_kind : (old?.kind ?? 'professional'),
        phone: orgPhone || null,
        email: orgEmail || null,
        website: orgWebsite || null,
      };
      if (!organization) {
        const slug = old?.id ?? freeSlug(orgSlugs, o.buurtkit_id, fields.name);
        const before = old && { name: old.name, description: old.description, kind: old.kind, phone: old.phone, email: old.email, website: old.website };
        const times: Times = { ...(old ? { ours: msOf(old.updated_at), name: old.name } : {}), skipped: false };
        organization = { hsdsId: oid, slug, isNew: !old, changed: !before || !isDeepStrictEqual(before, fields), times, fields };
        organizations.set(oid, organization);
        // Refused, not cut short: what the organisation editor would not save, it could not open and save unchanged.
        const { phone, email, website, ...rest } = fields;
        const editorBody = { ...rest, ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(website ? { website } : {}) };
        for (const f of organizationEditorFaults(editorBody)) problem(f.field, f.detail);
      } else if (!isDeepStrictEqual(organization.fields, fields)) {
        problem('organization', `De organisatie "${fields.name}" staat verderop in het bestand met andere gegevens.`);
      }
      earliest(organization.times, fileTime, index);
    }

    // Places, shared between services.
    const serviceLocations: { slug: string; hours: HoursBlock[] }[] = [];
    (Array.isArray(s.service_at_locations) ? s.service_at_locations : []).forEach((sal: Json, i: number) => {
      const where = `service_at_locations[${i}]`;
      const l: Json | undefined = sal?.location;
      if (!l || typeof l !== 'object' || typeof l.id !== 'string') return problem(`${where}.location`, 'Deze plek heeft geen id.');
      const lid = l.id.toLowerCase();
      if (l.location_type === 'virtual') return problem(`${where}.location`, 'Een plek op internet is niet overgenomen: de sociale kaart kent alleen adressen.', true);
      const addresses: Json[] = Array.isArray(l.addresses) ? l.addresses : [];
      const address = addresses.find((a) => a?.address_type === 'physical') ?? addresses[0];
      const name = text(l.name) ?? text(address?.address_1);
      const street = text(address?.address_1);
      const postal = text(address?.postal_code)?.toUpperCase().replace(/\s+/g, ' ');
      const postalMatch = postal ? POSTAL_CODE.exec(postal) : null;
      const locality = text(address?.city);
      const villageId = villageOf(l.buurtkit_village, locality);
      const before = problems.length;
      if (!name) problem(`${where}.location.name`, 'De plek heeft geen naam.');
      if (!street) problem(`${where}.location.addresses[0].address_1`, 'De plek heeft geen straat en huisnummer.');
      if (!postalMatch) problem(`${where}.location.addresses[0].postal_code`, `"${(postal ?? '').slice(0, 20)}" is geen Nederlandse postcode (1234 AB).`);
      if (!locality) problem(`${where}.location.addresses[0].city`, 'De plek heeft geen plaatsnaam.');
      else if (!villageId) problem(`${where}.location.addresses[0].city`, `${locality.slice(0, 100)} hoort niet bij de kernen van dit netwerk. Voeg de kern eerst toe.`);
      const lat = l.latitude, lon = l.longitude;
      const hasPin = typeof lat === 'number' && typeof lon === 'number';
      if ((lat != null || lon != null) && !hasPin) problem(`${where}.location.latitude`, 'Geef breedte- en lengtegraad allebei, of geen van beide.');
      else if (hasPin && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) problem(`${where}.location.latitude`, 'De coördinaten liggen niet op aarde.');
      const hours = hoursOf(sal.schedules, today, `${where}.schedules`, problem);
      if (problems.length > before) return;
      const old = locationByHsds.get(lid);
      const fields: LocationPlan['fields'] = {
        name: name!.slice(0, 200),
        street: street!.slice(0, 200),
        postalCode: `${postalMatch![1]} ${postalMatch![2]}`,
        locality: locality!.slice(0, 100),
        villageId: villageId!,
        description: text(l.description)?.slice(0, 2000) ?? null,
        latitude: hasPin ? lat : null,
        longitude: hasPin ? lon : null,
      };
      let plan = locations.get(lid);
      if (!plan) {
        const slug = old?.id ?? freeSlug(locationSlugs, l.buurtkit_id, fields.name);
        const was = old && {
          name: old.name, street: old.street, postalCode: old.postal_code, locality: old.locality, villageId: old.village_id,
          description: old.description, latitude: old.latitude, longitude: old.longitude,
        };
        const times: Times = { ...(old ? { ours: msOf(old.updated_at), name: old.name } : {}), skipped: false };
        plan = { hsdsId: lid, slug, isNew: !old, changed: !was || !isDeepStrictEqual(was, fields), times, fields };
        locations.set(lid, plan);
      } else if (!isDeepStrictEqual(plan.fields, fields)) {
        return problem(`${where}.location`, `De plek "${fields.name}" staat elders in het bestand met andere gegevens.`);
      }
      earliest(plan.times, fileTime, index);
      if (serviceLocations.some((x) => x.slug === plan.slug)) return problem(`${where}.location`, 'Deze plek staat twee keer bij deze dienst.');
      serviceLocations.push({ slug: plan.slug, hours });
    });

    // Villages the service is for.
    const villages: string[] = [];
    (Array.isArray(s.service_areas) ? s.service_areas : []).forEach((a: Json, i: number) => {
      const village = villageOf(a?.buurtkit_id, a?.name);
      if (!village) return problem(`service_areas[${i}].name`, `"${String(text(a?.name) ?? a?.buurtkit_id ?? '').slice(0, 100)}" is geen kern van dit netwerk. Voeg de kern eerst toe.`);
      if (!villages.includes(village)) villages.push(village);
    });
    const villageOrder = new Map(model.villages.map((v, i) => [v.id, i]));
    villages.sort((a, b) => villageOrder.get(a)! - villageOrder.get(b)!);

    // Categories, kind of help and access, from our own taxonomies.
    const categoryList: string[] = [];
    const kinds = new Set<string>();
    const access = new Set<string>();
    (Array.isArray(s.attributes) ? s.attributes : []).forEach((a: Json, i: number) => {
      const term = a?.taxonomy_term;
      const taxonomy = taxonomyOf(term, networkId);
      if (taxonomy === 'hulpvorm') kinds.add(term.code);
      else if (taxonomy === 'toegang') access.add(term.code);
      else if (taxonomy === 'sociale-kaart') {
        const slug = categorySlug(term);
        if (!slug) problem(`attributes[${i}].taxonomy_term.name`, 'Deze categorie heeft geen naam.');
        else if (!categoryList.includes(slug)) categoryList.push(slug);
      } else problem(`attributes[${i}]`, 'Een kenmerk uit een andere indeling is niet overgenomen.', true);
    });
    // Our export gives every service a kind of help: then access and categories are complete too.
    const complete = kinds.has('informeel') || kinds.has('professioneel');

    const phone = phoneOf(Array.isArray(s.phones) ? s.phones[0]?.number : undefined);
    const email = emailOf(s.email);
    const website = websiteOf(s.url);
    if (phone === false) problem('phones[0].number', 'Dit is geen telefoonnummer.');
    if (email === false) problem('email', 'Dit is geen e-mailadres.');
    if (website === false) problem('url', 'De website begint niet met http:// of https://.');
    if (!phone && !email && !website && phone !== false && email !== false && website !== false) {
      problem('phones', 'De dienst heeft geen telefoonnummer, e-mailadres of website: een inwoner kan hem niet bereiken.');
    }

    const contacts: ContactRecord[] = [];
    (Array.isArray(s.contacts) ? s.contacts : []).forEach((c: Json, i: number) => {
      const cPhone = phoneOf(Array.isArray(c?.phones) ? c.phones[0]?.number : undefined);
      const cEmail = emailOf(c?.email);
      if (cPhone === false) return problem(`contacts[${i}].phones[0].number`, 'Dit is geen telefoonnummer.');
      if (cEmail === false) return problem(`contacts[${i}].email`, 'Dit is geen e-mailadres.');
      const name = text(c?.name) ?? text(c?.title) ?? 'Contact';
      contacts.push({ name, role: text(c?.name) ? (text(c?.title) ?? null) : null, phone: cPhone || null, email: cEmail || null });
    });

    const fullDescription = text(s.description);
    if (!fullDescription) problem('description', 'De dienst heeft geen beschrijving.');
    const serviceHours = hoursOf(s.schedules, today, 'schedules', problem);
    if (bad || !organization) return;

    const lines = fullDescription!.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
    const multiLine = lines.length > 1;
    const languages = [...new Set((Array.isArray(s.languages) ? s.languages : []).map((l: Json) => String(l?.code ?? '').toLowerCase()).filter((c: string) => /^[a-z]{2,3}$/.test(c)))] as string[];
    const costOptions: Json[] = Array.isArray(s.cost_options) ? s.cost_options : [];
    const free = Array.isArray(s.cost_options) ? costOptions.some((c) => c?.amount === 0) : (existing?.free ?? false);
    const kind: HelpKind = complete
      ? kinds.has('informeel') && kinds.has('professioneel') ? 'both' : kinds.has('informeel') ? 'informal' : 'professional'
      : (existing?.kind ?? (organization.fields.kind === 'professional' ? 'professional' : 'informal'));

    const fields: ServiceFieldsPlan = {
      organization: organization.slug,
      name: serviceName,
      description: lines[0]!,
      longDescription: multiLine ? fullDescription! : (existing?.longDescription ?? fullDescription!),
      kind,
      eligibility: text(s.eligibility_description) ?? existing?.eligibility ?? 'Voor iedereen in het werkgebied. Vraag het bij twijfel de organisatie.',
      fees: text(s.fees_description) ?? (free ? 'Gratis' : existing?.fees ?? UNKNOWN),
      free,
      referralRequired: complete || access.size ? access.has('verwijzing-nodig') : (existing?.referralRequired ?? false),
      byAppointment: complete || access.size ? access.has('op-afspraak') : (existing?.byAppointment ?? false),
      applicationProcess: text(s.application_process) ?? existing?.applicationProcess ?? UNKNOWN,
      phone: phone || null,
      email: email || null,
      website: website || null,
      languages: languages.length ? languages : (existing?.languages ?? ['nl']),
      // Not checked by anyone here yet: a year and a day ago, so it is on the list to check.
      assuredDate: typeof s.assured_date === 'string' ? s.assured_date : (existing?.assuredDate ?? addDays(aYearBefore(today), -1)),
      status: s.status,
      categories: complete || categoryList.length ? withParents(categoryList, (c) => categoryById.get(c)?.parentId ?? categories.get(c)?.parent ?? null) : (existing?.categories.map((c) => c.id) ?? []),
      villages,
      locations: serviceLocations,
      serviceHours,
      contacts,
    };
    // Refused, not cut short: every imported service must open and save in the editor unchanged.
    const parentOf = (c: string) => categoryById.get(c)?.parentId ?? categories.get(c)?.parent ?? null;
    const editorFaults = serviceEditorFaults(editorBody(fields, parentOf, existing?.keywords ?? []));
    for (const f of editorFaults) problem(f.field, f.detail);
    if (editorFaults.length) return;
    const slug = existing?.id ?? freeSlug(serviceSlugs, s.buurtkit_id, fields.name);
    const changed = !existing || !isDeepStrictEqual(fieldsOf(existing), fields);
    const times: Times = { ...(fileTime !== undefined ? { file: fileTime, index } : {}), ...(existing ? { ours: Date.parse(existing.updatedAt), name: existing.name } : {}), skipped: false };
    times.skipped = changed && newer(times);
    services.push({ hsdsId: sid, slug, isNew: !existing, changed, times, fields });
  });

  if (!contents.length) problems.push({ index: -1, service: '', field: 'contents', detail: 'Het bestand bevat geen diensten.' });
  // An organisation or place is as old as the oldest service that carries it (HSDS: a
  // service's `last_modified` covers "any related information"); skip what we changed later.
  for (const item of [...organizations.values(), ...locations.values()]) item.times.skipped = item.changed && newer(item.times);
  return { zone, organizations: [...organizations.values()], locations: [...locations.values()], categories: [...categories.values()], services, problems, warnings };
}

/** The service as its /beheer editor would open it after the import (editing.ts presentService). */
function editorBody(f: ServiceFieldsPlan, parentOf: (slug: string) => string | null, keywords: string[]): EditorService {
  const optional = <K extends string>(key: K, value: string | null) => (value ? ({ [key]: value } as Record<K, string>) : {});
  return {
    name: f.name,
    description: f.description,
    longDescription: f.longDescription,
    kind: f.kind,
    // The editor lists the linked categories, not the parents the export adds.
    organizationId: f.organization,
    categories: f.categories.filter((c) => !f.categories.some((d) => parentOf(d) === c)),
    referralRequired: f.referralRequired,
    byAppointment: f.byAppointment,
    eligibility: f.eligibility,
    fees: f.fees,
    free: f.free,
    applicationProcess: f.applicationProcess,
    ...optional('phone', f.phone),
    ...optional('email', f.email),
    ...optional('website', f.website),
    languages: f.languages,
    keywords,
    status: f.status,
    villages: f.villages,
    locations: f.locations.map((l) => l.slug),
    openingHours: [
      ...f.locations.flatMap((l) => l.hours.map((h) => ({ ...h, locationId: l.slug }))),
      ...f.serviceHours,
    ],
    contacts: f.contacts.map((c) => ({ name: c.name, ...optional('role', c.role), ...optional('phone', c.phone), ...optional('email', c.email) })),
  };
}

/** The export's order: linked sub-categories, then top-level ones, then the parents of the sub-categories. */
function withParents(linked: string[], parentOf: (slug: string) => string | null): string[] {
  const subs = linked.filter((c) => parentOf(c));
  const tops = linked.filter((c) => !parentOf(c));
  const all = [...subs, ...tops, ...subs.map((c) => parentOf(c)!)];
  return all.filter((c, i) => all.indexOf(c) === i);
}

/** An existing service in the plan's terms, to tell whether the file changes it. */
function fieldsOf(s: ServiceRecord): ServiceFieldsPlan {
  return {
    organization: s.organization.id,
    name: s.name,
    description: s.description,
    longDescription: s.longDescription,
    kind: s.kind,
    eligibility: s.eligibility,
    fees: s.fees,
    free: s.free,
    referralRequired: s.referralRequired,
    byAppointment: s.byAppointment,
    applicationProcess: s.applicationProcess,
    phone: s.phone,
    email: s.email,
    website: s.website,
    languages: s.languages,
    assuredDate: s.assuredDate,
    status: s.status,
    categories: s.categories.map((c) => c.id),
    villages: s.villages,
    locations: s.locations.map((l) => ({ slug: l.id, hours: l.hours })),
    serviceHours: s.serviceHours,
    contacts: s.contacts,
  };
}

// ---------------------------------------------------------------------------------------
// Writing the plan

/** A column of a batched write: its name and the type its parameters are cast to. */
type Column = readonly [name: string, type: string];

/**
 * Rows per statement: a bounded statement (the most parameters is 500 x 20, far under
 * PostgreSQL's 65,535) and few round trips; 1000 services take a handful of statements.
 */
const BATCH_ROWS = 500;

/** `($1::text, $2::int), ($3::text, $4::int)` for the rows, their values pushed onto params. */
function tuples(columns: readonly Column[], rows: readonly unknown[][], params: unknown[]): string {
  return rows
    .map((row) => `(${columns.map(([, type], i) => (params.push(row[i] ?? null), `$${params.length}::${type}`)).join(', ')})`)
    .join(', ');
}

/** One multi-row insert per BATCH_ROWS rows. Table and column names come from this module only. */
async function insertRows(tx: Queryable, table: string, columns: readonly Column[], rows: readonly unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const params: unknown[] = [];
    const values = tuples(columns, rows.slice(start, start + BATCH_ROWS), params);
    await tx.query(`insert into ${table} (${columns.map(([name]) => name).join(', ')}) values ${values}`, params);
  }
}

/** One `update … from (values …)` per BATCH_ROWS rows; the first column is the key. */
async function updateRows(tx: Queryable, table: string, columns: readonly Column[], rows: readonly unknown[][]): Promise<void> {
  const [key, ...rest] = columns.map(([name]) => name);
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const params: unknown[] = [];
    const values = tuples(columns, rows.slice(start, start + BATCH_ROWS), params);
    await tx.query(
      `update ${table} as t set ${rest.map((c) => `${c} = v.${c}`).join(', ')}
         from (values ${values}) as v (${[key, ...rest].join(', ')}) where t.${key} = v.${key}`,
      params,
    );
  }
}

const ORGANIZATION_COLUMNS: Column[] = [
  ['id', 'text'], ['name', 'text'], ['kind', 'text'], ['description', 'text'], ['phone', 'text'], ['email', 'text'], ['website', 'text'], ['updated_at', 'timestamptz'],
];
const LOCATION_COLUMNS: Column[] = [
  ['id', 'text'], ['name', 'text'], ['street', 'text'], ['postal_code', 'text'], ['locality', 'text'], ['village_id', 'text'],
  ['description', 'text'], ['latitude', 'double precision'], ['longitude', 'double precision'], ['updated_at', 'timestamptz'],
];
const SERVICE_COLUMNS: Column[] = [
  ['id', 'text'], ['organization_id', 'text'], ['name', 'text'], ['description', 'text'], ['long_description', 'text'], ['kind', 'text'],
  ['eligibility', 'text'], ['fees', 'text'], ['free', 'boolean'], ['referral_required', 'boolean'], ['by_appointment', 'boolean'],
  ['application_process', 'text'], ['phone', 'text'], ['email', 'text'], ['website', 'text'], ['languages', 'text[]'], ['assured_date', 'date'],
  ['status', 'text'], ['updated_at', 'timestamptz'],
];
const HSDS_ID: Column = ['hsds_id', 'uuid'];

/** Every write in batches, in the caller's one transaction: parents before the rows that refer to them. */
async function store(tx: Queryable, account: Account, plan: Plan, now: Date): Promise<void> {
  // A record takes the file's time (so the round trip keeps `last_modified`), else the import's.
  const updatedAt = (t: Times) => new Date(t.file ?? now.getTime()).toISOString();
  const [{ sort }] = (await tx.query<{ sort: number }>('select coalesce(max(sort), 0)::int as sort from service_categories')).rows as [{ sort: number }];
  const ordered = [...plan.categories.filter((c) => !c.parent), ...plan.categories.filter((c) => c.parent)];
  const categoryRow = (c: CategoryPlan) => [c.slug, c.parent, c.name, c.description, sort + 1 + ordered.indexOf(c)];
  const categoryColumns: Column[] = [['id', 'text'], ['parent_id', 'text'], ['name', 'text'], ['description', 'text'], ['sort', 'int']];
  // Top-level ones in a statement of their own: the two-levels trigger looks a sub-category's parent up.
  await insertRows(tx, 'service_categories', categoryColumns, ordered.filter((c) => !c.parent).map(categoryRow));
  await insertRows(tx, 'service_categories', categoryColumns, ordered.filter((c) => c.parent).map(categoryRow));

  const organizations = plan.organizations.filter(written);
  const organizationRow = (o: OrganizationPlan) => {
    const f = o.fields;
    return [o.slug, f.name, f.kind, f.description, f.phone, f.email, f.website, updatedAt(o.times)];
  };
  await insertRows(tx, 'organizations', [...ORGANIZATION_COLUMNS, HSDS_ID], organizations.filter((o) => o.isNew).map((o) => [...organizationRow(o), o.hsdsId]));
  await updateRows(tx, 'organizations', ORGANIZATION_COLUMNS, organizations.filter((o) => !o.isNew).map(organizationRow));

  const locations = plan.locations.filter(written);
  const locationRow = (l: LocationPlan) => {
    const f = l.fields;
    return [l.slug, f.name, f.street, f.postalCode, f.locality, f.villageId, f.description, f.latitude, f.longitude, updatedAt(l.times)];
  };
  await insertRows(tx, 'locations', [...LOCATION_COLUMNS, HSDS_ID], locations.filter((l) => l.isNew).map((l) => [...locationRow(l), l.hsdsId]));
  await updateRows(tx, 'locations', LOCATION_COLUMNS, locations.filter((l) => !l.isNew).map(locationRow));
  // Organisations and locations the file adds or changes are logged as its services are.
  const audit = (recordType: string, ids: string[]) => recordAuditRows(tx, { accountId: account.id, action: 'import', recordType, recordIds: ids, at: now });
  await audit('organization', organizations.map((o) => o.slug));
  await audit('location', locations.map((l) => l.slug));

  const changed = plan.services.filter(written);
  const serviceRow = (s: ServicePlan) => {
    const f = s.fields;
    return [
      s.slug, f.organization, f.name, f.description, f.longDescription, f.kind, f.eligibility, f.fees, f.free, f.referralRequired, f.byAppointment,
      f.applicationProcess, f.phone, f.email, f.website, f.languages, f.assuredDate, f.status, updatedAt(s.times),
    ];
  };
  await insertRows(tx, 'services', [...SERVICE_COLUMNS, HSDS_ID], changed.filter((s) => s.isNew).map((s) => [...serviceRow(s), s.hsdsId]));
  await updateRows(tx, 'services', SERVICE_COLUMNS, changed.filter((s) => !s.isNew).map(serviceRow));
  // An updated service's sub-records are replaced: hours first, they refer to its locations.
  const replaced = changed.filter((s) => !s.isNew).map((s) => s.slug);
  if (replaced.length) {
    for (const table of ['opening_hours', 'service_locations', 'service_category_links', 'service_areas', 'service_contacts']) {
      await tx.query(`delete from ${table} where service_id = any($1::text[])`, [replaced]);
    }
  }

  // Store only the categories not implied as a parent of another: the export adds those back.
  const parentOf = new Map((await tx.query<{ id: string; parent_id: string }>('select id, parent_id from service_categories where parent_id is not null')).rows.map((r) => [r.id, r.parent_id]));
  const links: unknown[][] = [];
  const serviceLocations: unknown[][] = [];
  const hours: unknown[][] = [];
  const areas: unknown[][] = [];
  const contacts: unknown[][] = [];
  for (const s of changed) {
    const f = s.fields;
    const implied = new Set(f.categories.map((c) => parentOf.get(c)).filter((p) => p !== undefined));
    f.categories.filter((c) => !implied.has(c)).forEach((c, i) => links.push([s.slug, c, i]));
    f.locations.forEach((l, i) => {
      serviceLocations.push([s.slug, l.slug, i]);
      for (const h of l.hours) hours.push([s.slug, l.slug, h.weekday, h.opens, h.closes, h.note ?? null]);
    });
    for (const h of f.serviceHours) hours.push([s.slug, null, h.weekday, h.opens, h.closes, h.note ?? null]);
    for (const v of f.villages) areas.push([s.slug, v]);
    f.contacts.forEach((c, i) => contacts.push([s.slug, i, c.name, c.role, c.phone, c.email]));
  }
  await insertRows(tx, 'service_category_links', [['service_id', 'text'], ['category_id', 'text'], ['sort', 'int']], links);
  await insertRows(tx, 'service_locations', [['service_id', 'text'], ['location_id', 'text'], ['sort', 'int']], serviceLocations);
  await insertRows(
    tx, 'opening_hours',
    [['service_id', 'text'], ['location_id', 'text'], ['weekday', 'int'], ['opens', 'time'], ['closes', 'time'], ['note', 'text']],
    hours,
  );
  await insertRows(tx, 'service_areas', [['service_id', 'text'], ['village_id', 'text']], areas);
  await insertRows(tx, 'service_contacts', [['service_id', 'text'], ['sort', 'int'], ['name', 'text'], ['role', 'text'], ['phone', 'text'], ['email', 'text']], contacts);
  await recordAuditRows(tx, { accountId: account.id, action: 'import', recordType: 'service', recordIds: changed.map((s) => s.slug), at: now });
}
