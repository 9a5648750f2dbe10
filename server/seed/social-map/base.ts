// The sociale kaart of "Samen Linde": the shared pieces (extra organisations, the category
// tree, locations, synonym groups) and the compact tuple format the service lists use.
// Rows have the shape of the tables in server/db/migrations/002_social_map.sql.
// Contact details are clearly fake, as in ../demo-network.ts.
import { DEFAULT_SYNONYMS_NL } from '../../../common/search/synonyms.ts';
import type { OrganizationRow } from '../demo-network.ts';

/** i = informal (volunteers, neighbours), p = professional, b = both. */
export type KindCode = 'i' | 'p' | 'b';

export interface ServiceOpts {
  /** Referral required (e.g. by the huisarts or the wijkteam). */
  r?: true;
  /** By appointment. */
  a?: true;
  /** Overrides `free` (by default: fees start with "Gratis"). */
  free?: boolean;
  /** Language codes separated by spaces; default 'nl'. */
  l?: string;
  /** assured_date; by default a date in 2026 derived from the position in the list. */
  d?: string;
  /** Village ids separated by spaces; default all villages. */
  area?: string;
  /** Contact details; by default the organisation's. null leaves one out. */
  ph?: string | null;
  em?: string | null;
  web?: string | null;
  /** Named contacts: [name, role, phone, email]. */
  c?: [string, string | null, string | null, string | null][];
}

/**
 * One service: [id, organisation, kind, sub-categories (space-separated), name, one-line
 * description, long description, eligibility, fees, keywords (comma-separated),
 * application process, location ids (space-separated, main first), opening hours, options].
 *
 * Opening hours: segments separated by ';', each "days from-to[@where]": days like 'di',
 * 'ma-vr' or 'di,do'; times like '9-12' or '19:30-21'; where is '@2' for the second
 * location or '@tel' for the service itself (a telephone line); default the main location.
 */
export type ServiceTuple = [
  id: string,
  org: string,
  kind: KindCode,
  cats: string,
  name: string,
  description: string,
  long: string,
  eligibility: string,
  fees: string,
  keywords: string,
  how: string,
  locations: string,
  hours: string,
  opts?: ServiceOpts,
];

// Eligibility, fees and ways to apply that many services share.
export const ALLE = 'Voor alle inwoners van Linde en de buurtschappen.';
export const OUDEREN = 'Voor 65-plussers in Linde en de buurtschappen.';
export const MANTELZORGERS = 'Voor mantelzorgers: iedereen die zorgt voor een naaste.';
export const OUDERS = 'Voor ouders en verzorgers van kinderen en jongeren.';
export const GRATIS = 'Gratis';
export const WMO = 'Eigen bijdrage volgens de wet (Wmo)';
export const ZVW = 'Vergoed door de zorgverzekering (basisverzekering)';
export const INLOOP = 'Loop binnen tijdens het spreekuur, u hoeft geen afspraak te maken.';
export const BEL = 'Bel of mail, dan maken we samen een afspraak.';
export const ZELF = 'U kunt zelf bellen of mailen. Een verwijzing is niet nodig.';
export const VERWIJZING = 'U heeft een verwijzing nodig van de huisarts of het wijkteam. Daarna belt de organisatie u.';

/** Organisations the sociale kaart adds to the demo network (all fictional). */
export const extraOrganizations: OrganizationRow[] = [
  {
    id: 'ggz-de-waard', name: 'GGZ De Waard', kind: 'professional', village_id: null,
    description: 'Hulp bij psychische klachten en verslaving voor de dorpen in de Waard.',
    phone: '0345-000040', email: 'aanmelden.ggzdewaard@example.org', website: 'https://ggz-dewaard.example.org',
  },
  {
    id: 'meldpunt-thuis-veilig', name: 'Meldpunt Thuis Veilig West', kind: 'professional', village_id: null,
    description: 'Advies- en meldpunt bij huiselijk geweld en kindermishandeling, dag en nacht bereikbaar.',
    phone: '0345-000041', email: 'advies.thuisveilig@example.org', website: 'https://thuisveilig-west.example.org',
  },
  {
    id: 'rechtswinkel-rivierenland', name: 'Rechtswinkel Rivierenland', kind: 'professional', village_id: null,
    description: 'Gratis juridisch advies over werk, huur, schulden, uitkering en familiezaken.',
    phone: '0345-000042', email: 'vraag.rechtswinkel@example.org', website: 'https://rechtswinkel-rivierenland.example.org',
  },
  {
    id: 'werkplein-rivierenland', name: 'Werkplein Rivierenland', kind: 'professional', village_id: null,
    description: 'Werk, uitkering en re-integratie voor inwoners van de regio.',
    phone: '0345-000043', email: 'info.werkplein@example.org', website: 'https://werkplein-rivierenland.example.org',
  },
  {
    id: 'regiotaxi-rivierenland', name: 'Regiotaxi Rivierenland', kind: 'professional', village_id: null,
    description: 'Deur-tot-deur vervoer in de regio, met korting voor wie een Wmo-vervoerspas heeft.',
    phone: '0345-000044', email: 'ritten.regiotaxi@example.org', website: 'https://regiotaxi-rivierenland.example.org',
  },
  {
    id: 'voedselbank-linde', name: 'Voedselbank Linde e.o.', kind: 'volunteer', village_id: 'linde',
    description: 'Vrijwilligers geven elke week voedselpakketten aan huishoudens die het even niet redden.',
    phone: '06-00000140', email: 'voedselbank.linde@example.org', website: null,
  },
  {
    id: 'alzheimer-cafe-linde', name: 'Alzheimer Café Linde', kind: 'volunteer', village_id: 'linde',
    description: 'Maandelijkse ontmoeting voor mensen met dementie, hun naasten en iedereen die meer wil weten.',
    phone: '06-00000141', email: 'alzheimercafe.linde@example.org', website: null,
  },
  {
    id: 'thuisadministratie-linde', name: 'Thuisadministratie Linde', kind: 'volunteer', village_id: 'linde',
    description: 'Getrainde vrijwilligers helpen thuis met post, rekeningen en formulieren.',
    phone: '06-00000142', email: 'thuisadministratie.linde@example.org', website: null,
  },
  {
    id: 'bewonerscooperatie-kersenhoek', name: 'Bewonerscoöperatie Kersenhoek', kind: 'resident-initiative', village_id: 'kersenhoek',
    description: 'Bewoners van Kersenhoek regelen samen zorg, klussen en ontmoeting in hun buurtschap.',
    phone: '06-00000143', email: 'cooperatie.kersenhoek@example.org', website: 'https://kersenhoek.example.org',
  },
  {
    id: 'duurzaam-linde', name: 'Duurzaam Linde', kind: 'resident-initiative', village_id: 'linde',
    description: 'Dorpsgenoten helpen elkaar energie te besparen.',
    phone: '06-00000144', email: 'duurzaam.linde@example.org', website: null,
  },
];

export interface CategoryRow {
  id: string;
  parent_id: string | null;
  name: string;
  description: string;
  sort: number;
}

/** [id, name, description, sub-categories as [id, name, description]]. */
const tree: [string, string, string, [string, string, string][]][] = [
  ['geldzorgen-en-schulden', 'Geldzorgen en schulden', 'Hulp als geld een zorg is: rekeningen, schulden, post en regelingen.', [
    ['schuldhulp', 'Schuldhulp', 'Hulp als u rekeningen niet meer kunt betalen of schulden heeft.'],
    ['administratie', 'Administratie en post', 'Hulp met brieven, formulieren en het bijhouden van de papieren.'],
    ['toeslagen', 'Toeslagen en regelingen', 'Geld waar u recht op heeft: toeslagen, kwijtschelding en fondsen.'],
    ['voedselhulp', 'Eten en kleding', 'Voedselpakketten, kleding en hulp in nood.'],
    ['juridisch-advies', 'Juridisch advies', 'Advies over uw rechten, bijvoorbeeld bij huur, werk of schulden.'],
  ]],
  ['eenzaamheid-en-ontmoeting', 'Eenzaamheid en ontmoeting', 'Andere mensen ontmoeten, een maatje vinden of bezoek krijgen.', [
    ['ontmoeting', 'Ontmoeting', 'Plekken waar u zonder afspraak binnenloopt voor koffie, een praatje of een maaltijd.'],
    ['maatje', 'Maatje', 'Een vaste vrijwilliger om samen dingen mee te doen.'],
    ['huisbezoek', 'Bezoek en aandacht', 'Iemand die bij u thuis langskomt of u regelmatig belt.'],
  ]],
  ['mantelzorg', 'Mantelzorg', 'Steun voor wie zorgt voor een partner, ouder, kind of buur.', [
    ['mantelzorgondersteuning', 'Advies voor mantelzorgers', 'Advies, een luisterend oor en hulp met regelen voor mantelzorgers.'],
    ['respijtzorg', 'Even vrij van de zorg', 'Iemand neemt de zorg even over, zodat u op adem kunt komen.'],
    ['jonge-mantelzorgers', 'Jonge mantelzorgers', 'Steun voor kinderen en jongeren die thuis zorgen.'],
  ]],
  ['wonen-en-klussen', 'Wonen en klussen', 'Hulp in en om het huis: klussen, tuin, huishouden en aanpassingen.', [
    ['klussen', 'Klussen en reparaties', 'Kleine klusjes in huis en samen repareren.'],
    ['tuin', 'Tuin', 'Hulp bij het bijhouden van de tuin.'],
    ['hulp-in-huis', 'Hulp in huis', 'Hulp bij boodschappen, het huishouden en maaltijden.'],
    ['woningaanpassing', 'Woningaanpassing en hulpmiddelen', 'Een traplift, beugels of andere aanpassingen, zodat u veilig thuis kunt wonen.'],
    ['huren-en-woning', 'Huren en wonen', 'Vragen over uw huurhuis, verhuizen, energie en de buren.'],
  ]],
  ['vervoer', 'Vervoer', 'Op pad als u zelf niet (meer) kunt rijden of fietsen.', [
    ['buurtbus', 'Buurtbus', 'De buurtbus met vrijwillige chauffeurs.'],
    ['ritten-naar-zorg', 'Ritten naar dokter en ziekenhuis', 'Een vrijwilliger brengt u naar een afspraak en haalt u weer op.'],
    ['vervoer-op-maat', 'Vervoer op maat', 'Regiotaxi, scootmobiel, rolstoel en ander vervoer als lopen moeilijk is.'],
  ]],
  ['gezondheid', 'Gezondheid', 'Zorg voor lichaam en geest, en hulp als het thuis niet veilig is.', [
    ['huisarts-en-zorg', 'Huisarts en zorg', 'De huisarts, de fysiotherapeut en andere zorg dichtbij.'],
    ['psychische-gezondheid', 'Psychische gezondheid', 'Hulp bij somberheid, angst, stress of verslaving.'],
    ['thuiszorg', 'Zorg thuis', 'Verpleging, verzorging en alarmering bij u thuis.'],
    ['bewegen', 'Bewegen', 'Samen bewegen, wandelen en fit blijven.'],
    ['veilig-thuis', 'Veilig thuis', 'Hulp en advies bij huiselijk geweld of een onveilige situatie.'],
  ]],
  ['opvoeding', 'Opvoeding', 'Vragen over kinderen, pubers en het gezin.', [
    ['opvoedvragen', 'Opvoedvragen', 'Advies en hulp als opvoeden even lastig is.'],
    ['jonge-gezinnen', 'Baby en peuter', 'Het consultatiebureau en steun voor jonge gezinnen.'],
    ['jeugd', 'Jongeren', 'Plekken en hulp voor kinderen en jongeren zelf.'],
  ]],
  ['werk-en-vrijwilligerswerk', 'Werk en vrijwilligerswerk', 'Werk zoeken, een uitkering of vrijwilligerswerk doen.', [
    ['werk-zoeken', 'Werk zoeken', 'Hulp bij het vinden van een baan of een leerwerkplek.'],
    ['uitkering', 'Uitkering en inkomen', 'Een uitkering aanvragen als u geen of weinig inkomen heeft.'],
    ['vrijwilligerswerk', 'Vrijwilligerswerk', 'Zelf iets doen voor een ander in het dorp.'],
  ]],
  ['dementie', 'Dementie', 'Hulp bij vergeetachtigheid en dementie, voor de persoon zelf en de naasten.', [
    ['dementie-advies', 'Advies en diagnose', 'Uitzoeken wat er aan de hand is en wat u kunt regelen.'],
    ['dementie-ontmoeting', 'Ontmoeting bij dementie', 'Ontmoeten en samen iets doen, voor mensen met dementie en hun naasten.'],
    ['dementie-ondersteuning', 'Begeleiding bij dementie', 'Begeleiding en zorg thuis of overdag.'],
  ]],
  ['taal', 'Taal en digitaal', 'Nederlands leren, beter lezen en schrijven, en hulp met computer en telefoon.', [
    ['nederlands-leren', 'Nederlands leren', 'Nederlands leren en oefenen, ook bij inburgering.'],
    ['lezen-en-schrijven', 'Lezen en schrijven', 'Beter leren lezen, schrijven en rekenen.'],
    ['digitale-hulp', 'Computer en telefoon', 'Hulp met de computer, de telefoon, internet en DigiD.'],
  ]],
];

export const categories: CategoryRow[] = tree.flatMap(([id, name, description, subs], i) => [
  { id, parent_id: null, name, description, sort: i + 1 },
  ...subs.map(([subId, subName, subDescription], j) => ({
    id: subId, parent_id: id, name: subName, description: subDescription, sort: j + 1,
  })),
]);

export interface LocationRow {
  id: string;
  name: string;
  street: string;
  postal_code: string;
  locality: string;
  village_id: string;
  description: string | null;
  /** WGS84 decimal degrees (migration 004). */
  latitude: number;
  longitude: number;
}

// The streets are made up, and so are the pins: Linde lies between Geldermalsen and Tiel,
// Hoogwaard 2 km south of it on the dike, Rietakker 2 km west, Kersenhoek 2 km north-east
// among the orchards.
const loc = (id: string, name: string, street: string, postal_code: string, village_id: string, [latitude, longitude]: [number, number], description: string | null = null): LocationRow =>
  ({ id, name, street, postal_code, locality: 'Linde', village_id, description, latitude, longitude });

export const locations: LocationRow[] = [
  loc('dorpshuis-de-linde', 'Dorpshuis De Linde', 'Lindeplein 1', '4199 XA', 'linde', [51.8762, 5.3561], 'Ingang aan het plein, lift naar de eerste verdieping.'),
  loc('gezondheidscentrum-linde', 'Gezondheidscentrum Linde', 'Lindelaan 30', '4199 XG', 'linde', [51.8781, 5.3529]),
  loc('bibliotheek-linde', 'Bibliotheek Linde', 'Marktstraat 5', '4199 XE', 'linde', [51.8755, 5.3574]),
  loc('wijkteamkantoor-linde', 'Wijkteamkantoor', 'Marktstraat 12', '4199 XE', 'linde', [51.8754, 5.3579], 'Naast de bibliotheek, bel aan bij de groene deur.'),
  loc('dorpskerk-linde', 'Dorpskerk (zaal achter de kerk)', 'Kerkpad 3', '4199 XB', 'linde', [51.8768, 5.3552]),
  loc('basisschool-de-boomgaard', 'Basisschool De Boomgaard', 'Boomgaardlaan 8', '4199 XC', 'linde', [51.8739, 5.3538]),
  loc('servicepunt-stationsweg', 'Servicepunt Stationsweg', 'Stationsweg 2', '4199 XP', 'linde', [51.8796, 5.3601], 'Hier zitten het Werkplein en de Rechtswinkel.'),
  loc('uitgiftepunt-industrieweg', 'Uitgiftepunt Voedselbank', 'Industrieweg 6', '4199 XR', 'linde', [51.8722, 5.3624]),
  loc('huurderspunt-lindehof', 'Huurderspunt Lindehof', 'Hofstraat 4', '4199 XS', 'linde', [51.8771, 5.359]),
  loc('buurtkamer-rietakker', 'Buurtkamer Rietakker (Het Schooltje)', 'Rietakkerweg 7', '4199 XN', 'rietakker', [51.8793, 5.3282]),
  loc('veerhuis-hoogwaard', 'Café Het Veerhuis', 'Waarddijk 2', '4199 XM', 'hoogwaard', [51.8588, 5.3613], 'Achterzaal, ingang via het terras.'),
  loc('kersenhof-kersenhoek', 'Boerderij De Kersenhof', 'Kersenhoekseweg 21', '4199 XK', 'kersenhoek', [51.8852, 5.3849]),
];

/** Words the search treats as the same: the one default list, shared with the mocks and tests. */
export const synonymGroups: string[][] = DEFAULT_SYNONYMS_NL.map((group) => [...group]);
