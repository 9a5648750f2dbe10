// Volunteer work (vrijwilligerswerk) in the demo network "Samen Linde": made up, like
// everything in ./demo-network.ts, in plain Dutch. Work tied to a recurring activity has
// that activity's occurrences as its shifts; the rest is ongoing ("maatje", "klussen").
//
// The rows have the shape of the tables in server/db/migrations/007_volunteering.sql.
import type { VolunteerOpportunityRow } from '../volunteering/repository.ts';
import type { TermRow } from './demo-network.ts';

export interface PrivacyNoticeRow {
  version: string;
  why: string;
  who: string;
  how_long: string;
  published_at: string;
}

export const volunteerKinds: TermRow[] = [
  { id: 'koffie-en-gastvrijheid', name: 'Koffie en gastvrijheid', sort: 1 },
  { id: 'eten-en-tafel', name: 'Eten en tafel dekken', sort: 2 },
  { id: 'vervoer', name: 'Vervoer en begeleiding', sort: 3 },
  { id: 'maatje-en-bezoek', name: 'Maatje en bezoek', sort: 4 },
  { id: 'klussen-en-repareren', name: 'Klussen en repareren', sort: 5 },
  { id: 'taal-en-lezen', name: 'Taal en lezen', sort: 6 },
  { id: 'bewegen', name: 'Bewegen en wandelen', sort: 7 },
  { id: 'hulp-bij-vragen', name: 'Hulp bij vragen', sort: 8 },
  { id: 'natuur-en-buiten', name: 'Natuur en buiten', sort: 9 },
];

/** What a role tied to an activity has; `shifts` is the number of volunteers per occurrence. */
type ShiftInput = { activity_id: string; shifts: number };
type OpportunityInput = Omit<VolunteerOpportunityRow, 'activity_id' | 'capacity_per_shift' | 'ongoing' | 'vog' | 'driving_licence' | 'minimum_age' | 'place_id' | 'signups_open'> &
  Partial<Pick<VolunteerOpportunityRow, 'vog' | 'driving_licence' | 'minimum_age' | 'place_id' | 'signups_open'>>;

function atShifts({ activity_id, shifts, ...input }: OpportunityInput & ShiftInput): VolunteerOpportunityRow {
  return { vog: false, driving_licence: false, minimum_age: null, place_id: null, signups_open: true, ...input, activity_id, capacity_per_shift: shifts, ongoing: false };
}

function ongoing(input: OpportunityInput): VolunteerOpportunityRow {
  return { vog: false, driving_licence: false, minimum_age: null, place_id: null, signups_open: true, ...input, activity_id: null, capacity_per_shift: null, ongoing: true };
}

export const volunteerOpportunities: VolunteerOpportunityRow[] = [
  atShifts({
    id: 'koffie-schenken-koffieochtend',
    organization_id: 'dorpshuis-de-linde',
    title: 'Koffie schenken bij de Koffieochtend',
    summary: 'U zet koffie en thee, schenkt in en maakt een praatje met de bezoekers.',
    description:
      'Iedere dinsdagochtend komen er zo’n dertig mensen naar de Koffieochtend. U zet om half tien de koffie klaar, ' +
      'schenkt in en ruimt na afloop samen op. Er zijn altijd drie vrijwilligers, dus u staat er nooit alleen voor. ' +
      'U kiest zelf op welke dinsdagen u komt.',
    kind_id: 'koffie-en-gastvrijheid',
    where_text: 'Dorpshuis De Linde',
    place_id: 'dorpshuis-de-linde',
    frequency: 'Eén of meer dinsdagochtenden, u kiest zelf (9.30 tot 12.30 uur)',
    for_whom: 'Bezoekers van de Koffieochtend, vooral ouderen',
    day_parts: ['morning'],
    activity_id: 'koffieochtend-dorpshuis',
    shifts: 3,
  }),
  atShifts({
    id: 'tafels-dekken-eetcafe',
    organization_id: 'eetcafe-aan-tafel',
    title: 'Tafels dekken bij het eetcafé',
    summary: 'U dekt de tafels, zet het eten op tafel en helpt gasten naar hun plek.',
    description:
      'Eén keer per maand eten zo’n dertig dorpsgenoten samen in het dorpshuis. U komt om vier uur, dekt de tafels ' +
      'en zorgt dat iedereen een fijne plek heeft. Tijdens het eten brengt u de schalen rond. U eet zelf gratis mee.',
    kind_id: 'eten-en-tafel',
    where_text: 'Dorpshuis De Linde',
    place_id: 'dorpshuis-de-linde',
    frequency: 'Eén vrijdagmiddag en -avond per maand, ongeveer 4 uur',
    for_whom: 'Gasten van het eetcafé, vaak mensen die alleen wonen',
    day_parts: ['afternoon', 'evening'],
    activity_id: 'eetcafe-aan-tafel',
    shifts: 4,
  }),
  atShifts({
    id: 'afwassen-eetcafe',
    organization_id: 'eetcafe-aan-tafel',
    title: 'Afwassen en opruimen bij het eetcafé',
    summary: 'Na het eten wast u af en zet u de zaal weer klaar voor de volgende dag.',
    description:
      'Er is een grote vaatwasser, maar de pannen gaan met de hand. Met z’n tweeën bent u in een uur klaar. ' +
      'Gezellig werk, vaak met een kop koffie na.',
    kind_id: 'eten-en-tafel',
    where_text: 'Dorpshuis De Linde',
    place_id: 'dorpshuis-de-linde',
    frequency: 'Eén vrijdagavond per maand, ongeveer 1,5 uur',
    for_whom: 'Het eetcafé en zijn gasten',
    day_parts: ['evening'],
    activity_id: 'eetcafe-aan-tafel',
    shifts: 2,
  }),
  ongoing({
    id: 'chauffeur-dorpsbus',
    organization_id: 'linde-op-stap',
    title: 'Chauffeur van de dorpsbus',
    summary: 'U rijdt met de Linde op Stap-bus dorpsgenoten die slecht ter been zijn naar de winkel, de dokter of het eetcafé.',
    description:
      'De bus heeft acht zitplaatsen en een plek voor een rolstoel. U rijdt een of twee dagdelen per week volgens een rooster ' +
      'dat u samen met de planner maakt. U krijgt eerst een rijles op de bus en een korte cursus over het helpen van passagiers. ' +
      'U hebt rijbewijs B nodig en een VOG; die vragen wij gratis voor u aan.',
    kind_id: 'vervoer',
    where_text: 'Vanaf Dorpshuis De Linde, in Linde en omgeving',
    place_id: 'dorpshuis-de-linde',
    frequency: 'Eén of twee dagdelen per week, volgens rooster',
    for_whom: 'Dorpsgenoten die niet zelf kunnen reizen',
    day_parts: ['morning', 'afternoon'],
    vog: true,
    driving_licence: true,
    minimum_age: 21,
  }),
  atShifts({
    id: 'begeleider-boodschappenrit',
    organization_id: 'linde-op-stap',
    title: 'Begeleider bij de boodschappenrit',
    summary: 'U rijdt mee met de bus, helpt passagiers in en uit en draagt de boodschappen.',
    description:
      'Op vrijdagochtend brengt de bus dorpsgenoten naar de supermarkt. U helpt mensen instappen, loopt mee door de winkel als ' +
      'dat nodig is en draagt de tassen tot aan de voordeur. Rijden hoeft u niet.',
    kind_id: 'vervoer',
    where_text: 'In de bus en de supermarkt',
    place_id: 'dorpshuis-de-linde',
    frequency: 'Een vrijdagochtend wanneer het u past, 9.30 tot 12.00 uur',
    for_whom: 'Passagiers van de boodschappenrit',
    day_parts: ['morning'],
    activity_id: 'boodschappenrit',
    shifts: 1,
  }),
  ongoing({
    id: 'maatje-voor-een-oudere',
    organization_id: 'welzijn-linde',
    title: 'Maatje voor een oudere',
    summary: 'U gaat eens per week op bezoek bij iemand die eenzaam is: een kop koffie, een wandeling, samen een spelletje.',
    description:
      'Welzijn Linde zoekt een maatje dat bij u past: iemand in de buurt, met dezelfde interesses. U spreekt samen af wanneer u ' +
      'langskomt. Eens in de twee maanden is er een avond voor alle maatjes, om ervaringen te delen. U hebt een VOG nodig; die ' +
      'vragen wij gratis voor u aan.',
    kind_id: 'maatje-en-bezoek',
    where_text: 'Bij mensen thuis in Linde, Hoogwaard, Rietakker en Kersenhoek',
    frequency: 'Wekelijks, ongeveer 2 uur',
    for_whom: 'Ouderen die weinig mensen zien',
    day_parts: ['morning', 'afternoon'],
    vog: true,
    minimum_age: 18,
  }),
  ongoing({
    id: 'buurtassistent',
    organization_id: 'welzijn-linde',
    title: 'Buurtassistent',
    summary: 'U bent het aanspreekpunt in uw straat: u helpt buren met kleine vragen en brengt ze in contact met de juiste hulp.',
    description:
      'Een buurtassistent kent de straat. U helpt bij een formulier, een telefoontje of een vraag over de sociale kaart, en weet ' +
      'wanneer u het wijkteam moet inschakelen. U krijgt een korte training en een vaste contactpersoon bij Welzijn Linde.',
    kind_id: 'hulp-bij-vragen',
    where_text: 'In uw eigen buurt',
    frequency: 'Een paar uur per week, wanneer het u past',
    for_whom: 'Buren met een vraag, vooral ouderen',
    day_parts: ['morning', 'afternoon', 'evening'],
    vog: true,
    minimum_age: 18,
  }),
  ongoing({
    id: 'klusjes-bij-mensen-thuis',
    organization_id: 'hulpdienst-linde',
    title: 'Klusjes bij mensen thuis',
    summary: 'U hangt een lamp op, repareert een kraan of zet een kast in elkaar bij mensen die dat zelf niet meer kunnen.',
    description:
      'De Hulpdienst krijgt elke week een paar klusvragen. De coördinator belt u als er een klus in uw buurt is; u zegt zelf ja ' +
      'of nee. Gereedschap hebt u meestal zelf, materiaal betaalt de bewoner. Grote klussen doen we niet.',
    kind_id: 'klussen-en-repareren',
    where_text: 'Bij mensen thuis in Linde en omgeving',
    frequency: 'Eén of twee klussen per maand',
    for_whom: 'Ouderen en mensen met een beperking',
    day_parts: ['morning', 'afternoon'],
  }),
  ongoing({
    id: 'boodschappen-voor-een-buur',
    organization_id: 'hulpdienst-linde',
    title: 'Boodschappen doen voor een buur',
    summary: 'U doet wekelijks de boodschappen voor iemand die tijdelijk of blijvend niet zelf kan gaan.',
    description:
      'U krijgt een vaste buur in uw eigen straat of wijk. Samen spreekt u af welke dag u gaat. De buur betaalt de boodschappen ' +
      'vooraf of bij thuiskomst; u hoeft nooit iets voor te schieten.',
    kind_id: 'maatje-en-bezoek',
    where_text: 'In uw eigen buurt',
    frequency: 'Eén keer per week, ongeveer een uur',
    for_whom: 'Buren die niet zelf naar de winkel kunnen',
    day_parts: ['morning', 'afternoon'],
  }),
  ongoing({
    id: 'taalmaatje',
    organization_id: 'taalmaatjes-linde',
    title: 'Taalmaatje',
    summary: 'U oefent een uur per week Nederlands met iemand die de taal aan het leren is.',
    description:
      'U praat samen over gewone dingen: de buurt, de krant, een brief van de gemeente. U hoeft geen leraar te zijn; geduld en ' +
      'nieuwsgierigheid zijn belangrijker. U krijgt een startbijeenkomst en oefenmateriaal van de bibliotheek.',
    kind_id: 'taal-en-lezen',
    where_text: 'Bibliotheek Linde, of bij een van u thuis',
    place_id: 'bibliotheek-linde',
    frequency: 'Wekelijks, ongeveer een uur, minstens een half jaar',
    for_whom: 'Nieuwkomers en andere volwassenen die Nederlands leren',
    day_parts: ['morning', 'afternoon', 'evening'],
    minimum_age: 16,
  }),
  atShifts({
    id: 'gastvrouw-taalcafe',
    organization_id: 'taalmaatjes-linde',
    title: 'Gastvrouw of gastheer bij het Taalcafé',
    summary: 'U ontvangt de bezoekers van het Taalcafé, schenkt koffie en praat mee aan een tafel.',
    description:
      'In het Taalcafé oefenen mensen samen Nederlands. U heet iedereen welkom, zorgt voor koffie en thee en schuift aan bij een ' +
      'tafel die nog iemand nodig heeft.',
    kind_id: 'taal-en-lezen',
    where_text: 'Bibliotheek Linde',
    place_id: 'bibliotheek-linde',
    frequency: 'Een donderdagochtend wanneer het u past, 10.00 tot 11.30 uur',
    for_whom: 'Bezoekers van het Taalcafé',
    day_parts: ['morning'],
    activity_id: 'taalcafe',
    shifts: 2,
  }),
  atShifts({
    id: 'wandelbegeleider',
    organization_id: 'wandelgroep-dijklopers',
    title: 'Wandelbegeleider',
    summary: 'U loopt mee met de wandelgroep langs de dijk en let erop dat niemand achterblijft.',
    description:
      'Elke zaterdagochtend wandelt de groep een uur langs de dijk, in een rustig tempo. Eén begeleider loopt voorop, één achteraan. ' +
      'U hebt een telefoon bij u en weet wat u doet als iemand niet verder kan.',
    kind_id: 'bewegen',
    where_text: 'Vanaf Café Het Veerhuis in Hoogwaard',
    place_id: 'cafe-het-veerhuis',
    frequency: 'Een zaterdagochtend wanneer het u past, 9.30 tot 11.00 uur',
    for_whom: 'Wandelaars, vaak ouderen',
    day_parts: ['morning'],
    activity_id: 'wandelen-langs-de-dijk',
    shifts: 2,
  }),
  atShifts({
    id: 'reparateur-repair-cafe',
    organization_id: 'reparatiecafe-linde',
    title: 'Reparateur bij het Repair Café',
    summary: 'U repareert samen met de bezoeker een lamp, broodrooster, fiets of broek.',
    description:
      'Handig met een schroevendraaier, soldeerbout of naaimachine? Bij het Repair Café repareert u niet vóór maar mét de bezoeker, ' +
      'zodat die er iets van leert. Gereedschap is er; neem gerust uw eigen mee.',
    kind_id: 'klussen-en-repareren',
    where_text: 'Dorpshuis De Linde',
    place_id: 'dorpshuis-de-linde',
    frequency: 'De tweede zaterdag van de maand, 10.00 tot 13.00 uur',
    for_whom: 'Iedereen met iets kapots',
    day_parts: ['morning'],
    activity_id: 'reparatiecafe',
    shifts: 4,
  }),
  atShifts({
    id: 'gastvrouw-repair-cafe',
    organization_id: 'reparatiecafe-linde',
    title: 'Ontvangst bij het Repair Café',
    summary: 'U schrijft de bezoekers in, wijst ze de juiste reparateur en zorgt voor koffie.',
    description: 'U zit bij de ingang met de inschrijflijst en houdt bij wie er aan de beurt is. Een vriendelijk woord doet veel als het druk is.',
    kind_id: 'koffie-en-gastvrijheid',
    where_text: 'Dorpshuis De Linde',
    place_id: 'dorpshuis-de-linde',
    frequency: 'De tweede zaterdag van de maand, 10.00 tot 13.00 uur',
    for_whom: 'Bezoekers van het Repair Café',
    day_parts: ['morning'],
    activity_id: 'reparatiecafe',
    shifts: 1,
  }),
  ongoing({
    id: 'voorlezen-op-school',
    organization_id: 'basisschool-de-boomgaard',
    title: 'Voorlezen op school',
    summary: 'U leest een vaste ochtend per week voor aan een klein groepje kinderen uit groep 3 of 4.',
    description:
      'Kinderen die thuis weinig worden voorgelezen, lezen beter als een volwassene met ze leest. U leest voor en praat over het ' +
      'verhaal. De juf zoekt de boeken uit. U hebt een VOG nodig; die vraagt de school gratis voor u aan.',
    kind_id: 'taal-en-lezen',
    where_text: 'Basisschool De Boomgaard',
    place_id: 'basisschool-de-boomgaard',
    frequency: 'Eén ochtend per week, een half uur tot een uur, in schoolweken',
    for_whom: 'Kinderen van groep 3 en 4',
    day_parts: ['morning'],
    vog: true,
    minimum_age: 18,
  }),
  atShifts({
    id: 'huiswerkbegeleider',
    organization_id: 'welzijn-linde',
    title: 'Huiswerkbegeleider',
    summary: 'U helpt middelbare scholieren met plannen en met hun huiswerk.',
    description:
      'U hoeft niet alles te weten: vaak gaat het om plannen, een rustige plek en iemand die vraagt hoe het gaat. ' +
      'Er zijn altijd drie begeleiders en een jongerenwerker van Welzijn Linde.',
    kind_id: 'taal-en-lezen',
    where_text: 'Bibliotheek Linde',
    place_id: 'bibliotheek-linde',
    frequency: 'Een maandag- of woensdagmiddag, 15.30 tot 17.00 uur',
    for_whom: 'Scholieren van 12 tot 16 jaar',
    day_parts: ['afternoon'],
    activity_id: 'huiswerkbegeleiding',
    shifts: 3,
    vog: true,
    minimum_age: 18,
  }),
  atShifts({
    id: 'helpen-bij-gym-voor-senioren',
    organization_id: 'gymvereniging-vlug-en-lenig',
    title: 'Helpen bij Gym voor senioren',
    summary: 'U zet de stoelen en materialen klaar en helpt deelnemers die wat extra steun nodig hebben.',
    description: 'De gymjuf geeft de les; u helpt met klaarzetten en opruimen en bent een extra paar handen tijdens de oefeningen.',
    kind_id: 'bewegen',
    where_text: 'Sporthal De Waard',
    place_id: 'sporthal-de-waard',
    frequency: 'Een woensdagochtend wanneer het u past, ongeveer anderhalf uur',
    for_whom: 'Senioren die samen bewegen',
    day_parts: ['morning'],
    activity_id: 'gym-voor-senioren',
    shifts: 1,
  }),
  atShifts({
    id: 'helpen-bij-de-bingo',
    organization_id: 'seniorenvereniging-linde',
    title: 'Helpen bij de bingomiddag',
    summary: 'U verkoopt kaarten, roept de nummers om of deelt de prijsjes uit.',
    description: 'De bingomiddag is een van de drukste middagen in het dorpshuis. Met twee helpers loopt alles soepel.',
    kind_id: 'koffie-en-gastvrijheid',
    where_text: 'Dorpshuis De Linde',
    place_id: 'dorpshuis-de-linde',
    frequency: 'De eerste maandagmiddag van de maand',
    for_whom: 'Leden en gasten van de seniorenvereniging',
    day_parts: ['afternoon'],
    activity_id: 'bingomiddag',
    shifts: 2,
  }),
  atShifts({
    id: 'soep-maken-in-de-kerk',
    organization_id: 'diaconie-dorpskerk-linde',
    title: 'Soep maken en opscheppen',
    summary: 'U kookt ’s ochtends soep en schept die tussen de middag op voor de gasten.',
    description:
      'Eén keer per maand staat er soep met brood klaar in de kerk, voor iedereen. U snijdt groente, kookt mee en schept op. ' +
      'Gelovig zijn hoeft niet.',
    kind_id: 'eten-en-tafel',
    where_text: 'Dorpskerk Linde',
    place_id: 'dorpskerk-linde',
    frequency: 'De eerste woensdag van de maand, 9.30 tot 13.30 uur',
    for_whom: 'Iedereen die graag samen eet',
    day_parts: ['morning', 'afternoon'],
    activity_id: 'soep-in-de-kerk',
    shifts: 3,
  }),
  ongoing({
    id: 'bezoekdienst',
    organization_id: 'diaconie-dorpskerk-linde',
    title: 'Bezoekdienst',
    summary: 'U bezoekt dorpsgenoten die ziek zijn, net een verlies hebben gehad of weinig buiten komen.',
    description: 'U gaat op bezoek zo vaak als het u past, meestal eens in de twee weken. De bezoekdienst komt vier keer per jaar bij elkaar.',
    kind_id: 'maatje-en-bezoek',
    where_text: 'Bij mensen thuis in Linde en omgeving',
    frequency: 'Eens in de twee weken, ongeveer een uur',
    for_whom: 'Zieke, rouwende en eenzame dorpsgenoten',
    day_parts: ['morning', 'afternoon', 'evening'],
    vog: true,
  }),
  atShifts({
    id: 'gastvrouw-mantelzorgcafe',
    organization_id: 'steunpunt-mantelzorg-linde',
    title: 'Gastvrouw of gastheer bij het Mantelzorgcafé',
    summary: 'U zorgt dat mantelzorgers zich welkom voelen: koffie, een luisterend oor en een goed gesprek.',
    description: 'Mantelzorgers hebben het vaak druk. Bij het Mantelzorgcafé kunnen ze even op adem komen. U ontvangt ze en schenkt koffie.',
    kind_id: 'koffie-en-gastvrijheid',
    where_text: 'Dorpshuis De Linde',
    place_id: 'dorpshuis-de-linde',
    frequency: 'De derde donderdagavond van de maand',
    for_whom: 'Mantelzorgers',
    day_parts: ['evening'],
    activity_id: 'mantelzorgcafe',
    shifts: 2,
  }),
  ongoing({
    id: 'respijtvrijwilliger',
    organization_id: 'steunpunt-mantelzorg-linde',
    title: 'Even overnemen van een mantelzorger',
    summary: 'U bent een middag bij iemand die zorg nodig heeft, zodat de mantelzorger even tijd voor zichzelf heeft.',
    description:
      'U doet geen verpleegkundige zorg: u bent er, drinkt koffie, leest voor of maakt een wandeling. Het Steunpunt zoekt een ' +
      'gezin dat bij u past en blijft uw aanspreekpunt.',
    kind_id: 'maatje-en-bezoek',
    where_text: 'Bij mensen thuis in Linde en omgeving',
    frequency: 'Eén middag per week of per twee weken',
    for_whom: 'Mantelzorgers en de mensen voor wie zij zorgen',
    day_parts: ['afternoon'],
    vog: true,
    minimum_age: 18,
  }),
  atShifts({
    id: 'digi-hulp-bibliotheek',
    organization_id: 'bibliotheek-linde',
    title: 'Digi-hulp bij het spreekuur',
    summary: 'U helpt bezoekers met hun telefoon, tablet of DigiD.',
    description:
      'Bij het Digi-spreekuur komen mensen met vragen als: hoe stuur ik een foto, hoe log ik in met DigiD? U legt het rustig uit. ' +
      'U hoeft geen computerexpert te zijn.',
    kind_id: 'hulp-bij-vragen',
    where_text: 'Bibliotheek Linde',
    place_id: 'bibliotheek-linde',
    frequency: 'Eens in de twee weken op dinsdagmiddag',
    for_whom: 'Iedereen die hulp wil met de computer of telefoon',
    day_parts: ['afternoon'],
    activity_id: 'digi-spreekuur',
    shifts: 2,
  }),
  atShifts({
    id: 'voorlezen-voor-peuters',
    organization_id: 'bibliotheek-linde',
    title: 'Voorlezen voor peuters',
    summary: 'U leest op woensdagochtend een prentenboek voor aan peuters en hun ouders.',
    description: 'Een kwartier voorlezen, daarna samen zingen of kleuren. De bibliotheek kiest de boeken. U hebt een VOG nodig; die vragen wij gratis voor u aan.',
    kind_id: 'taal-en-lezen',
    where_text: 'Bibliotheek Linde',
    place_id: 'bibliotheek-linde',
    frequency: 'Een woensdagochtend wanneer het u past, 45 minuten',
    for_whom: 'Peuters en hun ouders',
    day_parts: ['morning'],
    activity_id: 'voorlezen-voor-peuters',
    shifts: 1,
    vog: true,
  }),
  atShifts({
    id: 'meehelpen-in-de-moestuin',
    organization_id: 'buurtmoestuin-kersenhoek',
    title: 'Meehelpen in de buurtmoestuin',
    summary: 'U wiedt, zaait en oogst samen met de buurt, en wijst nieuwe tuiniers de weg.',
    description: 'Geen ervaring nodig. In de winter snoeien we en maken we de bedden klaar; in het voorjaar zaaien we.',
    kind_id: 'natuur-en-buiten',
    where_text: 'Boerderij De Kersenhof, Kersenhoek',
    place_id: 'boerderij-de-kersenhof',
    frequency: 'Een zaterdagochtend wanneer het u past, 10.00 tot 12.00 uur',
    for_whom: 'De buurt, en iedereen die graag buiten is',
    day_parts: ['morning'],
    activity_id: 'samen-tuinieren',
    shifts: 3,
  }),
  atShifts({
    id: 'zwerfafval-prikken',
    organization_id: 'zwerfafvalteam-linde',
    title: 'Zwerfafval prikken',
    summary: 'U loopt een ronde door het dorp met een grijper en een vuilniszak.',
    description: 'We verzamelen bij het dorpshuis en lopen in tweetallen. Grijpers, handschoenen en hesjes zijn er. Na afloop staat de koffie klaar.',
    kind_id: 'natuur-en-buiten',
    where_text: 'Vanaf Dorpshuis De Linde, door het hele dorp',
    place_id: 'dorpshuis-de-linde',
    frequency: 'De eerste zaterdagochtend van de maand, ongeveer 2 uur',
    for_whom: 'Het hele dorp',
    day_parts: ['morning'],
    activity_id: 'zwerfafval-prikken',
    shifts: 8,
    minimum_age: 12,
  }),
  atShifts({
    id: 'begeleider-walking-football',
    organization_id: 'vv-lindewaard',
    title: 'Begeleider bij walking football',
    summary: 'U helpt de trainer, zet de pionnen uit en let op de spelers.',
    description: 'Walking football is voetbal in wandeltempo, voor 60-plussers. Een EHBO-diploma is mooi meegenomen, maar niet nodig.',
    kind_id: 'bewegen',
    where_text: 'Sportpark Lindeweide',
    place_id: 'sportpark-lindeweide',
    frequency: 'Een donderdagochtend wanneer het u past, ongeveer anderhalf uur',
    for_whom: 'Spelers van 60 jaar en ouder',
    day_parts: ['morning'],
    activity_id: 'walking-football',
    shifts: 1,
  }),
  ongoing({
    id: 'ehbo-bij-evenementen',
    organization_id: 'ehbo-linde',
    title: 'EHBO bij dorpsevenementen',
    summary: 'U staat klaar met de EHBO-koffer bij de kerstmarkt, Koningsdag en het buurtfeest.',
    description: 'U hebt een geldig EHBO-diploma. Wij maken een rooster voor de evenementen; u geeft op wanneer u kunt.',
    kind_id: 'hulp-bij-vragen',
    where_text: 'Op de plek van het evenement',
    frequency: 'Vier tot zes keer per jaar',
    for_whom: 'Bezoekers van dorpsevenementen',
    day_parts: ['morning', 'afternoon', 'evening'],
    minimum_age: 18,
    signups_open: false,
  }),
];

/** The privacy text shown before a sign-up is sent, in plain Dutch. */
export const privacyNotices: PrivacyNoticeRow[] = [
  {
    version: 'vrijwilligers-2026-11',
    why:
      'We vragen uw naam en uw telefoonnummer of e-mailadres, zodat de organisatie contact met u kan opnemen over dit ' +
      'vrijwilligerswerk. Uw e-mailadres gebruiken we ook voor de bevestiging en een herinnering. Wat u verder invult, ' +
      'is alleen voor de organisatie, om u goed in te plannen.',
    who:
      'Alleen de contactpersoon van de organisatie waarvoor u zich aanmeldt, en de coördinator van Samen Linde. ' +
      'We geven uw gegevens aan niemand anders.',
    how_long:
      'We bewaren uw aanmelding tot drie maanden na de laatste dienst, of tot drie maanden nadat u stopt. Daarna ' +
      'verwijderen we uw gegevens. U kunt uw aanmelding altijd zelf afmelden met de link die u krijgt.',
    published_at: '2026-11-01T00:00:00Z',
  },
];
