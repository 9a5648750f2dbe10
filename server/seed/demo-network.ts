// The demo network: "Samen Linde", the community-care network of Linde, a village in the
// Betuwe river area, and its buurtschappen. Everything here is made up: the village, its
// streets, the organisations and the people. Phone numbers are clearly fake
// (0345-0000xx, 06-00000xxx), e-mail addresses end in @example.org and websites in
// .example.org.
//
// The rows have the shape of the tables in server/db/migrations/001_agenda.sql.
// Timestamps are local wall-clock times in Europe/Amsterdam, written as
// 'YYYY-MM-DDTHH:MM:SS' without an offset (the `timestamp` columns have no zone).
import type { components } from '../../contract/types.ts';

/** A local wall-clock time in the network's zone, e.g. '2026-12-17T19:30:00'. */
export type LocalDateTime = string;

export type VillageKind = components['schemas']['Village']['kind'];
export type OrganizationKind = components['schemas']['OrganizationKind'];
export type ExceptionKind = 'skipped' | 'cancelled' | 'moved';

export interface NetworkRow {
  id: string;
  name: string;
  description: string | null;
  timezone: string;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface VillageRow {
  id: string;
  name: string;
  kind: VillageKind;
  sort: number;
}

/** A row of activity_categories or audiences. */
export interface TermRow {
  id: string;
  name: string;
  sort: number;
}

export interface OrganizationRow {
  id: string;
  name: string;
  kind: OrganizationKind;
  description: string;
  village_id: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface PlaceRow {
  id: string;
  name: string;
  street: string;
  postal_code: string;
  locality: string;
  village_id: string;
}

export interface ActivityRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  organization_id: string;
  place_id: string;
  /** First occurrence (local wall-clock time). */
  starts_at: LocalDateTime;
  duration_minutes: number;
  /** RFC 5545 RRULE value without the "RRULE:" prefix; null for a one-off event. */
  rrule: string | null;
  categories: string[];
  audiences: string[];
  /** Price in euros; null means free. */
  cost_amount: number | null;
  cost_note: string | null;
  wheelchair: boolean;
  hearing_loop: boolean;
  accessibility_note: string | null;
  registration_required: boolean;
  capacity: number | null;
  registration_how: string | null;
  village_bus: boolean;
}

export interface ActivityExceptionRow {
  activity_id: string;
  /** An actual occurrence of the activity's rule. */
  original_starts_at: LocalDateTime;
  kind: ExceptionKind;
  /** Only for kind 'moved'. */
  new_starts_at: LocalDateTime | null;
  note: string | null;
}

export interface ActivityRegistrationRow {
  activity_id: string;
  original_starts_at: LocalDateTime;
  places_taken: number;
}

export interface DemoNetwork {
  network: NetworkRow;
  villages: VillageRow[];
  categories: TermRow[];
  audiences: TermRow[];
  organizations: OrganizationRow[];
  places: PlaceRow[];
  activities: ActivityRow[];
  exceptions: ActivityExceptionRow[];
  registrations: ActivityRegistrationRow[];
}

// ---------------------------------------------------------------------------------------
// Helpers that fill in the defaults, so the lists below stay readable.

type ActivityInput = Pick<
  ActivityRow,
  | 'id'
  | 'title'
  | 'summary'
  | 'description'
  | 'organization_id'
  | 'place_id'
  | 'starts_at'
  | 'duration_minutes'
  | 'rrule'
  | 'categories'
  | 'audiences'
> &
  Partial<ActivityRow>;

function activity(input: ActivityInput): ActivityRow {
  return {
    cost_amount: null,
    cost_note: null,
    wheelchair: false,
    hearing_loop: false,
    accessibility_note: null,
    registration_required: false,
    capacity: null,
    registration_how: null,
    village_bus: false,
    ...input,
  };
}

type OrganizationInput = Omit<OrganizationRow, 'village_id' | 'phone' | 'email' | 'website'> &
  Partial<OrganizationRow>;

function organization(input: OrganizationInput): OrganizationRow {
  return { village_id: 'linde', phone: null, email: null, website: null, ...input };
}

function skipped(activity_id: string, original_starts_at: LocalDateTime, note: string): ActivityExceptionRow {
  return { activity_id, original_starts_at, kind: 'skipped', new_starts_at: null, note };
}

function cancelled(activity_id: string, original_starts_at: LocalDateTime, note: string): ActivityExceptionRow {
  return { activity_id, original_starts_at, kind: 'cancelled', new_starts_at: null, note };
}

function moved(
  activity_id: string,
  original_starts_at: LocalDateTime,
  new_starts_at: LocalDateTime,
  note: string,
): ActivityExceptionRow {
  return { activity_id, original_starts_at, kind: 'moved', new_starts_at, note };
}

/** Accessibility of the places, as most activities there have it. */
const access = {
  dorpshuis: { wheelchair: true, hearing_loop: true },
  kerk: {
    wheelchair: true,
    hearing_loop: true,
    accessibility_note: 'Ingang aan de zijkant, met hellingbaan.',
  },
  school: { wheelchair: true, hearing_loop: false },
  sporthal: {
    wheelchair: true,
    hearing_loop: false,
    accessibility_note: 'Kleedkamers en toilet zijn gelijkvloers.',
  },
  bibliotheek: { wheelchair: true, hearing_loop: true },
  gezondheidscentrum: { wheelchair: true, hearing_loop: true },
  sportpark: {
    wheelchair: true,
    hearing_loop: false,
    accessibility_note: 'Verharde paden tot aan het veld en de kantine.',
  },
  boerderij: {
    wheelchair: false,
    hearing_loop: false,
    accessibility_note: 'Het erf is van grind. Met een rollator of rolstoel gaat het lastig.',
  },
  veerhuis: {
    wheelchair: true,
    hearing_loop: false,
    accessibility_note: 'Er is een aangepast toilet.',
  },
  schooltje: {
    wheelchair: false,
    hearing_loop: false,
    accessibility_note: 'Eén trede bij de voordeur. We helpen u graag naar binnen.',
  },
} satisfies Record<string, Partial<ActivityRow>>;

const kerstvakantie = 'Geen bijeenkomst in de kerstvakantie.';
const zomerstop = 'Zomerstop: in juli zijn we er niet.';

// ---------------------------------------------------------------------------------------

const network: NetworkRow = {
  id: 'samen-linde',
  name: 'Samen Linde',
  description:
    'Samen Linde is het netwerk voor gemeenschapszorg in Linde, Hoogwaard, Rietakker en Kersenhoek. ' +
    'Zo ziet u in één oogopslag wat er in het dorp te doen is en waar u terecht kunt met een vraag.',
  timezone: 'Europe/Amsterdam',
  phone: '0345-000010',
  email: 'samenlinde@example.org',
  website: 'https://samenlinde.example.org',
};

const villages: VillageRow[] = [
  { id: 'linde', name: 'Linde', kind: 'kern', sort: 1 },
  { id: 'hoogwaard', name: 'Hoogwaard', kind: 'buurtschap', sort: 2 },
  { id: 'rietakker', name: 'Rietakker', kind: 'buurtschap', sort: 3 },
  { id: 'kersenhoek', name: 'Kersenhoek', kind: 'buurtschap', sort: 4 },
];

const categories: TermRow[] = [
  { id: 'ontmoeting', name: 'Ontmoeting', sort: 1 },
  { id: 'bewegen-en-sport', name: 'Bewegen en sport', sort: 2 },
  { id: 'eten-en-drinken', name: 'Eten en drinken', sort: 3 },
  { id: 'cultuur-en-creatief', name: 'Cultuur en creatief', sort: 4 },
  { id: 'leren-en-taal', name: 'Leren en taal', sort: 5 },
  { id: 'zorg-en-gezondheid', name: 'Zorg en gezondheid', sort: 6 },
  { id: 'natuur-en-tuin', name: 'Natuur en tuin', sort: 7 },
  { id: 'kinderen-en-gezin', name: 'Kinderen en gezin', sort: 8 },
  { id: 'hulp-en-advies', name: 'Hulp en advies', sort: 9 },
];

const audiences: TermRow[] = [
  { id: 'iedereen', name: 'Iedereen', sort: 1 },
  { id: 'ouderen', name: 'Ouderen', sort: 2 },
  { id: 'jonge-ouders', name: 'Jonge ouders', sort: 3 },
  { id: 'kinderen', name: 'Kinderen', sort: 4 },
  { id: 'jongeren', name: 'Jongeren', sort: 5 },
  { id: 'mantelzorgers', name: 'Mantelzorgers', sort: 6 },
  { id: 'nieuwkomers', name: 'Nieuwkomers', sort: 7 },
];

const organizations: OrganizationRow[] = [
  // --- professional ---------------------------------------------------------------------
  organization({
    id: 'sociaal-wijkteam-linde',
    name: 'Sociaal Wijkteam Linde',
    kind: 'professional',
    description:
      'Het wijkteam helpt bij vragen over zorg, geld, wonen, opvoeden en meedoen. U kunt zonder afspraak langskomen op het spreekuur.',
    phone: '0345-000020',
    email: 'wijkteam.linde@example.org',
    website: 'https://wijkteam-linde.example.org',
  }),
  organization({
    id: 'welzijn-linde',
    name: 'Welzijn Linde',
    kind: 'professional',
    description:
      'De welzijnsorganisatie van het dorp. Onze opbouwwerker en jongerenwerker helpen mensen om elkaar te vinden en samen iets op te zetten.',
    phone: '0345-000021',
    email: 'welzijn.linde@example.org',
    website: 'https://welzijn-linde.example.org',
  }),
  organization({
    id: 'woonstichting-lindehof',
    name: 'Woonstichting Lindehof',
    kind: 'professional',
    description:
      'De woningcorporatie voor Linde en omgeving. Met vragen over uw huurhuis, een reparatie of een aanpassing kunt u bij ons terecht.',
    village_id: null,
    phone: '0345-000022',
    email: 'huurders.lindehof@example.org',
    website: 'https://lindehof.example.org',
  }),
  organization({
    id: 'basisschool-de-boomgaard',
    name: 'Basisschool De Boomgaard',
    kind: 'professional',
    description: 'De basisschool van Linde, met ongeveer 180 leerlingen. Ouders en buren zijn altijd welkom voor een kop koffie.',
    phone: '0345-000023',
    email: 'info.deboomgaard@example.org',
    website: 'https://deboomgaard.example.org',
  }),
  organization({
    id: 'huisartsenpraktijk-lindelaan',
    name: 'Huisartsenpraktijk Lindelaan',
    kind: 'professional',
    description:
      'De huisartsenpraktijk in het gezondheidscentrum. De praktijkondersteuner helpt ook bij gezond bewegen en omgaan met een chronische ziekte.',
    phone: '0345-000024',
    email: 'praktijk.lindelaan@example.org',
    website: 'https://huisarts-lindelaan.example.org',
  }),
  organization({
    id: 'bibliotheek-linde',
    name: 'Bibliotheek Linde',
    kind: 'professional',
    description:
      'Boeken lenen, de krant lezen en hulp bij de computer. In de bibliotheek zit ook het Taalpunt, voor wie beter wil leren lezen en schrijven.',
    phone: '0345-000025',
    email: 'bieb.linde@example.org',
    website: 'https://bibliotheek-linde.example.org',
  }),
  organization({
    id: 'consultatiebureau-linde',
    name: 'Consultatiebureau Linde',
    kind: 'professional',
    description:
      'Voor ouders met kinderen van 0 tot 4 jaar. De jeugdverpleegkundige volgt hoe uw kind groeit en beantwoordt uw vragen.',
    phone: '0345-000026',
    email: 'cb.linde@example.org',
  }),
  organization({
    id: 'schuldhulp-linde',
    name: 'Geldloket Linde',
    kind: 'professional',
    description:
      'Zorgen over geld of rekeningen die blijven liggen? Bij het geldloket kijkt een schuldhulpverlener samen met u wat er kan. Het is gratis.',
    village_id: null,
    phone: '0345-000027',
    email: 'geldloket@example.org',
    website: 'https://geldloket.example.org',
  }),
  organization({
    id: 'thuiszorg-rivierzoom',
    name: 'Thuiszorg Rivierzoom',
    kind: 'professional',
    description: 'Wijkverpleging en verzorging bij u thuis. Ook voor advies over hulpmiddelen, zoals een douchestoel of rollator.',
    village_id: null,
    phone: '0345-000028',
    email: 'wijkzorg.rivierzoom@example.org',
    website: 'https://rivierzoom.example.org',
  }),
  organization({
    id: 'fysiotherapie-lindeweide',
    name: 'Fysiotherapie Lindeweide',
    kind: 'professional',
    description: 'Fysiotherapie in het gezondheidscentrum. We geven ook lessen om sterker te worden en minder snel te vallen.',
    phone: '0345-000029',
    email: 'fysio.lindeweide@example.org',
  }),
  organization({
    id: 'steunpunt-mantelzorg-linde',
    name: 'Steunpunt Mantelzorg Linde',
    kind: 'professional',
    description:
      'Zorgt u voor iemand die ziek is of hulp nodig heeft? De mantelzorgconsulent luistert, geeft advies en regelt zo nodig vervanging.',
    phone: '0345-000030',
    email: 'mantelzorg.linde@example.org',
  }),

  // --- volunteer ------------------------------------------------------------------------
  organization({
    id: 'dorpshuis-de-linde',
    name: 'Stichting Dorpshuis De Linde',
    kind: 'volunteer',
    description:
      'Het dorpshuis is van en voor iedereen in Linde. Vrijwilligers zetten de koffie klaar en zorgen dat clubs en groepen een plek hebben.',
    phone: '0345-000012',
    email: 'dorpshuis.delinde@example.org',
    website: 'https://dorpshuis-delinde.example.org',
  }),
  organization({
    id: 'lindebloesem',
    name: 'De Lindebloesem',
    kind: 'volunteer',
    description:
      'Vrijwilligers van De Lindebloesem bezoeken mensen die ziek zijn of zich eenzaam voelen. Ook organiseren we gezellige middagen en uitjes.',
    phone: '06-00000111',
    email: 'lindebloesem@example.org',
  }),
  organization({
    id: 'seniorenvereniging-linde',
    name: 'Seniorenvereniging Linde',
    kind: 'volunteer',
    description: 'Voor 55-plussers in Linde en de buurtschappen. We kaarten, sjoelen, spelen bingo en gaan samen op reis.',
    phone: '06-00000112',
    email: 'senioren.linde@example.org',
  }),
  organization({
    id: 'vv-lindewaard',
    name: 'Voetbalvereniging Lindewaard',
    kind: 'volunteer',
    description: 'De voetbalclub van het dorp, voor jong en oud. Ook 60-plussers spelen bij ons, in een rustig tempo.',
    phone: '0345-000031',
    email: 'vv.lindewaard@example.org',
    website: 'https://vvlindewaard.example.org',
  }),
  organization({
    id: 'gymvereniging-vlug-en-lenig',
    name: 'Gymvereniging Vlug en Lenig',
    kind: 'volunteer',
    description: 'Gym en bewegen op muziek, in de sporthal. Er zijn groepen voor kinderen, volwassenen en senioren.',
    phone: '06-00000113',
    email: 'vlugenlenig@example.org',
  }),
  organization({
    id: 'diaconie-dorpskerk-linde',
    name: 'Diaconie Dorpskerk Linde',
    kind: 'volunteer',
    description:
      'De diaconie helpt mensen in het dorp die het moeilijk hebben, of ze nu naar de kerk gaan of niet. Iedereen is welkom bij onze maaltijden.',
    phone: '0345-000032',
    email: 'diaconie.linde@example.org',
  }),
  organization({
    id: 'reparatiecafe-linde',
    name: 'Reparatiecafé Linde',
    kind: 'volunteer',
    description:
      'Is uw broodrooster, fiets of broek kapot? Neem hem mee. Handige vrijwilligers repareren samen met u, terwijl u een kop koffie drinkt.',
    phone: '06-00000114',
    email: 'repareren.linde@example.org',
  }),
  organization({
    id: 'linde-op-stap',
    name: 'Buurtbusvereniging Linde op Stap',
    kind: 'volunteer',
    description:
      'Vrijwillige chauffeurs rijden met de buurtbus. Wie slecht ter been is, kan mee naar activiteiten, de winkel of het ziekenhuis.',
    phone: '06-00000123',
    email: 'lindeopstap@example.org',
    website: 'https://lindeopstap.example.org',
  }),
  organization({
    id: 'taalmaatjes-linde',
    name: 'Taalmaatjes Linde',
    kind: 'volunteer',
    description:
      'Vrijwilligers helpen nieuwe inwoners met de Nederlandse taal. Samen oefenen, een praatje maken en wegwijs worden in het dorp.',
    phone: '06-00000115',
    email: 'taalmaatjes.linde@example.org',
  }),
  organization({
    id: 'oranjevereniging-linde',
    name: 'Oranjevereniging Linde',
    kind: 'volunteer',
    description: 'Wij organiseren de feesten van het dorp: Koningsdag, Sinterklaas en de kerstmarkt.',
    phone: '06-00000116',
    email: 'oranje.linde@example.org',
  }),
  organization({
    id: 'harmonie-lindeklank',
    name: 'Harmonie Lindeklank',
    kind: 'volunteer',
    description: 'Het muziekkorps van Linde. We spelen bij feesten en houden iedere maand een meezingmiddag.',
    phone: '06-00000117',
    email: 'lindeklank@example.org',
    website: 'https://lindeklank.example.org',
  }),
  organization({
    id: 'historische-kring-linde',
    name: 'Historische Kring Linde',
    kind: 'volunteer',
    description: 'We verzamelen oude foto’s en verhalen over Linde en de buurtschappen. Komt u ook vertellen hoe het vroeger was?',
    email: 'historie.linde@example.org',
  }),
  organization({
    id: 'hulpdienst-linde',
    name: 'Vrijwillige Hulpdienst Linde',
    kind: 'volunteer',
    description:
      'Hulp bij kleine dingen: een lamp ophangen, boodschappen doen of mee naar de dokter. Vrijwilligers komen bij u thuis, gratis.',
    phone: '0345-000033',
    email: 'hulpdienst.linde@example.org',
  }),
  organization({
    id: 'ehbo-linde',
    name: 'EHBO-vereniging Linde',
    kind: 'volunteer',
    description: 'We geven cursussen eerste hulp en reanimatie, en staan klaar bij feesten en sportdagen in het dorp.',
    phone: '06-00000118',
    email: 'ehbo.linde@example.org',
  }),
  organization({
    id: 'toneelvereniging-dijkspelers',
    name: 'Toneelvereniging De Dijkspelers',
    kind: 'volunteer',
    description: 'Amateurtoneel in het dorpshuis. Ieder voorjaar spelen we een nieuwe voorstelling.',
    email: 'dijkspelers@example.org',
  }),

  // --- resident-initiative --------------------------------------------------------------
  organization({
    id: 'eetcafe-aan-tafel',
    name: 'Eetcafé Aan Tafel',
    kind: 'resident-initiative',
    description:
      'Een groep inwoners kookt iedere maand een driegangenmenu in het dorpshuis. Samen eten is gezelliger dan alleen.',
    phone: '0345-000012',
    email: 'aantafel@example.org',
  }),
  organization({
    id: 'buurtmoestuin-kersenhoek',
    name: 'Buurtmoestuin Kersenhoek',
    kind: 'resident-initiative',
    description:
      'Een moestuin op het erf van boerderij De Kersenhof. Buren zaaien, wieden en oogsten samen, en delen de groente.',
    village_id: 'kersenhoek',
    phone: '06-00000131',
    email: 'moestuin.kersenhoek@example.org',
  }),
  organization({
    id: 'breiclub-steek-voor-steek',
    name: 'Breiclub Steek voor Steek',
    kind: 'resident-initiative',
    description: 'Breien, haken en kletsen. Beginners leren het van de anderen. We maken ook mutsen en dekens voor wie ze kan gebruiken.',
    village_id: 'rietakker',
    phone: '06-00000132',
  }),
  organization({
    id: 'wandelgroep-dijklopers',
    name: 'Wandelgroep De Dijklopers',
    kind: 'resident-initiative',
    description: 'Iedere zaterdag wandelen we samen over de dijk en langs de uiterwaarden. Rustig tempo, niemand blijft achter.',
    village_id: 'hoogwaard',
    phone: '06-00000133',
  }),
  organization({
    id: 'jeu-de-boules-hoogwaard',
    name: 'Jeu de boules Hoogwaard',
    kind: 'resident-initiative',
    description: 'Buren uit Hoogwaard spelen jeu de boules op de baan naast café Het Veerhuis. Ballen zijn er genoeg.',
    village_id: 'hoogwaard',
    phone: '06-00000134',
  }),
  organization({
    id: 'buurtkamer-rietakker',
    name: 'Buurtkamer Rietakker',
    kind: 'resident-initiative',
    description:
      'In het oude schooltje van Rietakker is iedere week de buurtkamer open. Een plek voor koffie, een spelletje en een praatje.',
    village_id: 'rietakker',
    phone: '06-00000135',
    email: 'buurtkamer.rietakker@example.org',
  }),
  organization({
    id: 'speelochtend-hummels',
    name: 'Speelochtend De Hummels',
    kind: 'resident-initiative',
    description: 'Ouders uit het dorp ontmoeten elkaar terwijl de kleintjes samen spelen. Opgezet door een paar moeders uit Rietakker.',
    village_id: 'rietakker',
    email: 'hummels@example.org',
  }),
  organization({
    id: 'fietsclub-zondagsfietsers',
    name: 'Fietsclub De Zondagsfietsers',
    kind: 'resident-initiative',
    description: 'Om de week een fietstocht van 30 tot 40 kilometer door de Betuwe, met een stop voor koffie. Ook met een e-bike.',
    phone: '06-00000136',
    email: 'zondagsfietsers@example.org',
  }),
  organization({
    id: 'leesclub-linde',
    name: 'Leesclub Linde',
    kind: 'resident-initiative',
    description: 'Iedere maand lezen we hetzelfde boek en praten erover in de bibliotheek. Nieuwe lezers zijn welkom.',
    email: 'leesclub.linde@example.org',
  }),
  organization({
    id: 'zwerfafvalteam-linde',
    name: 'Zwerfafvalteam Linde',
    kind: 'resident-initiative',
    description: 'Inwoners die samen het dorp schoon houden. Grijpers, handschoenen en zakken krijgt u van ons.',
    phone: '06-00000137',
  }),
  organization({
    id: 'burenhulp-hoogwaard',
    name: 'Burenhulp Hoogwaard',
    kind: 'resident-initiative',
    description:
      'Buren in Hoogwaard letten een beetje op elkaar. Via de buurtapp vraagt u om hulp, en één keer per maand drinken we samen koffie.',
    village_id: 'hoogwaard',
    phone: '06-00000138',
  }),
];

const places: PlaceRow[] = [
  { id: 'dorpshuis-de-linde', name: 'Dorpshuis De Linde', street: 'Lindeplein 1', postal_code: '4199 XA', locality: 'Linde', village_id: 'linde' },
  { id: 'dorpskerk-linde', name: 'Dorpskerk', street: 'Kerkpad 3', postal_code: '4199 XB', locality: 'Linde', village_id: 'linde' },
  { id: 'basisschool-de-boomgaard', name: 'Basisschool De Boomgaard', street: 'Boomgaardlaan 8', postal_code: '4199 XC', locality: 'Linde', village_id: 'linde' },
  { id: 'sporthal-de-waard', name: 'Sporthal De Waard', street: 'Sportlaan 4', postal_code: '4199 XD', locality: 'Linde', village_id: 'linde' },
  { id: 'bibliotheek-linde', name: 'Bibliotheek Linde', street: 'Marktstraat 5', postal_code: '4199 XE', locality: 'Linde', village_id: 'linde' },
  { id: 'gezondheidscentrum-linde', name: 'Gezondheidscentrum Linde', street: 'Lindelaan 30', postal_code: '4199 XG', locality: 'Linde', village_id: 'linde' },
  { id: 'sportpark-lindeweide', name: 'Sportpark Lindeweide', street: 'Weideweg 1', postal_code: '4199 XH', locality: 'Linde', village_id: 'linde' },
  // The buurtschappen have Linde as their postal locality.
  { id: 'boerderij-de-kersenhof', name: 'Boerderij De Kersenhof', street: 'Kersenhoekseweg 21', postal_code: '4199 XK', locality: 'Linde', village_id: 'kersenhoek' },
  { id: 'cafe-het-veerhuis', name: 'Café Het Veerhuis', street: 'Waarddijk 2', postal_code: '4199 XM', locality: 'Linde', village_id: 'hoogwaard' },
  { id: 'het-schooltje-rietakker', name: 'Het Schooltje', street: 'Rietakkerweg 7', postal_code: '4199 XN', locality: 'Linde', village_id: 'rietakker' },
];

const activities: ActivityRow[] = [
  // --- weekly ---------------------------------------------------------------------------
  activity({
    id: 'koffieochtend-dorpshuis',
    title: 'Koffieochtend in het dorpshuis',
    summary: 'Iedere dinsdagochtend staat de koffie klaar. Kom gezellig langs voor een praatje.',
    description:
      'Iedere dinsdag is het dorpshuis open voor iedereen die zin heeft in koffie en gezelschap. ' +
      'U hoeft niets af te spreken: loop gewoon binnen. Er liggen kranten en spelletjes, en vaak is er iemand van het wijkteam om een vraag aan te stellen.',
    organization_id: 'dorpshuis-de-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-02T10:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    categories: ['ontmoeting', 'eten-en-drinken'],
    audiences: ['iedereen', 'ouderen'],
    cost_amount: 1,
    cost_note: 'Koffie of thee met iets lekkers voor € 1,00.',
    ...access.dorpshuis,
    village_bus: true,
  }),
  activity({
    id: 'gym-voor-senioren',
    title: 'Gym voor senioren',
    summary: 'Rustig bewegen op muziek, op een stoel of staand. Goed voor uw spieren en gezellig.',
    description:
      'Onder leiding van een ervaren gymjuf doen we oefeningen voor kracht, balans en soepelheid. ' +
      'U doet mee zoals het voor u gaat; veel oefeningen kunnen ook op een stoel. Na afloop drinken we samen koffie.',
    organization_id: 'gymvereniging-vlug-en-lenig',
    place_id: 'sporthal-de-waard',
    starts_at: '2025-09-03T09:30:00',
    duration_minutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    categories: ['bewegen-en-sport', 'zorg-en-gezondheid'],
    audiences: ['ouderen'],
    cost_amount: 3,
    cost_note: 'Per keer. De eerste les is gratis.',
    ...access.sporthal,
    village_bus: true,
  }),
  activity({
    id: 'taalcafe',
    title: 'Taalcafé',
    summary: 'Nederlands oefenen in een gezellige sfeer, met vrijwilligers van Taalmaatjes Linde.',
    description:
      'Woont u nog niet lang in Nederland en wilt u beter Nederlands spreken? In het taalcafé praten we in kleine groepjes over gewone dingen: het weer, boodschappen, de school van de kinderen. ' +
      'Alle niveaus zijn welkom. U hoeft zich niet aan te melden.',
    organization_id: 'taalmaatjes-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2025-09-04T10:00:00',
    duration_minutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    categories: ['leren-en-taal', 'ontmoeting'],
    audiences: ['nieuwkomers'],
    ...access.bibliotheek,
  }),
  activity({
    id: 'spreekuur-wijkteam',
    title: 'Spreekuur sociaal wijkteam',
    summary: 'Met een vraag over zorg, geld, wonen of opvoeden kunt u zonder afspraak langskomen.',
    description:
      'Iedere donderdagochtend zit iemand van het sociaal wijkteam in het dorpshuis. ' +
      'U kunt uw vraag in een aparte kamer stellen; wat u vertelt, blijft tussen u en de medewerker. ' +
      'Weet u niet bij wie u moet zijn? Kom dan ook gerust, samen zoeken we het juiste loket.',
    organization_id: 'sociaal-wijkteam-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-04T09:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    categories: ['hulp-en-advies', 'zorg-en-gezondheid'],
    audiences: ['iedereen', 'mantelzorgers'],
    ...access.dorpshuis,
  }),
  activity({
    id: 'huiswerkbegeleiding',
    title: 'Huiswerkbegeleiding',
    summary: 'Hulp bij je huiswerk, met een rustige plek en vrijwilligers die graag uitleggen.',
    description:
      'Zit je op de middelbare school of in groep 7 of 8, en loop je vast met je huiswerk? ' +
      'Op maandag en woensdag helpen vrijwilligers je met plannen, rekenen, taal en Engels. ' +
      'Neem je eigen boeken en laptop mee; er zijn ook computers van de bibliotheek.',
    organization_id: 'welzijn-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2025-09-01T15:30:00',
    duration_minutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
    categories: ['leren-en-taal', 'kinderen-en-gezin'],
    audiences: ['kinderen', 'jongeren'],
    ...access.bibliotheek,
  }),
  activity({
    id: 'wandelen-langs-de-dijk',
    title: 'Wandelen langs de dijk',
    summary: 'Iedere zaterdag een wandeling van ongeveer een uur, in een rustig tempo.',
    description:
      'We vertrekken bij café Het Veerhuis en lopen over de dijk en langs de uiterwaarden. ' +
      'Het tempo is rustig, zodat iedereen mee kan. Na afloop drinkt wie wil nog koffie in het café (voor eigen rekening).',
    organization_id: 'wandelgroep-dijklopers',
    place_id: 'cafe-het-veerhuis',
    starts_at: '2025-09-06T09:30:00',
    duration_minutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=SA',
    categories: ['bewegen-en-sport', 'natuur-en-tuin'],
    audiences: ['iedereen'],
    accessibility_note: 'Het pad over de dijk is verhard, de route door de uiterwaarden niet.',
  }),
  activity({
    id: 'jeu-de-boules',
    title: 'Jeu de boules in Hoogwaard',
    summary: 'Op maandag- en vrijdagmiddag spelen we jeu de boules op de baan bij het café.',
    description:
      'Het spel is makkelijk te leren en je hoeft er niet sterk voor te zijn. ' +
      'Ballen zijn er genoeg, dus u kunt zo aanschuiven. Bij regen zitten we binnen in het café.',
    organization_id: 'jeu-de-boules-hoogwaard',
    place_id: 'cafe-het-veerhuis',
    starts_at: '2025-09-01T14:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;BYDAY=MO,FR',
    categories: ['bewegen-en-sport', 'ontmoeting'],
    audiences: ['iedereen', 'ouderen'],
    ...access.veerhuis,
  }),
  activity({
    id: 'samen-tuinieren',
    title: 'Samen tuinieren in de buurtmoestuin',
    summary: 'Zaaien, wieden en oogsten met buren. U neemt mee wat u geoogst heeft.',
    description:
      'Iedere zaterdagochtend werken we samen in de moestuin bij boerderij De Kersenhof. ' +
      'U hoeft niets van tuinieren te weten: er is altijd iemand die het uitlegt. ' +
      'In de winter klussen we in de schuur en maken we plannen voor het nieuwe seizoen.',
    organization_id: 'buurtmoestuin-kersenhoek',
    place_id: 'boerderij-de-kersenhof',
    starts_at: '2026-03-07T10:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;BYDAY=SA',
    categories: ['natuur-en-tuin', 'ontmoeting'],
    audiences: ['iedereen'],
    ...access.boerderij,
  }),
  activity({
    id: 'buurtkamer-rietakker',
    title: 'Buurtkamer Rietakker',
    summary: 'Koffie, een spelletje en een praatje in het oude schooltje van Rietakker.',
    description:
      'Iedere donderdagmiddag is de buurtkamer open. Buren schuiven aan voor koffie, een potje rummikub of gewoon een praatje. ' +
      'Fijn als u niet zo makkelijk naar Linde komt.',
    organization_id: 'buurtkamer-rietakker',
    place_id: 'het-schooltje-rietakker',
    starts_at: '2025-10-02T14:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    categories: ['ontmoeting'],
    audiences: ['iedereen', 'ouderen'],
    cost_note: 'Koffie en thee zijn gratis. Een vrijwillige bijdrage mag.',
    ...access.schooltje,
  }),
  activity({
    id: 'voorlezen-voor-peuters',
    title: 'Voorlezen voor peuters',
    summary: 'Iedere woensdagochtend leest een vrijwilliger voor uit een prentenboek.',
    description:
      'Voor kinderen van 2 tot 4 jaar, samen met papa, mama, opa of oma. ' +
      'Na het voorlezen is er tijd om te kleuren en zelf boekjes te bekijken. Daarna kunt u meteen boeken lenen.',
    organization_id: 'bibliotheek-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2025-09-03T10:00:00',
    duration_minutes: 45,
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    categories: ['kinderen-en-gezin', 'cultuur-en-creatief'],
    audiences: ['kinderen', 'jonge-ouders'],
    ...access.bibliotheek,
  }),
  activity({
    id: 'jongereninloop',
    title: 'Jongereninloop Het Hok',
    summary: 'Voor jongeren van 12 tot 18 jaar: chillen, gamen, tafeltennis en een luisterend oor.',
    description:
      'Op vrijdagavond is de jongerenruimte in het dorpshuis open. De jongerenwerker is er altijd bij. ' +
      'Heb je een idee voor een activiteit? Zeg het, dan zetten we het samen op.',
    organization_id: 'welzijn-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-05T19:00:00',
    duration_minutes: 150,
    rrule: 'FREQ=WEEKLY;BYDAY=FR',
    categories: ['ontmoeting'],
    audiences: ['jongeren'],
    ...access.dorpshuis,
  }),
  activity({
    id: 'walking-football',
    title: 'Walking football voor 60-plussers',
    summary: 'Voetballen in wandeltempo. Niet rennen, wel lachen.',
    description:
      'Bij walking football mag je niet rennen en is er geen sliding. Zo kunt u ook op latere leeftijd veilig voetballen. ' +
      'Trek gewone sportschoenen aan. Na afloop drinken we samen koffie in de kantine.',
    organization_id: 'vv-lindewaard',
    place_id: 'sportpark-lindeweide',
    starts_at: '2025-09-04T10:00:00',
    duration_minutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    categories: ['bewegen-en-sport'],
    audiences: ['ouderen'],
    cost_amount: 2.5,
    cost_note: 'Inclusief koffie na afloop.',
    ...access.sportpark,
  }),
  activity({
    id: 'voetbal-kinderen',
    title: 'Voetbaltraining voor kinderen van 6 tot 10 jaar',
    summary: 'Kom eens meetrainen. De eerste vier keer zijn gratis, zonder lid te worden.',
    description:
      'Op woensdagmiddag trainen de jongste voetballers van Lindewaard. We oefenen met de bal en spelen kleine partijtjes. ' +
      'Neem sportkleding mee; voetbalschoenen zijn niet nodig om te beginnen.',
    organization_id: 'vv-lindewaard',
    place_id: 'sportpark-lindeweide',
    starts_at: '2025-09-03T16:00:00',
    duration_minutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    categories: ['bewegen-en-sport', 'kinderen-en-gezin'],
    audiences: ['kinderen'],
    ...access.sportpark,
  }),
  activity({
    id: 'klaverjassen',
    title: 'Klaverjassen',
    summary: 'Iedere maandagavond kaarten in het dorpshuis. Ook als u geen lid bent van de vereniging.',
    description:
      'We spelen vier rondes klaverjas en noteren de punten voor de jaarcompetitie. ' +
      'Komt u alleen? Dan zoeken we een maat voor u. In de pauze is er koffie met een plakje cake.',
    organization_id: 'seniorenvereniging-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-01T19:30:00',
    duration_minutes: 180,
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    categories: ['ontmoeting'],
    audiences: ['ouderen', 'iedereen'],
    cost_amount: 2,
    cost_note: 'Inleg per avond, koffie inbegrepen.',
    ...access.dorpshuis,
  }),
  activity({
    id: 'boodschappenrit',
    title: 'Boodschappenrit met de buurtbus',
    summary: 'Op vrijdagochtend brengt de buurtbus u naar de supermarkt en weer thuis.',
    description:
      'Kunt u zelf moeilijk boodschappen doen? De vrijwillige chauffeur haalt u thuis op en rijdt naar de supermarkt in de stad. ' +
      'U heeft ruim een uur de tijd. De chauffeur helpt met de tassen. De bus vertrekt bij het dorpshuis.',
    organization_id: 'linde-op-stap',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-05T09:30:00',
    duration_minutes: 150,
    rrule: 'FREQ=WEEKLY;BYDAY=FR',
    categories: ['hulp-en-advies'],
    audiences: ['ouderen'],
    cost_amount: 2,
    cost_note: 'Per rit, heen en terug.',
    wheelchair: true,
    accessibility_note: 'De bus heeft een lift en plaats voor één rolstoel.',
    registration_required: true,
    capacity: 8,
    registration_how: 'Bel de buurtbus: 06-00000123, uiterlijk donderdag 12.00 uur.',
    village_bus: true,
  }),
  activity({
    id: 'spreekuur-hulpdienst',
    title: 'Spreekuur Vrijwillige Hulpdienst',
    summary: 'Heeft u hulp nodig bij een klusje, of wilt u zelf helpen? Loop even binnen.',
    description:
      'Op maandagochtend zit een vrijwilliger van de hulpdienst in het dorpshuis. ' +
      'Samen kijken we wie u kan helpen met bijvoorbeeld een lamp, de tuin of een rit naar de dokter. ' +
      'Bellen mag ook, de hele week.',
    organization_id: 'hulpdienst-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-01T10:00:00',
    duration_minutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    categories: ['hulp-en-advies'],
    audiences: ['iedereen', 'ouderen'],
    ...access.dorpshuis,
  }),
  activity({
    id: 'taalpunt',
    title: 'Taalpunt: beter lezen en schrijven',
    summary: 'Wilt u beter leren lezen, schrijven of rekenen? Een vrijwilliger helpt u, in uw eigen tempo.',
    description:
      'Veel mensen vinden lezen of schrijven lastig. Dat is niets om je voor te schamen. ' +
      'In het Taalpunt oefent u met een vaste vrijwilliger, bijvoorbeeld met brieven, formulieren of de computer. Het is gratis.',
    organization_id: 'bibliotheek-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2025-09-02T19:00:00',
    duration_minutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    categories: ['leren-en-taal'],
    audiences: ['iedereen', 'nieuwkomers'],
    ...access.bibliotheek,
  }),
  activity({
    id: 'beweegwandeling-poh',
    title: 'Beweegwandeling met de praktijkondersteuner',
    summary: 'Een half uur tot drie kwartier wandelen in een rustig tempo, met de praktijkondersteuner van de huisarts.',
    description:
      'Bewegen helpt bij suikerziekte, hoge bloeddruk en somberheid. Samen gaat het makkelijker. ' +
      'We lopen vanaf het gezondheidscentrum een rondje door het dorp. U hoeft geen patiënt van de praktijk te zijn.',
    organization_id: 'huisartsenpraktijk-lindelaan',
    place_id: 'gezondheidscentrum-linde',
    starts_at: '2026-01-12T09:30:00',
    duration_minutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    categories: ['bewegen-en-sport', 'zorg-en-gezondheid'],
    audiences: ['iedereen', 'ouderen'],
    wheelchair: true,
    accessibility_note: 'Met een rollator kunt u goed mee; de route gaat over stoepen.',
  }),

  // --- every two weeks ------------------------------------------------------------------
  activity({
    id: 'peuterinloop',
    title: 'Peuterinloop',
    summary: 'Spelen, koffie drinken en vragen stellen aan de jeugdverpleegkundige.',
    description:
      'Om de week is er een inloop voor ouders met kinderen van 0 tot 4 jaar. De kinderen spelen, de ouders praten met elkaar. ' +
      'De jeugdverpleegkundige van het consultatiebureau is erbij voor vragen over slapen, eten of zindelijk worden. U hoeft geen afspraak te maken.',
    organization_id: 'consultatiebureau-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-05T09:30:00',
    duration_minutes: 90,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    categories: ['kinderen-en-gezin', 'zorg-en-gezondheid'],
    audiences: ['jonge-ouders', 'kinderen'],
    ...access.dorpshuis,
  }),
  activity({
    id: 'breiclub',
    title: 'Breiclub Steek voor Steek',
    summary: 'Om de week breien en haken we samen. Beginners zijn ook welkom.',
    description:
      'Neem uw eigen breiwerk mee, of begin met wol en naalden van de club. ' +
      'We maken ook mutsen, sjaals en dekens voor mensen die ze goed kunnen gebruiken. De thee staat klaar.',
    organization_id: 'breiclub-steek-voor-steek',
    place_id: 'het-schooltje-rietakker',
    starts_at: '2025-09-10T14:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    categories: ['cultuur-en-creatief', 'ontmoeting'],
    audiences: ['iedereen'],
    ...access.schooltje,
  }),
  activity({
    id: 'digi-spreekuur',
    title: 'Digi-spreekuur',
    summary: 'Hulp met uw telefoon, tablet, DigiD of de app van de bank.',
    description:
      'Loopt u vast op uw telefoon of computer? Neem uw apparaat mee naar het digi-spreekuur. ' +
      'Een vrijwilliger legt het rustig uit en doet het niet voor u, maar samen met u. Het is gratis en u hoeft zich niet aan te melden.',
    organization_id: 'bibliotheek-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2025-09-09T14:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    categories: ['hulp-en-advies', 'leren-en-taal'],
    audiences: ['ouderen', 'iedereen'],
    ...access.bibliotheek,
  }),
  activity({
    id: 'inloop-geldzaken',
    title: 'Inloop geldzaken',
    summary: 'Vragen over rekeningen, toeslagen of schulden? Kom langs, zonder afspraak.',
    description:
      'Om de week zit een medewerker van het geldloket in het dorpshuis. Samen kijken we naar uw post en uw geldzaken. ' +
      'Hoe eerder u komt, hoe meer we kunnen doen. Neem de brieven mee waar u vragen over heeft.',
    organization_id: 'schuldhulp-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-10T13:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    categories: ['hulp-en-advies'],
    audiences: ['iedereen'],
    ...access.dorpshuis,
  }),
  activity({
    id: 'sjoelen-en-koersbal',
    title: 'Sjoelen en koersbal',
    summary: 'Om de week een gezellige spelmiddag in het dorpshuis.',
    description:
      'We sjoelen aan vier banen en spelen koersbal op de mat. Iedereen kan meedoen, ook als u het spel nog niet kent. ' +
      'Halverwege is er koffie met iets lekkers.',
    organization_id: 'seniorenvereniging-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-11T14:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    categories: ['ontmoeting', 'bewegen-en-sport'],
    audiences: ['ouderen'],
    cost_amount: 1.5,
    cost_note: 'Inclusief koffie of thee.',
    ...access.dorpshuis,
    village_bus: true,
  }),
  activity({
    id: 'zondagsfietstocht',
    title: 'Zondagse fietstocht',
    summary: 'Om de week een fietstocht van 30 tot 40 kilometer door de Betuwe, met een koffiestop.',
    description:
      'We vertrekken bij het dorpshuis en fietsen langs boomgaarden, dijken en dorpjes in de buurt. ' +
      'Onderweg stoppen we voor koffie (voor eigen rekening). In de winter maken we een kortere tocht. Met een e-bike kunt u ook mee.',
    organization_id: 'fietsclub-zondagsfietsers',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2026-04-05T13:30:00',
    duration_minutes: 180,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU',
    categories: ['bewegen-en-sport', 'natuur-en-tuin'],
    audiences: ['iedereen'],
  }),
  activity({
    id: 'knutselmiddag',
    title: 'Knutselmiddag voor kinderen',
    summary: 'Om de week knutselen in de bibliotheek, voor kinderen van 4 tot 10 jaar.',
    description:
      'Iedere keer maken we iets anders: een lantaarn, een vogelhuisje of een kaart voor opa en oma. ' +
      'Alle spullen zijn er. Kinderen tot 6 jaar komen met een ouder.',
    organization_id: 'bibliotheek-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2025-09-17T14:00:00',
    duration_minutes: 90,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    categories: ['kinderen-en-gezin', 'cultuur-en-creatief'],
    audiences: ['kinderen'],
    cost_amount: 1,
    cost_note: 'Voor de materialen.',
    ...access.bibliotheek,
  }),

  // --- monthly --------------------------------------------------------------------------
  activity({
    id: 'eetcafe-aan-tafel',
    title: 'Eetcafé Aan Tafel',
    summary: 'Iedere laatste vrijdag van de maand samen eten: een driegangenmenu, gekookt door buren.',
    description:
      'Een groep inwoners kookt een soep, een hoofdgerecht en een toetje. U eet aan lange tafels met andere dorpsgenoten. ' +
      'Vegetarisch eten of een dieet? Zeg het bij het aanmelden. De buurtbus kan u thuis ophalen.',
    organization_id: 'eetcafe-aan-tafel',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-26T17:30:00',
    duration_minutes: 150,
    rrule: 'FREQ=MONTHLY;BYDAY=-1FR',
    categories: ['eten-en-drinken', 'ontmoeting'],
    audiences: ['iedereen', 'ouderen'],
    cost_amount: 7.5,
    cost_note: 'Drie gangen. Drinken betaalt u apart.',
    ...access.dorpshuis,
    registration_required: true,
    capacity: 40,
    registration_how: 'Bel Anja van het dorpshuis: 0345-000012, uiterlijk de woensdag ervoor.',
    village_bus: true,
  }),
  activity({
    id: 'bingomiddag',
    title: 'Bingomiddag',
    summary: 'Iedere eerste maandag van de maand bingo, met mooie prijzen.',
    description:
      'De seniorenvereniging organiseert een gezellige bingo met vijf rondes. De prijzen zijn gegeven door winkels uit het dorp. ' +
      'U hoeft geen lid te zijn. De zaal is vanaf half twee open.',
    organization_id: 'seniorenvereniging-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-01T14:00:00',
    duration_minutes: 150,
    rrule: 'FREQ=MONTHLY;BYDAY=1MO',
    categories: ['ontmoeting'],
    audiences: ['ouderen', 'iedereen'],
    cost_amount: 5,
    cost_note: 'Voor de bingokaarten. Koffie is inbegrepen.',
    ...access.dorpshuis,
    village_bus: true,
  }),
  activity({
    id: 'mantelzorgcafe',
    title: 'Mantelzorgcafé',
    summary: 'Iedere derde donderdag van de maand: even tijd voor uzelf, met andere mantelzorgers.',
    description:
      'Zorgen voor een ander is mooi, maar soms ook zwaar. In het mantelzorgcafé praat u met mensen die hetzelfde meemaken. ' +
      'Soms is er een spreker, bijvoorbeeld over dementie of over hulp in huis. De mantelzorgconsulent is er altijd bij.',
    organization_id: 'steunpunt-mantelzorg-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-18T19:30:00',
    duration_minutes: 120,
    rrule: 'FREQ=MONTHLY;BYDAY=3TH',
    categories: ['zorg-en-gezondheid', 'ontmoeting', 'hulp-en-advies'],
    audiences: ['mantelzorgers'],
    ...access.dorpshuis,
  }),
  activity({
    id: 'reparatiecafe',
    title: 'Reparatiecafé',
    summary: 'Iedere tweede zaterdag van de maand: samen kapotte spullen repareren.',
    description:
      'Neem uw kapotte lamp, stofzuiger, fiets of kledingstuk mee. Handige vrijwilligers kijken samen met u wat er mis is. ' +
      'Zo leert u er zelf ook iets van, en hoeft het niet weg. Reparaties zijn gratis; u betaalt alleen nieuwe onderdelen.',
    organization_id: 'reparatiecafe-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-13T10:00:00',
    duration_minutes: 180,
    rrule: 'FREQ=MONTHLY;BYDAY=2SA',
    categories: ['hulp-en-advies', 'ontmoeting'],
    audiences: ['iedereen'],
    cost_note: 'Gratis. Een vrijwillige bijdrage in de pot mag.',
    ...access.dorpshuis,
  }),
  activity({
    id: 'leesclub',
    title: 'Leesclub',
    summary: 'Iedere derde dinsdag van de maand praten we over een boek dat we allemaal gelezen hebben.',
    description:
      'De bibliotheek zorgt voor genoeg exemplaren van het boek. We kiezen afwisselend romans, streekverhalen en af en toe een spannend boek. ' +
      'Er is plaats voor twaalf lezers.',
    organization_id: 'leesclub-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2025-09-16T19:30:00',
    duration_minutes: 90,
    rrule: 'FREQ=MONTHLY;BYDAY=3TU',
    categories: ['cultuur-en-creatief', 'leren-en-taal'],
    audiences: ['iedereen'],
    ...access.bibliotheek,
    registration_required: true,
    capacity: 12,
    registration_how: 'Meld u aan bij de balie van de bibliotheek of mail naar leesclub.linde@example.org.',
  }),
  activity({
    id: 'soep-in-de-kerk',
    title: 'Open Huis: soep en brood in de kerk',
    summary: 'Iedere eerste woensdag van de maand eten we samen soep met brood. Iedereen is welkom.',
    description:
      'De diaconie kookt een grote pan soep. U eet mee aan tafel in de zaal naast de kerk. ' +
      'U hoeft niet naar de kerk te gaan om te komen, en u hoeft niets te betalen.',
    organization_id: 'diaconie-dorpskerk-linde',
    place_id: 'dorpskerk-linde',
    starts_at: '2025-10-01T12:00:00',
    duration_minutes: 90,
    rrule: 'FREQ=MONTHLY;BYDAY=1WE',
    categories: ['eten-en-drinken', 'ontmoeting'],
    audiences: ['iedereen'],
    cost_note: 'Gratis. Wie wil, doet iets in de collectebus.',
    ...access.kerk,
    village_bus: true,
  }),
  activity({
    id: 'meezingmiddag',
    title: 'Meezingmiddag met Harmonie Lindeklank',
    summary: 'Iedere laatste zondag van de maand zingen we bekende liedjes, met muziek van de harmonie.',
    description:
      'Oude Hollandse liedjes, smartlappen en af en toe een schlager. De teksten staan groot op het scherm. ' +
      'Het maakt niet uit of u goed kunt zingen: meedoen is wat telt. In de pauze is er koffie.',
    organization_id: 'harmonie-lindeklank',
    place_id: 'dorpskerk-linde',
    starts_at: '2025-09-28T14:30:00',
    duration_minutes: 90,
    rrule: 'FREQ=MONTHLY;BYDAY=-1SU',
    categories: ['cultuur-en-creatief', 'ontmoeting'],
    audiences: ['ouderen', 'iedereen'],
    cost_amount: 2.5,
    cost_note: 'Inclusief koffie of thee.',
    ...access.kerk,
    village_bus: true,
  }),
  activity({
    id: 'linde-van-vroeger',
    title: 'Linde van vroeger: oude foto’s kijken',
    summary: 'Iedere tweede donderdag van de maand bekijken we oude foto’s van het dorp en delen we herinneringen.',
    description:
      'De Historische Kring laat foto’s zien van straten, boerderijen en feesten van vroeger. Wie herkent wie? ' +
      'Heeft u zelf oude foto’s of verhalen? Neem ze mee, dan scannen we ze voor het archief.',
    organization_id: 'historische-kring-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2025-09-11T14:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=MONTHLY;BYDAY=2TH',
    categories: ['cultuur-en-creatief', 'ontmoeting'],
    audiences: ['ouderen'],
    ...access.bibliotheek,
    village_bus: true,
  }),
  activity({
    id: 'spreekuur-woonstichting',
    title: 'Spreekuur Woonstichting Lindehof',
    summary: 'Iedere eerste dinsdag van de maand: vragen over uw huurhuis, zonder afspraak.',
    description:
      'De wijkconsulent van Woonstichting Lindehof zit in het dorpshuis. U kunt terecht met vragen over reparaties, de huur, overlast of een aanpassing in huis. ' +
      'Ook als u wilt verhuizen naar een kleinere woning.',
    organization_id: 'woonstichting-lindehof',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-02T13:30:00',
    duration_minutes: 90,
    rrule: 'FREQ=MONTHLY;BYDAY=1TU',
    categories: ['hulp-en-advies'],
    audiences: ['iedereen'],
    ...access.dorpshuis,
  }),
  activity({
    id: 'inloop-consultatiebureau',
    title: 'Inloopspreekuur consultatiebureau',
    summary: 'Iedere tweede dinsdag van de maand: uw kindje wegen en meten, en vragen stellen.',
    description:
      'U kunt zonder afspraak binnenlopen bij de jeugdverpleegkundige. Zij weegt en meet uw kind en denkt mee over voeding, slapen en huilen. ' +
      'Neem het groeiboekje mee als u dat heeft.',
    organization_id: 'consultatiebureau-linde',
    place_id: 'gezondheidscentrum-linde',
    starts_at: '2025-09-09T09:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=MONTHLY;BYDAY=2TU',
    categories: ['kinderen-en-gezin', 'zorg-en-gezondheid'],
    audiences: ['jonge-ouders'],
    ...access.gezondheidscentrum,
  }),
  activity({
    id: 'inloop-thuiszorg',
    title: 'Inloop thuiszorg: zorg en hulpmiddelen',
    summary: 'Iedere eerste donderdag van de maand: vragen over zorg thuis en hulpmiddelen.',
    description:
      'De wijkverpleegkundige van Thuiszorg Rivierzoom beantwoordt vragen over zorg thuis, langer zelfstandig wonen en hulpmiddelen. ' +
      'Er staan ook een paar hulpmiddelen om uit te proberen, zoals een rollator en een douchestoel.',
    organization_id: 'thuiszorg-rivierzoom',
    place_id: 'gezondheidscentrum-linde',
    starts_at: '2025-10-02T10:00:00',
    duration_minutes: 90,
    rrule: 'FREQ=MONTHLY;BYDAY=1TH',
    categories: ['zorg-en-gezondheid', 'hulp-en-advies'],
    audiences: ['ouderen', 'mantelzorgers'],
    ...access.gezondheidscentrum,
  }),
  activity({
    id: 'creatieve-middag-lindebloesem',
    title: 'Creatieve middag',
    summary: 'Iedere derde woensdag van de maand maken we samen iets moois, met koffie en een praatje.',
    description:
      'De vrijwilligers van De Lindebloesem bedenken iedere maand iets nieuws: bloemschikken, kaarten maken of schilderen. ' +
      'U hoeft niet handig te zijn. Heeft u vervoer nodig? Dan rijdt de buurtbus.',
    organization_id: 'lindebloesem',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-17T14:00:00',
    duration_minutes: 120,
    rrule: 'FREQ=MONTHLY;BYDAY=3WE',
    categories: ['cultuur-en-creatief', 'ontmoeting'],
    audiences: ['ouderen'],
    cost_amount: 2,
    cost_note: 'Voor de materialen en de koffie.',
    ...access.dorpshuis,
    village_bus: true,
  }),
  activity({
    id: 'mannen-koken',
    title: 'Mannen koken',
    summary: 'Iedere tweede woensdag van de maand koken mannen samen een maaltijd, en eten die daarna op.',
    description:
      'Nooit leren koken, of alleen komen te staan? Bij Mannen koken leert u eenvoudige gerechten, onder leiding van een vrijwillige kok. ' +
      'Om zes uur schuiven we samen aan tafel. Er is plaats voor tien mannen.',
    organization_id: 'welzijn-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-10T16:00:00',
    duration_minutes: 180,
    rrule: 'FREQ=MONTHLY;BYDAY=2WE',
    categories: ['eten-en-drinken', 'leren-en-taal', 'ontmoeting'],
    audiences: ['ouderen', 'iedereen'],
    cost_amount: 5,
    cost_note: 'Voor de boodschappen.',
    ...access.dorpshuis,
    registration_required: true,
    capacity: 10,
    registration_how: 'Bel Welzijn Linde: 0345-000021, of meld u aan bij de koffieochtend.',
  }),
  activity({
    id: 'filmmiddag',
    title: 'Filmmiddag in De Linde',
    summary: 'Iedere tweede zondag van de maand een mooie film op het grote doek, met koffie in de pauze.',
    description:
      'We draaien oude en nieuwe films, vaak Nederlands of met Nederlandse ondertiteling. ' +
      'Welke film het wordt, staat een week van tevoren op het bord in het dorpshuis. De ringleiding staat aan.',
    organization_id: 'dorpshuis-de-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2025-09-14T14:00:00',
    duration_minutes: 150,
    rrule: 'FREQ=MONTHLY;BYDAY=2SU',
    categories: ['cultuur-en-creatief', 'ontmoeting'],
    audiences: ['iedereen', 'ouderen'],
    cost_amount: 4,
    cost_note: 'Inclusief koffie of thee in de pauze.',
    ...access.dorpshuis,
    village_bus: true,
  }),
  activity({
    id: 'zwerfafval-prikken',
    title: 'Zwerfafval prikken',
    summary: 'Iedere eerste zaterdag van de maand maken we samen het dorp schoon.',
    description:
      'We verzamelen bij het dorpshuis en lopen in kleine groepjes door het dorp en langs de wegen. ' +
      'Grijpers, handschoenen en zakken liggen klaar. Na afloop is er koffie en soep.',
    organization_id: 'zwerfafvalteam-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2026-01-03T10:00:00',
    duration_minutes: 90,
    rrule: 'FREQ=MONTHLY;BYDAY=1SA',
    categories: ['natuur-en-tuin'],
    audiences: ['iedereen', 'kinderen'],
  }),
  activity({
    id: 'ouderkoffie',
    title: 'Ouderkoffie op De Boomgaard',
    summary: 'Iedere eerste vrijdag van de maand: koffie voor ouders, na het brengen van de kinderen.',
    description:
      'Na het brengen van de kinderen drinken ouders samen koffie in de aula. De intern begeleider is er vaak bij voor vragen. ' +
      'Een fijne manier om andere ouders te leren kennen, zeker als u net in Linde woont.',
    organization_id: 'basisschool-de-boomgaard',
    place_id: 'basisschool-de-boomgaard',
    starts_at: '2025-09-05T08:30:00',
    duration_minutes: 60,
    rrule: 'FREQ=MONTHLY;BYDAY=1FR',
    categories: ['kinderen-en-gezin', 'ontmoeting'],
    audiences: ['jonge-ouders', 'nieuwkomers'],
    ...access.school,
  }),
  activity({
    id: 'burenkoffie-hoogwaard',
    title: 'Burenkoffie Hoogwaard',
    summary: 'Iedere eerste zondag van de maand drinken de buren van Hoogwaard samen koffie.',
    description:
      'Even bijpraten met de buren in café Het Veerhuis. Nieuwe bewoners maken hier makkelijk kennis. ' +
      'Wie hulp nodig heeft of kan bieden, kan dat hier ook kwijt.',
    organization_id: 'burenhulp-hoogwaard',
    place_id: 'cafe-het-veerhuis',
    starts_at: '2025-10-05T11:00:00',
    duration_minutes: 90,
    rrule: 'FREQ=MONTHLY;BYDAY=1SU',
    categories: ['ontmoeting'],
    audiences: ['iedereen', 'nieuwkomers'],
    cost_note: 'De eerste kop koffie is gratis.',
    ...access.veerhuis,
  }),

  // --- courses with an end date ---------------------------------------------------------
  activity({
    id: 'cursus-grip-op-je-geld',
    title: 'Cursus Grip op je geld',
    summary: 'Zes avonden over je geld op orde houden: overzicht maken, besparen en hulp vragen.',
    description:
      'In een kleine groep leert u hoe u een overzicht maakt van inkomsten en uitgaven, en hoe u achterstanden voorkomt. ' +
      'We praten ook over toeslagen en waar u hulp kunt krijgen. Wat u vertelt, blijft in de groep.',
    organization_id: 'schuldhulp-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2026-10-26T19:30:00',
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261130T235959',
    categories: ['leren-en-taal', 'hulp-en-advies'],
    audiences: ['iedereen'],
    ...access.bibliotheek,
    registration_required: true,
    capacity: 12,
    registration_how: 'Bel het geldloket: 0345-000027, of mail naar geldloket@example.org.',
  }),
  activity({
    id: 'cursus-ehbo',
    title: 'Cursus EHBO en reanimatie',
    summary: 'Leer in twaalf avonden eerste hulp geven en reanimeren, met een officieel diploma.',
    description:
      'U leert wat u moet doen bij een val, een brandwond of als iemand niet meer ademt. ' +
      'We oefenen veel, ook met de AED. De cursus eindigt met een examen. Het cursusgeld betaalt u bij de eerste les.',
    organization_id: 'ehbo-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2026-10-27T19:30:00',
    duration_minutes: 150,
    rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270119T235959',
    categories: ['zorg-en-gezondheid', 'leren-en-taal'],
    audiences: ['iedereen'],
    cost_amount: 95,
    cost_note: 'Voor de hele cursus, inclusief boek en examen. Veel zorgverzekeraars betalen het terug.',
    ...access.dorpshuis,
    registration_required: true,
    capacity: 14,
    registration_how: 'Mail naar ehbo.linde@example.org of bel 06-00000118.',
  }),
  activity({
    id: 'cursus-tablet',
    title: 'Cursus Aan de slag met je tablet',
    summary: 'In tien lessen leert u stap voor stap werken met uw tablet: foto’s, berichten en videobellen.',
    description:
      'Voor beginners die een tablet hebben, of er een willen kopen. We beginnen bij het aanzetten en gaan rustig verder. ' +
      'Er zijn twee vrijwilligers voor acht deelnemers, dus er is tijd voor uw vragen. Heeft u nog geen tablet? Dan kunt u er een lenen.',
    organization_id: 'bibliotheek-linde',
    place_id: 'bibliotheek-linde',
    starts_at: '2026-10-15T14:00:00',
    duration_minutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20261217T235959',
    categories: ['leren-en-taal'],
    audiences: ['ouderen'],
    cost_amount: 15,
    cost_note: 'Voor de hele cursus, inclusief werkboek.',
    ...access.bibliotheek,
    registration_required: true,
    capacity: 8,
    registration_how: 'Meld u aan bij de balie van de bibliotheek of bel 0345-000025.',
  }),
  activity({
    id: 'cursus-in-balans',
    title: 'Cursus In Balans: minder kans om te vallen',
    summary: 'Oefeningen voor kracht en evenwicht, zodat u minder snel valt. Tien weken, één keer per week.',
    description:
      'Een fysiotherapeut leert u oefeningen die u ook thuis kunt doen. We oefenen ook hoe u veilig opstaat als u toch gevallen bent. ' +
      'Vooraf doet u een korte test, zodat we weten wat bij u past.',
    organization_id: 'fysiotherapie-lindeweide',
    place_id: 'sporthal-de-waard',
    starts_at: '2026-02-02T10:30:00',
    duration_minutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260413T235959',
    categories: ['bewegen-en-sport', 'zorg-en-gezondheid'],
    audiences: ['ouderen'],
    cost_amount: 30,
    cost_note: 'Voor de hele cursus. Soms betaalt de zorgverzekeraar het terug.',
    ...access.sporthal,
    registration_required: true,
    capacity: 12,
    registration_how: 'Bel Fysiotherapie Lindeweide: 0345-000029.',
    village_bus: true,
  }),
  activity({
    id: 'cursus-in-balans-najaar',
    title: 'Cursus In Balans (najaar)',
    summary: 'Nieuwe groep: oefeningen voor kracht en evenwicht, zodat u minder snel valt. Tien weken, één keer per week.',
    description:
      'Dezelfde cursus als in het voorjaar, voor een nieuwe groep. Een fysiotherapeut leert u oefeningen die u ook thuis kunt doen. ' +
      'We oefenen ook hoe u veilig opstaat als u toch gevallen bent.',
    organization_id: 'fysiotherapie-lindeweide',
    place_id: 'sporthal-de-waard',
    starts_at: '2026-10-19T10:30:00',
    duration_minutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261221T235959',
    categories: ['bewegen-en-sport', 'zorg-en-gezondheid'],
    audiences: ['ouderen'],
    cost_amount: 30,
    cost_note: 'Voor de hele cursus. Soms betaalt de zorgverzekeraar het terug.',
    ...access.sporthal,
    registration_required: true,
    capacity: 12,
    registration_how: 'Bel Fysiotherapie Lindeweide: 0345-000029.',
    village_bus: true,
  }),

  // --- one-off events -------------------------------------------------------------------
  activity({
    id: 'sinterklaasmiddag-2026',
    title: 'Sinterklaasmiddag',
    summary: 'Sinterklaas en zijn pieten komen naar het dorpshuis. Voor alle kinderen tot en met 8 jaar.',
    description:
      'Met liedjes, pepernoten en voor ieder kind een klein cadeautje. Opa’s en oma’s zijn ook van harte welkom. ' +
      'Aanmelden is nodig, zodat de Sint weet hoeveel cadeautjes hij mee moet nemen.',
    organization_id: 'oranjevereniging-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2026-12-02T14:00:00',
    duration_minutes: 120,
    rrule: null,
    categories: ['kinderen-en-gezin'],
    audiences: ['kinderen', 'jonge-ouders'],
    ...access.dorpshuis,
    registration_required: true,
    capacity: 60,
    registration_how: 'Geef de naam en leeftijd van uw kind door via oranje.linde@example.org, uiterlijk 25 november.',
  }),
  activity({
    id: 'kerstmarkt-2026',
    title: 'Kerstmarkt op het Lindeplein',
    summary: 'Kraampjes, glühwein, warme chocolademelk en kerstliedjes van de harmonie.',
    description:
      'Verenigingen en inwoners verkopen kerststukjes, breiwerk, jam en cadeautjes. De opbrengst gaat naar de clubs. ' +
      'Harmonie Lindeklank speelt om vier uur. Voor de kinderen is er een knutselhoek in het dorpshuis.',
    organization_id: 'oranjevereniging-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2026-12-12T15:00:00',
    duration_minutes: 300,
    rrule: null,
    categories: ['ontmoeting', 'eten-en-drinken', 'cultuur-en-creatief'],
    audiences: ['iedereen'],
    ...access.dorpshuis,
    accessibility_note: 'Het plein is vlak en verhard. In het dorpshuis is een aangepast toilet.',
    village_bus: true,
  }),
  activity({
    id: 'kerstdiner-2026',
    title: 'Kerstdiner voor wie alleen is',
    summary: 'Op eerste kerstdag samen aan tafel, voor iedereen die de kerst niet alleen wil doorbrengen.',
    description:
      'De diaconie en vrijwilligers uit het dorp koken een feestelijk kerstdiner. Er is muziek en er wordt een kerstverhaal verteld. ' +
      'U hoeft niet naar de kerk te gaan om te komen. De buurtbus haalt u thuis op en brengt u weer terug.',
    organization_id: 'diaconie-dorpskerk-linde',
    place_id: 'dorpskerk-linde',
    starts_at: '2026-12-25T17:00:00',
    duration_minutes: 180,
    rrule: null,
    categories: ['eten-en-drinken', 'ontmoeting'],
    audiences: ['iedereen', 'ouderen'],
    cost_note: 'Gratis. Een vrijwillige bijdrage mag.',
    ...access.kerk,
    registration_required: true,
    capacity: 50,
    registration_how: 'Bel de diaconie: 0345-000032, uiterlijk 18 december.',
    village_bus: true,
  }),
  activity({
    id: 'nieuwjaarsborrel-2027',
    title: 'Nieuwjaarsborrel voor het hele dorp',
    summary: 'Proost op het nieuwe jaar met uw dorpsgenoten, met een drankje en oliebollen.',
    description:
      'Het dorpshuis nodigt alle inwoners van Linde en de buurtschappen uit. De voorzitter blikt kort terug en vooruit. ' +
      'Daarna is er tijd om elkaar een goed nieuwjaar te wensen.',
    organization_id: 'dorpshuis-de-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2027-01-10T15:00:00',
    duration_minutes: 120,
    rrule: null,
    categories: ['ontmoeting', 'eten-en-drinken'],
    audiences: ['iedereen'],
    ...access.dorpshuis,
    village_bus: true,
  }),
  activity({
    id: 'informatieavond-langer-thuis-wonen',
    title: 'Informatieavond: langer thuis wonen',
    summary: 'Wat kunt u regelen om prettig en veilig in uw eigen huis te blijven wonen?',
    description:
      'De woonstichting, het wijkteam en de thuiszorg vertellen over aanpassingen in huis, hulp bij het huishouden en slimme hulpmiddelen. ' +
      'Daarna kunt u vragen stellen. U hoeft zich niet aan te melden.',
    organization_id: 'woonstichting-lindehof',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2027-02-11T19:30:00',
    duration_minutes: 120,
    rrule: null,
    categories: ['hulp-en-advies', 'zorg-en-gezondheid'],
    audiences: ['ouderen', 'mantelzorgers'],
    ...access.dorpshuis,
    village_bus: true,
  }),
  activity({
    id: 'toneelvoorstelling-2027',
    title: 'Toneel: Het huis aan de dijk',
    summary: 'De Dijkspelers spelen een nieuw blijspel over een familie die een oud huis aan de rivier erft.',
    description:
      'Een vrolijke voorstelling over ruzie, verrassingen en een geheim in de kelder. ' +
      'De zaal gaat om half acht open. Kaartjes kunt u vooraf kopen; als er plaats is, ook aan de deur.',
    organization_id: 'toneelvereniging-dijkspelers',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2027-03-13T20:00:00',
    duration_minutes: 150,
    rrule: null,
    categories: ['cultuur-en-creatief'],
    audiences: ['iedereen'],
    cost_amount: 10,
    cost_note: 'Inclusief een kop koffie in de pauze. Kinderen tot 12 jaar betalen € 5,00.',
    ...access.dorpshuis,
    registration_required: true,
    capacity: 120,
    registration_how: 'Kaartjes bij het dorpshuis of via dijkspelers@example.org.',
  }),
  activity({
    id: 'klusdag-moestuin-2027',
    title: 'Klusdag in de buurtmoestuin',
    summary: 'We maken de moestuin klaar voor het nieuwe seizoen. Iedereen kan een handje helpen.',
    description:
      'We bouwen nieuwe bakken, spitten de bedden om en zaaien de eerste groente. Er zijn klusjes voor sterke en minder sterke handen. ' +
      'Tussen de middag eten we samen soep.',
    organization_id: 'buurtmoestuin-kersenhoek',
    place_id: 'boerderij-de-kersenhof',
    starts_at: '2027-03-20T10:00:00',
    duration_minutes: 300,
    rrule: null,
    categories: ['natuur-en-tuin', 'ontmoeting'],
    audiences: ['iedereen', 'kinderen'],
    ...access.boerderij,
  }),
  activity({
    id: 'voorjaarsfietstocht-2027',
    title: 'Voorjaarsfietstocht langs de bloesem',
    summary: 'Een tocht van 45 kilometer langs de bloeiende boomgaarden van de Betuwe.',
    description:
      'We fietsen in rustig tempo en stoppen onderweg bij een fruitteler voor koffie met appeltaart. ' +
      'Er gaat een bezemwagen mee, voor het geval uw fiets of uw benen het laten afweten.',
    organization_id: 'fietsclub-zondagsfietsers',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2027-04-18T10:00:00',
    duration_minutes: 300,
    rrule: null,
    categories: ['bewegen-en-sport', 'natuur-en-tuin'],
    audiences: ['iedereen'],
    cost_amount: 6,
    cost_note: 'Inclusief koffie met appeltaart onderweg.',
    registration_required: true,
    capacity: 40,
    registration_how: 'Mail naar zondagsfietsers@example.org of bel 06-00000136.',
  }),
  activity({
    id: 'koningsdag-2027',
    title: 'Koningsdag: vrijmarkt en kinderspelen',
    summary: 'Een vrijmarkt op het Lindeplein, spelletjes voor de kinderen en muziek van de harmonie.',
    description:
      'Vanaf negen uur mag iedereen gratis spullen verkopen op de vrijmarkt. Om tien uur beginnen de kinderspelen. ' +
      'Harmonie Lindeklank speelt rond het middaguur. Op het terras van het dorpshuis is koffie en oranjegebak.',
    organization_id: 'oranjevereniging-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2027-04-27T09:00:00',
    duration_minutes: 360,
    rrule: null,
    categories: ['ontmoeting', 'kinderen-en-gezin'],
    audiences: ['iedereen', 'kinderen'],
    ...access.dorpshuis,
  }),
  activity({
    id: 'open-dag-kersenhof-2027',
    title: 'Open dag op boerderij De Kersenhof',
    summary: 'Kijk rond op de boerderij en in de buurtmoestuin, en proef van de eerste oogst.',
    description:
      'De boer vertelt over de fruitteelt en de kinderen mogen de kalfjes zien. In de moestuin kunt u plantjes kopen. ' +
      'Er is limonade en koffie.',
    organization_id: 'buurtmoestuin-kersenhoek',
    place_id: 'boerderij-de-kersenhof',
    starts_at: '2027-05-22T11:00:00',
    duration_minutes: 300,
    rrule: null,
    categories: ['natuur-en-tuin', 'kinderen-en-gezin'],
    audiences: ['iedereen', 'kinderen'],
    ...access.boerderij,
  }),
  activity({
    id: 'dagtocht-senioren-2027',
    title: 'Dagtocht voor senioren',
    summary: 'Met de bus een dag uit: een boottocht over de rivier, lunch en een bezoek aan een kaasboerderij.',
    description:
      'De seniorenvereniging organiseert haar jaarlijkse dagtocht. We vertrekken om negen uur bij het dorpshuis en zijn rond vijf uur terug. ' +
      'De bus is geschikt voor rollators; er gaan vrijwilligers mee die helpen.',
    organization_id: 'seniorenvereniging-linde',
    place_id: 'dorpshuis-de-linde',
    starts_at: '2027-06-10T09:00:00',
    duration_minutes: 480,
    rrule: null,
    categories: ['ontmoeting', 'cultuur-en-creatief'],
    audiences: ['ouderen'],
    cost_amount: 37.5,
    cost_note: 'Inclusief de bus, de boottocht, koffie en lunch.',
    accessibility_note: 'Een rollator kan mee. Met een rolstoel: overleg het eerst even.',
    registration_required: true,
    capacity: 45,
    registration_how: 'Geef u op bij de seniorenvereniging: 06-00000112, vóór 15 mei.',
  }),
  activity({
    id: 'buurtfeest-hoogwaard-2027',
    title: 'Buurtfeest Hoogwaard',
    summary: 'Een zomerse middag en avond met spelletjes, een barbecue en muziek aan de dijk.',
    description:
      'Burenhulp Hoogwaard nodigt alle buren uit, jong en oud. Voor de kinderen is er een springkussen, voor de groten een jeu-de-boulestoernooi. ' +
      'Neem een salade of toetje mee om te delen; het vlees en de groenteburgers zijn er.',
    organization_id: 'burenhulp-hoogwaard',
    place_id: 'cafe-het-veerhuis',
    starts_at: '2027-06-19T16:00:00',
    duration_minutes: 300,
    rrule: null,
    categories: ['ontmoeting', 'eten-en-drinken'],
    audiences: ['iedereen'],
    cost_amount: 5,
    cost_note: 'Per volwassene. Kinderen eten gratis mee.',
    ...access.veerhuis,
  }),
];

const exceptions: ActivityExceptionRow[] = [
  // Skipped: holidays and breaks.
  skipped('koffieochtend-dorpshuis', '2026-12-29T10:00:00', kerstvakantie),
  skipped('koffieochtend-dorpshuis', '2027-04-27T10:00:00', 'Geen koffieochtend op Koningsdag. Kom naar de vrijmarkt!'),
  skipped('gym-voor-senioren', '2026-12-30T09:30:00', kerstvakantie),
  skipped('gym-voor-senioren', '2027-07-07T09:30:00', zomerstop),
  skipped('gym-voor-senioren', '2027-07-14T09:30:00', zomerstop),
  skipped('gym-voor-senioren', '2027-07-21T09:30:00', zomerstop),
  skipped('gym-voor-senioren', '2027-07-28T09:30:00', zomerstop),
  skipped('taalcafe', '2026-12-24T10:00:00', kerstvakantie),
  skipped('taalcafe', '2026-12-31T10:00:00', kerstvakantie),
  skipped('spreekuur-wijkteam', '2026-12-24T09:00:00', 'Geen spreekuur op kerstavond. Bel bij spoed 0345-000020.'),
  skipped('spreekuur-wijkteam', '2026-12-31T09:00:00', 'Geen spreekuur op oudejaarsdag. Bel bij spoed 0345-000020.'),
  skipped('huiswerkbegeleiding', '2026-12-28T15:30:00', kerstvakantie),
  skipped('huiswerkbegeleiding', '2026-12-30T15:30:00', kerstvakantie),
  skipped('huiswerkbegeleiding', '2027-03-29T15:30:00', 'Geen huiswerkbegeleiding op Tweede Paasdag.'),
  skipped('klaverjassen', '2026-12-28T19:30:00', kerstvakantie),
  skipped('klaverjassen', '2027-03-29T19:30:00', 'Geen klaverjassen op Tweede Paasdag.'),
  skipped('spreekuur-hulpdienst', '2027-03-29T10:00:00', 'Geen spreekuur op Tweede Paasdag.'),
  skipped('boodschappenrit', '2026-12-25T09:30:00', 'Eerste kerstdag: de winkels zijn dicht.'),
  skipped('boodschappenrit', '2027-01-01T09:30:00', 'Nieuwjaarsdag: de winkels zijn dicht.'),
  skipped('peuterinloop', '2026-12-25T09:30:00', kerstvakantie),
  skipped('jongereninloop', '2026-12-25T19:00:00', 'Eerste kerstdag: Het Hok is dicht.'),
  skipped('jongereninloop', '2027-01-01T19:00:00', 'Nieuwjaarsdag: Het Hok is dicht.'),
  skipped('meezingmiddag', '2026-12-27T14:30:00', 'In december zingen we op de kerstmarkt mee.'),
  skipped('reparatiecafe', '2027-07-10T10:00:00', zomerstop),
  skipped('cursus-ehbo', '2026-12-29T19:30:00', 'Geen les in de kerstvakantie. De cursus loopt daarom een week langer door.'),
  skipped('cursus-in-balans', '2026-04-06T10:30:00', 'Geen les op Tweede Paasdag. De cursus loopt een week langer door.'),
  skipped('voetbal-kinderen', '2026-12-30T16:00:00', kerstvakantie),
  skipped('jeu-de-boules', '2027-03-29T14:00:00', 'Geen jeu de boules op Tweede Paasdag.'),

  // Cancelled single occurrences.
  cancelled('gym-voor-senioren', '2026-12-09T09:30:00', 'Vervalt wegens ziekte van de leiding. Volgende week gaan we gewoon door.'),
  cancelled('walking-football', '2027-01-14T10:00:00', 'Vervalt wegens ziekte van de trainer.'),
  cancelled('peuterinloop', '2026-12-11T09:30:00', 'Vervalt: de jeugdverpleegkundige is die dag op cursus.'),
  cancelled('linde-van-vroeger', '2027-01-14T14:00:00', 'Vervalt: de zaal in de bibliotheek wordt opgeknapt.'),

  // Moved occurrences.
  moved(
    'eetcafe-aan-tafel',
    '2026-12-25T17:30:00',
    '2026-12-18T17:30:00',
    'Kerstdiner een week eerder, op vrijdag 18 december, omdat de laatste vrijdag eerste kerstdag is.',
  ),
  moved(
    'mantelzorgcafe',
    '2026-12-17T19:30:00',
    '2026-12-17T14:00:00',
    'In december houden we een kerstmiddag: van 14.00 tot 16.00 uur, met iets lekkers.',
  ),
  moved(
    'bingomiddag',
    '2027-01-04T14:00:00',
    '2027-01-11T14:00:00',
    'De nieuwjaarsbingo is een week later, op maandag 11 januari.',
  ),
  moved(
    'leesclub',
    '2026-12-15T19:30:00',
    '2026-12-16T19:30:00',
    'Een dag later, op woensdag 16 december, omdat de bibliotheek dinsdag een andere activiteit heeft.',
  ),
];

const registrations: ActivityRegistrationRow[] = [
  { activity_id: 'eetcafe-aan-tafel', original_starts_at: '2026-11-27T17:30:00', places_taken: 31 },
  { activity_id: 'eetcafe-aan-tafel', original_starts_at: '2026-12-25T17:30:00', places_taken: 38 },
  { activity_id: 'eetcafe-aan-tafel', original_starts_at: '2027-01-29T17:30:00', places_taken: 9 },
  { activity_id: 'boodschappenrit', original_starts_at: '2026-12-04T09:30:00', places_taken: 6 },
  { activity_id: 'boodschappenrit', original_starts_at: '2026-12-11T09:30:00', places_taken: 8 },
  { activity_id: 'boodschappenrit', original_starts_at: '2026-12-18T09:30:00', places_taken: 5 },
  { activity_id: 'cursus-ehbo', original_starts_at: '2026-12-01T19:30:00', places_taken: 14 },
  { activity_id: 'cursus-ehbo', original_starts_at: '2026-12-08T19:30:00', places_taken: 14 },
  { activity_id: 'cursus-ehbo', original_starts_at: '2026-12-15T19:30:00', places_taken: 13 },
  { activity_id: 'cursus-tablet', original_starts_at: '2026-12-03T14:00:00', places_taken: 8 },
  { activity_id: 'cursus-tablet', original_starts_at: '2026-12-10T14:00:00', places_taken: 7 },
  { activity_id: 'mannen-koken', original_starts_at: '2026-12-09T16:00:00', places_taken: 10 },
  { activity_id: 'leesclub', original_starts_at: '2026-12-15T19:30:00', places_taken: 11 },
  { activity_id: 'cursus-in-balans-najaar', original_starts_at: '2026-12-07T10:30:00', places_taken: 12 },
  { activity_id: 'cursus-in-balans-najaar', original_starts_at: '2026-12-14T10:30:00', places_taken: 11 },
  { activity_id: 'sinterklaasmiddag-2026', original_starts_at: '2026-12-02T14:00:00', places_taken: 47 },
  { activity_id: 'kerstdiner-2026', original_starts_at: '2026-12-25T17:00:00', places_taken: 34 },
];

export const demoNetwork: DemoNetwork = {
  network,
  villages,
  categories,
  audiences,
  organizations,
  places,
  activities,
  exceptions,
  registrations,
};
