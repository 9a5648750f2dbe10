/**
 * Demo and test data for volunteering in the fictional network "Samen Linde": believable,
 * clearly made up, in plain Dutch. Shifts are occurrences of the agenda's fixtures, relative
 * to today. One role has a full shift, one is full altogether, one is closed.
 */
import type { components } from '../../contract/types.ts';
import { addDays, todayKey } from '../core/dates.ts';
import { amsterdam, network, organizations } from './fixtures.ts';

type S = components['schemas'];
type Detail = S['VolunteerOpportunityDetail'];

const ref = (id: string): S['OrganizerRef'] => {
  const o = organizations.find((x) => x.id === id)!;
  return { id: o.id, name: o.name, kind: o.kind };
};
const kind = (id: string) => network.volunteerKinds!.find((k) => k.id === id)!;

export const privacy: S['PrivacyNotice'] = {
  version: 'vrijwilligers-2026-11',
  why: 'We vragen uw naam en telefoonnummer of e-mailadres om u te kunnen bellen of mailen over dit vrijwilligerswerk. Meer niet.',
  who: 'Alleen de coördinator van Samen Linde en de contactpersoon van de organisatie waarvoor u zich aanmeldt.',
  howLong: 'Tot drie maanden na uw laatste keer helpen. Daarna halen we uw gegevens weg.',
};

function shift(activityId: string, dayOffset: number, start: string, end: string, capacity: number, taken: number, waitlist = 0, today = todayKey()): S['VolunteerShift'] {
  const day = addDays(today, dayOffset);
  return {
    occurrenceId: `${activityId}-${day.replaceAll('-', '')}T${start.replace(':', '')}`,
    start: amsterdam(day, start),
    end: amsterdam(day, end),
    capacity,
    placesLeft: Math.max(0, capacity - taken),
    waitlist,
  };
}

/** The agenda's titles of the activities whose occurrences are shifts. */
export const activityTitles: Record<string, string> = {
  koffieochtend: 'Koffieochtend',
  eetcafe: 'Eetcafé De Linde',
  'moestuin-werkochtend': 'Werkochtend in de moestuin',
  'gym-voor-senioren': 'Gym voor senioren',
};

const noRequirements: S['VolunteerRequirements'] = { vog: false, drivingLicence: false };

/** Every opportunity with its detail, relative to today. */
export function makeOpportunities(today = todayKey()): Detail[] {
  const list: Omit<Detail, 'placesLeft' | 'nextShift'>[] = [
    {
      id: 'koffie-schenken-koffieochtend',
      title: 'Koffie schenken bij de Koffieochtend',
      summary: 'U zet koffie en thee, schenkt in en maakt een praatje met de bezoekers.',
      description: 'Elke dinsdagochtend komen zo’n dertig dorpsgenoten koffie drinken in het dorpshuis. Met drie vrijwilligers per ochtend is het goed te doen. U hoeft niet elke week te komen.',
      organizer: ref('dorpshuis-de-linde'),
      kind: kind('koffie-en-gastvrijheid'),
      where: 'Dorpshuis De Linde, Lindeplein 1',
      frequency: 'Eén of twee ochtenden per maand, van 9.45 tot 12.00 uur',
      forWhom: 'Bezoekers van de Koffieochtend, vooral ouderen',
      dayParts: ['morning'],
      requirements: noRequirements,
      activityId: 'koffieochtend',
      ongoing: false,
      signupsOpen: true,
      shifts: [
        shift('koffieochtend', 0, '10:00', '11:30', 3, 3, 1, today),
        shift('koffieochtend', 7, '10:00', '11:30', 3, 1, 0, today),
        shift('koffieochtend', 21, '10:00', '11:30', 3, 0, 0, today),
      ],
      privacy,
    },
    {
      id: 'tafels-dekken-eetcafe',
      title: 'Tafels dekken en afruimen bij het Eetcafé',
      summary: 'U dekt de tafels, helpt met opscheppen en ruimt na het eten samen af.',
      description: 'Het Eetcafé is een warme maaltijd voor wie niet graag alleen eet. De kok staat in de keuken; u zorgt dat het in de zaal gezellig en netjes is.',
      organizer: ref('dorpshuis-de-linde'),
      kind: kind('koffie-en-gastvrijheid'),
      where: 'Dorpshuis De Linde, de grote zaal',
      frequency: 'Om de week op woensdag, van 12.00 tot 14.30 uur',
      forWhom: 'Gasten van het Eetcafé',
      dayParts: ['afternoon'],
      requirements: noRequirements,
      activityId: 'eetcafe',
      ongoing: false,
      signupsOpen: true,
      shifts: [shift('eetcafe', 1, '12:30', '14:00', 2, 2, 2, today), shift('eetcafe', 15, '12:30', '14:00', 2, 2, 0, today)],
      privacy,
    },
    {
      id: 'chauffeur-dorpsbus',
      title: 'Chauffeur van de dorpsbus',
      summary: 'U rijdt dorpsgenoten met de dorpsbus naar activiteiten, de huisarts of de markt.',
      description: 'De dorpsbus is een busje voor acht personen, met een lift voor een rolstoel. U rijdt een vaste dagdeel per week of springt in als het nodig is. U krijgt eerst een rijtraining.',
      organizer: ref('dorpshuis-de-linde'),
      kind: kind('vervoer'),
      where: 'Vanaf het dorpshuis, in Linde en omgeving',
      frequency: 'Eén dagdeel per week, in overleg',
      forWhom: 'Dorpsgenoten die niet zelf kunnen rijden',
      dayParts: ['morning', 'afternoon'],
      requirements: { vog: true, drivingLicence: true, minimumAge: 21 },
      ongoing: true,
      signupsOpen: true,
      shifts: [],
      privacy,
    },
    {
      id: 'maatje-thuis',
      title: 'Maatje voor een dorpsgenoot',
      summary: 'U bezoekt iemand die weinig mensen ziet: een kop koffie, een wandeling of samen boodschappen doen.',
      description: 'Het sociaal wijkteam koppelt u aan een dorpsgenoot die wat gezelschap kan gebruiken. Samen spreekt u af wanneer u elkaar ziet. Een medewerker van het wijkteam helpt u op weg.',
      organizer: ref('sociaal-wijkteam'),
      kind: kind('maatje'),
      where: 'Bij mensen thuis in Linde en Lindehoek',
      frequency: 'Wekelijks, ongeveer 2 uur',
      forWhom: 'Dorpsgenoten die zich alleen voelen',
      dayParts: ['morning', 'afternoon', 'evening'],
      requirements: { vog: true, drivingLicence: false, minimumAge: 18 },
      ongoing: true,
      signupsOpen: true,
      shifts: [],
      privacy,
    },
    {
      id: 'moestuin-helpen',
      title: 'Meehelpen in de moestuin',
      summary: 'U zaait, wiedt en oogst samen met andere bewoners. Ervaring is niet nodig.',
      description: 'In de moestuin van Lindehoek werken bewoners samen. Wat we oogsten, gaat naar het Eetcafé en naar wie het kan gebruiken.',
      organizer: ref('moestuin-lindehoek'),
      kind: kind('tuin-en-buiten'),
      where: 'Moestuin Lindehoek, achter de kerk',
      frequency: 'Eén ochtend per maand, of vaker als u wilt',
      forWhom: 'Iedereen in het dorp',
      dayParts: ['morning'],
      requirements: { ...noRequirements, minimumAge: 12 },
      activityId: 'moestuin-werkochtend',
      ongoing: false,
      signupsOpen: true,
      shifts: [shift('moestuin-werkochtend', 17, '09:30', '12:00', 6, 2, 0, today)],
      privacy,
    },
    {
      id: 'begeleider-gym',
      title: 'Begeleider bij Gym voor senioren',
      summary: 'U helpt de trainer: stoelen klaarzetten, mensen op weg helpen en koffie na afloop.',
      description: 'Op dit moment hebben we genoeg begeleiders. Over een paar maanden zoeken we weer nieuwe mensen.',
      organizer: ref('gymvereniging-vlug-en-lenig'),
      kind: kind('sport-en-bewegen'),
      where: 'Gymzaal De Linde, Schoolstraat 4',
      frequency: 'Wekelijks op dinsdagmiddag',
      forWhom: 'Ouderen die willen blijven bewegen',
      dayParts: ['afternoon'],
      requirements: noRequirements,
      activityId: 'gym-voor-senioren',
      ongoing: false,
      signupsOpen: false,
      shifts: [],
      privacy,
    },
  ];
  return list.map((o) => {
    const coming = o.shifts;
    return coming.length
      ? { ...o, placesLeft: coming.reduce((n, s) => n + s.placesLeft, 0), nextShift: coming[0] }
      : o.ongoing
        ? o
        : { ...o, placesLeft: 0 };
  });
}

/** The list form of an opportunity: the detail without description, shifts and privacy text. */
export function summaryOf(d: Detail): S['VolunteerOpportunity'] {
  const { description: _d, shifts: _s, privacy: _p, ...summary } = d;
  return summary;
}
