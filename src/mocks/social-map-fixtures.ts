/**
 * The sociale kaart of the fictional network "Samen Linde" (Linde and its buurtschappen
 * Hoogwaard, Rietakker and Kersenhoek), typed from the contract. "Laatst gecontroleerd"
 * dates are relative to today, so one entry is always more than a year old.
 */
import type { components } from '../../contract/types.ts';
import { addDays, todayKey, TIME_ZONE } from '../core/dates.ts';
import { DEFAULT_SYNONYMS_NL } from '../../common/search/synonyms.ts';

type Schemas = components['schemas'];
type Service = Schemas['SocialMapService'];
type Category = Schemas['ServiceCategory'];

const top = (id: string, name: string, description: string, children: [string, string, string][] = []): Category => ({
  id,
  name,
  description,
  children: children.map(([cid, cname, cdesc]) => ({ id: cid, name: cname, description: cdesc, children: [] })),
});

export const serviceCategories: Category[] = [
  top('geldzorgen-en-schulden', 'Geldzorgen en schulden', 'Rekeningen, schulden, formulieren en rondkomen.', [
    ['schulden', 'Schulden', 'Rekeningen die blijven liggen, aanmaningen, een deurwaarder.'],
    ['formulieren-en-post', 'Formulieren en post', 'Brieven begrijpen, toeslagen, belastingaangifte.'],
  ]),
  top('eenzaamheid-en-ontmoeting', 'Eenzaamheid en ontmoeting', 'Mensen ontmoeten, iemand om mee te praten.', [
    ['bezoek-aan-huis', 'Bezoek aan huis', 'Een vrijwilliger die langskomt.'],
  ]),
  top('mantelzorg', 'Mantelzorg', 'Steun voor wie zorgt voor een naaste.'),
  top('wonen-klussen-en-tuin', 'Wonen, klussen en tuin', 'Hulp in en om het huis.', [
    ['hulp-in-de-tuin', 'Hulp in de tuin', 'Snoeien, gras maaien, onkruid.'],
  ]),
  top('zorg-en-ondersteuning', 'Zorg en ondersteuning', 'Zorg thuis, de Wmo, zorgen in een gezin.'),
  top('opvoeding-en-gezin', 'Opvoeding en gezin', 'Vragen over kinderen, opvoeden en het gezin.'),
  top('taal-en-digitaal', 'Taal en digitaal', 'Nederlands leren, lezen en schrijven, computer en telefoon.'),
  top('vervoer', 'Vervoer', 'Ergens heen kunnen zonder eigen auto.'),
];

const ref = (id: string): Service['categories'][number] => {
  for (const c of serviceCategories) {
    if (c.id === id) return { id, name: c.name };
    const child = c.children.find((x) => x.id === id);
    if (child) return { id, name: child.name, parent: c.id };
  }
  throw new Error(`unknown category ${id}`);
};
/** Most specific first, the parent after it (as the contract says). */
const cats = (...ids: string[]) => {
  const out = ids.map(ref);
  for (const c of [...out]) if (c.parent && !out.some((o) => o.id === c.parent)) out.push(ref(c.parent));
  return out;
};

const org = {
  wijkteam: { id: 'sociaal-wijkteam-linde', name: 'Sociaal Wijkteam Linde', kind: 'professional' },
  geldloket: { id: 'schuldhulp-linde', name: 'Geldloket Linde', kind: 'professional' },
  welzijn: { id: 'welzijn-linde', name: 'Welzijn Linde', kind: 'professional' },
  mantelzorg: { id: 'steunpunt-mantelzorg-linde', name: 'Steunpunt Mantelzorg Linde', kind: 'professional' },
  bibliotheek: { id: 'bibliotheek-linde', name: 'Bibliotheek Linde', kind: 'professional' },
  hulpdienst: { id: 'hulpdienst-linde', name: 'Vrijwillige Hulpdienst Linde', kind: 'volunteer' },
  taalmaatjes: { id: 'taalmaatjes-linde', name: 'Taalmaatjes Linde', kind: 'volunteer' },
  reparatiecafe: { id: 'reparatiecafe-linde', name: 'Reparatiecafé Linde', kind: 'volunteer' },
  opStap: { id: 'linde-op-stap', name: 'Linde op Stap', kind: 'volunteer' },
  burenhulp: { id: 'burenhulp-hoogwaard', name: 'Burenhulp Hoogwaard', kind: 'resident-initiative' },
  buurtkamer: { id: 'buurtkamer-rietakker', name: 'Buurtkamer Rietakker', kind: 'resident-initiative' },
  moestuin: { id: 'buurtmoestuin-kersenhoek', name: 'Buurtmoestuin Kersenhoek', kind: 'resident-initiative' },
} satisfies Record<string, Schemas['ServiceOrganizationRef']>;

const dorpshuis: Schemas['Address'] = { street: 'Lindeplein 1', postalCode: '4151 AB', locality: 'Linde' };
const bieb: Schemas['Address'] = { street: 'Kerkstraat 12', postalCode: '4151 AC', locality: 'Linde' };
const ALL = ['linde', 'hoogwaard', 'rietakker', 'kersenhoek'];
const h = (weekday: number, opens: string, closes: string, note?: string): Schemas['OpeningHours'] =>
  note ? { weekday, opens, closes, note } : { weekday, opens, closes };

/** Defaults every service shares; each entry below says what is its own. */
function service(s: Partial<Service> & Pick<Service, 'id' | 'name' | 'organization' | 'description' | 'kind' | 'categories'>): Service {
  return {
    villages: ALL,
    eligibility: 'Iedereen die in Linde of de buurtschappen woont.',
    fees: 'Gratis',
    free: true,
    referralRequired: false,
    applicationProcess: 'Bel of mail, of kom langs op het spreekuur.',
    contact: {},
    openingHours: [],
    byAppointment: false,
    languages: ['nl'],
    assuredDate: addDays(todayKey(), -40),
    ...s,
  };
}

export const socialMapServices: Service[] = [
  service({
    id: 'spreekuur-sociaal-wijkteam',
    name: 'Spreekuur sociaal wijkteam',
    organization: org.wijkteam,
    description: 'Voor vragen over zorg, geld, wonen en opvoeden, en als u niet weet waar u moet beginnen.',
    kind: 'professional',
    categories: cats('zorg-en-ondersteuning', 'opvoeding-en-gezin'),
    eligibility: 'Alle inwoners, ook als u iets vraagt voor een ander.',
    applicationProcess: 'Loop binnen op het spreekuur of bel voor een afspraak thuis (keukentafelgesprek).',
    contact: { phone: '0345 000 020', email: 'wijkteam.linde@example.org', website: 'https://wijkteam-linde.example.org' },
    address: dorpshuis,
    openingHours: [h(2, '13:00', '15:00'), h(4, '09:00', '11:00')],
    byAppointment: true,
    keywords: ['wmo', 'keukentafelgesprek', 'huiselijk geweld', 'zorgen over iemand'],
  }),
  service({
    id: 'schuldhulpverlening',
    name: 'Schuldhulpverlening',
    organization: org.geldloket,
    description: 'Een schuldhulpverlener zoekt met u uit hoe u van uw schulden afkomt.',
    kind: 'professional',
    categories: cats('schulden'),
    eligibility: 'Inwoners met schulden of betalingsachterstanden.',
    applicationProcess: 'Bel het Geldloket; u krijgt binnen drie werkdagen een eerste gesprek.',
    contact: { phone: '0345 000 030', email: 'geldloket@example.org' },
    address: dorpshuis,
    openingHours: [h(1, '09:00', '12:00'), h(3, '13:00', '16:00')],
    byAppointment: true,
    keywords: ['deurwaarder', 'aanmaning', 'budgetbeheer'],
  }),
  service({
    id: 'schuldhulpmaatje',
    name: 'Schuldhulpmaatje',
    organization: org.geldloket,
    description: 'Een getrainde vrijwilliger helpt u uw geldzaken weer op orde te krijgen, samen met het Geldloket.',
    kind: 'both',
    categories: cats('schulden', 'formulieren-en-post'),
    eligibility: 'Inwoners die hulp willen bij rekeningen en post, ook zonder grote schulden.',
    applicationProcess: 'Meld u aan bij het Geldloket; binnen twee weken belt een maatje u.',
    contact: { phone: '0345 000 031', website: 'https://schuldhulpmaatje.example.org' },
    byAppointment: true,
  }),
  service({
    id: 'formulierenhulp',
    name: 'Hulp bij formulieren',
    organization: org.hulpdienst,
    description: 'Vrijwilligers helpen met brieven, toeslagen en de belastingaangifte.',
    kind: 'informal',
    categories: cats('formulieren-en-post'),
    applicationProcess: 'Kom langs in de bibliotheek en neem uw papieren mee.',
    contact: { phone: '0345 000 040', email: 'hulpdienst@example.org' },
    address: bieb,
    openingHours: [h(1, '10:00', '12:00', 'Niet in de schoolvakanties')],
    assuredDate: addDays(todayKey(), -500),
  }),
  service({
    id: 'algemeen-maatschappelijk-werk',
    name: 'Algemeen maatschappelijk werk',
    organization: org.welzijn,
    description: 'Een maatschappelijk werker helpt bij problemen thuis, met geld, werk of verdriet.',
    kind: 'professional',
    categories: cats('zorg-en-ondersteuning', 'opvoeding-en-gezin'),
    eligibility: 'Alle inwoners vanaf 18 jaar.',
    applicationProcess: 'Bel voor een afspraak. U kunt ook via de huisarts of het wijkteam komen.',
    contact: { phone: '0345 000 050', email: 'amw@welzijnlinde.example.org' },
    address: dorpshuis,
    byAppointment: true,
    keywords: ['rouw', 'ruzie', 'scheiding', 'verdriet'],
  }),
  service({
    id: 'maatje-voor-ouderen',
    name: 'Maatje voor ouderen',
    organization: org.welzijn,
    description: 'Een vaste vrijwilliger komt iedere week op bezoek voor een praatje of een wandeling.',
    kind: 'informal',
    categories: cats('bezoek-aan-huis'),
    eligibility: 'Ouderen die zich alleen voelen, in Linde en de buurtschappen.',
    applicationProcess: 'Bel Welzijn Linde; een coördinator komt eerst kennismaken.',
    contact: { phone: '0345 000 051', email: 'maatjes@welzijnlinde.example.org' },
    byAppointment: true,
    keywords: ['eenzaam', 'bezoek', 'wandelen'],
  }),
  service({
    id: 'inloop-buurtkamer-rietakker',
    name: 'Inloop met koffie',
    organization: org.buurtkamer,
    description: 'Iedere woensdagochtend staat de koffie klaar; u bent welkom zonder af te spreken.',
    kind: 'informal',
    categories: cats('eenzaamheid-en-ontmoeting'),
    villages: ['rietakker'],
    eligibility: 'Iedereen, jong en oud.',
    applicationProcess: 'Loop gewoon binnen.',
    contact: { phone: '06 1234 5678' },
    address: { street: 'Rietweg 3', postalCode: '4152 RA', locality: 'Rietakker' },
    openingHours: [h(3, '10:00', '12:00')],
  }),
  service({
    id: 'samen-tuinieren-kersenhoek',
    name: 'Samen tuinieren in de buurtmoestuin',
    organization: org.moestuin,
    description: 'Buren tuinieren samen en delen de oogst; ook wie weinig kan bewegen doet mee.',
    kind: 'informal',
    categories: cats('eenzaamheid-en-ontmoeting'),
    villages: ['kersenhoek'],
    applicationProcess: 'Kom op zaterdagochtend langs bij de moestuin.',
    contact: { email: 'moestuin.kersenhoek@example.org' },
    address: { street: 'Kersenlaan 20', postalCode: '4153 KH', locality: 'Kersenhoek' },
    openingHours: [h(6, '10:00', '12:00', 'Van maart tot en met oktober')],
  }),
  service({
    id: 'burenhulp-hoogwaard',
    name: 'Burenhulp: klusjes en boodschappen',
    organization: org.burenhulp,
    description: 'Buren helpen elkaar met een klusje, de boodschappen of een ritje.',
    kind: 'informal',
    categories: cats('wonen-klussen-en-tuin', 'vervoer'),
    villages: ['hoogwaard'],
    applicationProcess: 'Bel of app de coördinator; die zoekt een buur die kan helpen.',
    contact: { phone: '06 8765 4321' },
    byAppointment: true,
  }),
  service({
    id: 'tuinhulp',
    name: 'Tuinhulp voor ouderen',
    organization: org.hulpdienst,
    description: 'Vrijwilligers maaien het gras, snoeien de heg en houden de tuin netjes.',
    kind: 'informal',
    categories: cats('hulp-in-de-tuin'),
    eligibility: 'Ouderen en mensen met een beperking die het zelf niet meer kunnen.',
    fees: '€ 5 per keer, voor benzine en gereedschap',
    free: false,
    applicationProcess: 'Bel de hulpdienst op maandag- of woensdagochtend.',
    contact: { phone: '0345 000 040', email: 'hulpdienst@example.org' },
    openingHours: [h(1, '09:00', '12:00'), h(3, '09:00', '12:00')],
    keywords: ['gras maaien', 'heg knippen'],
  }),
  service({
    id: 'reparatiecafe',
    name: 'Reparatiecafé',
    organization: org.reparatiecafe,
    description: 'Samen met handige vrijwilligers repareert u kapotte spullen, van lamp tot broek.',
    kind: 'informal',
    categories: cats('wonen-klussen-en-tuin'),
    fees: 'Gratis; een vrijwillige bijdrage mag',
    applicationProcess: 'Kom langs met wat kapot is.',
    contact: { website: 'https://reparatiecafe-linde.example.org' },
    address: dorpshuis,
    openingHours: [h(6, '10:00', '13:00', 'Alleen de eerste zaterdag van de maand')],
  }),
  service({
    id: 'steunpunt-mantelzorg',
    name: 'Steun voor mantelzorgers',
    organization: org.mantelzorg,
    description: 'Een mantelzorgconsulent denkt mee als de zorg voor een naaste u zwaar valt.',
    kind: 'professional',
    categories: cats('mantelzorg'),
    eligibility: 'Iedereen die zorgt voor een partner, ouder, kind of buur.',
    applicationProcess: 'Bel of mail; een consulent komt bij u thuis.',
    contact: { phone: '0345 000 060', email: 'mantelzorg@example.org' },
    address: dorpshuis,
    openingHours: [h(1, '09:00', '12:00'), h(4, '13:00', '16:00')],
    byAppointment: true,
    keywords: ['overbelast', 'respijt'],
  }),
  service({
    id: 'logeeropvang',
    name: 'Logeeropvang en respijtzorg',
    organization: org.mantelzorg,
    description: 'Uw naaste logeert een paar dagen ergens anders, zodat u als mantelzorger even kunt rusten.',
    kind: 'professional',
    categories: cats('mantelzorg', 'zorg-en-ondersteuning'),
    eligibility: 'Mantelzorgers van iemand met een indicatie.',
    fees: 'Eigen bijdrage via de Wmo',
    free: false,
    referralRequired: true,
    applicationProcess: 'Vraag het aan via het sociaal wijkteam (Wmo-indicatie).',
    contact: { phone: '0345 000 061' },
    byAppointment: true,
  }),
  service({
    id: 'taalmaatje',
    name: 'Taalmaatje',
    organization: org.taalmaatjes,
    description: 'Een vrijwilliger oefent ieder week met u Nederlands praten, lezen en schrijven.',
    kind: 'informal',
    categories: cats('taal-en-digitaal'),
    eligibility: 'Volwassenen die beter Nederlands willen leren.',
    applicationProcess: 'Meld u aan bij de bibliotheek of bel de coördinator.',
    contact: { phone: '0345 000 070', email: 'taalmaatjes@example.org' },
    address: bieb,
    byAppointment: true,
    languages: ['nl', 'en', 'ar'],
  }),
  service({
    id: 'digi-spreekuur',
    name: 'Digi-spreekuur',
    organization: org.bibliotheek,
    description: 'Vrijwilligers helpen met uw telefoon, tablet, DigiD en e-mail.',
    kind: 'both',
    categories: cats('taal-en-digitaal'),
    applicationProcess: 'Loop binnen en neem uw telefoon of tablet mee.',
    contact: { phone: '0345 000 080', website: 'https://bibliotheeklinde.example.org/digi' },
    address: bieb,
    openingHours: [h(4, '14:00', '16:00')],
  }),
  service({
    id: 'dorpsbus',
    name: 'De dorpsbus van Linde op Stap',
    organization: org.opStap,
    description: 'Vrijwillige chauffeurs brengen u naar de dokter, het ziekenhuis of een activiteit.',
    kind: 'informal',
    categories: cats('vervoer'),
    eligibility: 'Inwoners die niet zelf kunnen rijden of fietsen; er is plaats voor een rolstoel.',
    fees: '€ 1,50 per rit',
    free: false,
    applicationProcess: 'Bel minstens twee dagen van tevoren.',
    contact: { phone: '0345 123 456', email: 'activiteitencommissie.dorpshuisdelinde@samenlinde.example' },
    openingHours: [h(1, '09:00', '12:00'), h(2, '09:00', '12:00'), h(3, '09:00', '12:00'), h(4, '09:00', '12:00'), h(5, '09:00', '12:00')],
    keywords: ['ziekenhuis', 'rolstoel'],
  }),
  service({
    id: 'opvoedspreekuur',
    name: 'Opvoedspreekuur',
    organization: org.wijkteam,
    description: 'Een jeugd- en gezinswerker praat met u over opvoeden, ruzie of zorgen over uw kind.',
    kind: 'professional',
    categories: cats('opvoeding-en-gezin'),
    eligibility: 'Ouders en verzorgers van kinderen tot 23 jaar.',
    applicationProcess: 'Bel of mail voor een afspraak.',
    contact: { phone: '0345 000 021', email: 'gezin.linde@example.org' },
    byAppointment: true,
  }),
].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

export const socialMap: Schemas['SocialMap'] = {
  version: 1,
  updatedAt: '2026-11-20T10:00:00+01:00',
  timezone: TIME_ZONE,
  categories: serviceCategories,
  villages: [
    { id: 'linde', name: 'Linde', kind: 'kern' },
    { id: 'hoogwaard', name: 'Hoogwaard', kind: 'buurtschap' },
    { id: 'rietakker', name: 'Rietakker', kind: 'buurtschap' },
    { id: 'kersenhoek', name: 'Kersenhoek', kind: 'buurtschap' },
  ],
  synonyms: DEFAULT_SYNONYMS_NL.map((g) => [...g]),
  services: socialMapServices,
};
