/**
 * Synonym groups: everyday words and phrases that name the same need. A query word in a
 * group also finds the other entries of that group (with a lower weight than the word
 * itself). Entries may be phrases ("zorgen voor").
 *
 * Synonyms are a network's data: they live in its database (`synonym_groups`) and reach
 * the widget inside `GET /v1/social-map`, so the widget carries no list of its own. This is
 * the one default list: the seed puts it in the demo network's database, and the mocks and
 * the search tests use it as well.
 */
export type SynonymGroups = readonly (readonly string[])[];

export const DEFAULT_SYNONYMS_NL: SynonymGroups = [
  // geldzorgen en schulden
  ['rekeningen', 'schulden', 'geldzorgen', 'schuldhulp', 'schuldhulpverlening', 'betalen', 'achterstand', 'aanmaning', 'deurwaarder', 'budget', 'financien', 'geld'],
  ['formulieren', 'papieren', 'administratie', 'post', 'brief', 'brieven', 'belastingaangifte', 'toeslagen', 'invullen', 'thuisadministratie'],
  ['toeslag', 'toeslagen', 'huurtoeslag', 'zorgtoeslag'],
  ['armoede', 'voedselbank', 'voedselpakket', 'rondkomen', 'minima', 'weinig geld', 'inkomen', 'uitkering', 'bijstand'],
  ['energie', 'stroom', 'gas', 'energierekening'],
  // eenzaamheid en ontmoeting
  ['eenzaam', 'eenzaamheid', 'alleen', 'ontmoeting', 'ontmoeten', 'gezelschap', 'contact', 'koffie', 'inloop', 'praatje', 'maatje'],
  ['bezoek', 'bezoekdienst', 'huisbezoek', 'langskomen', 'maatje', 'vriendschappelijk'],
  ['maatje', 'buddy', 'vriendschap'],
  ['buurthuis', 'dorpshuis', 'buurtkamer', 'buurtcentrum', 'wijkcentrum', 'gemeenschapshuis'],
  ['rouw', 'verlies', 'verdriet', 'overleden', 'overlijden', 'weduwe', 'weduwnaar', 'rouwverwerking'],
  // mantelzorg
  ['mantelzorg', 'mantelzorger', 'zorgen voor', 'zorg voor', 'verzorgen', 'respijtzorg', 'ontlasten', 'overbelast'],
  ['thuiszorg', 'wijkverpleging', 'verpleging', 'wijkzuster', 'verzorging', 'wassen', 'aankleden'],
  // wonen en klussen
  ['klus', 'klussen', 'klusjes', 'klushulp', 'reparatie', 'repareren', 'kapot', 'lamp', 'klusjesman'],
  ['repareren', 'kapot', 'stuk'],
  ['tuin', 'tuinonderhoud', 'tuinieren', 'snoeien', 'gras', 'gras maaien', 'onkruid', 'heg', 'heg knippen', 'moestuin'],
  // Not 'huis': "aan huis", "in huis" are everywhere and would drown the real matches.
  ['woning', 'wonen', 'huur', 'huren', 'verhuizen', 'huurwoning', 'woningcorporatie', 'woningaanpassing', 'traplift', 'huurder'],
  ['traplift', 'woningaanpassing', 'drempel', 'beugel'],
  // vervoer
  ['vervoer', 'rijden', 'bus', 'buurtbus', 'taxi', 'lift', 'rit', 'meerijden', 'chauffeur', 'vervoersdienst', 'rolstoel', 'wegbrengen', 'ziekenhuis'],
  ['scootmobiel', 'rolstoel', 'rollator', 'hulpmiddel'],
  // gezondheid
  ['ziekenhuis', 'dokter', 'huisarts', 'arts', 'afspraak', 'polikliniek', 'specialist', 'tandarts', 'fysiotherapie'],
  ['gezondheid', 'gezond', 'ziek', 'ziekte', 'pijn', 'medicijnen', 'bewegen', 'beweging', 'sport', 'sporten', 'gym', 'valpreventie'],
  ['somber', 'depressie', 'neerslachtig', 'angst', 'stress', 'spanning', 'psychisch', 'ggz', 'piekeren', 'burn-out', 'verslaving'],
  ['verslaving', 'alcohol', 'drugs', 'gokken'],
  ['dementie', 'dement', 'vergeetachtig', 'vergeten', 'geheugen', 'alzheimer', 'verward', 'alzheimercafe'],
  // opvoeding en gezin
  ['opvoeding', 'opvoeden', 'kind', 'kinderen', 'ouders', 'baby', 'peuter', 'puber', 'tiener', 'gezin', 'zwanger', 'jeugd'],
  ['baby', 'peuter', 'zuigeling', 'consultatiebureau'],
  ['jongeren', 'tieners', 'jeugd'],
  ['scheiding', 'gescheiden', 'ruzie', 'relatie', 'huiselijk geweld', 'veilig thuis'],
  ['huiselijk geweld', 'mishandeling', 'onveilig', 'geweld'],
  ['school', 'huiswerk', 'huiswerkbegeleiding', 'bijles', 'leerling'],
  // werk en vrijwilligerswerk
  ['werk', 'baan', 'werkloos', 'solliciteren', 'sollicitatie', 'vacature', 'cv', 'werkzoekend', 're-integratie'],
  ['vrijwilligerswerk', 'vrijwilliger', 'vrijwilligers', 'meedoen', 'iets doen', 'zinvol'],
  // taal
  ['taal', 'nederlands', 'nederlands leren', 'taalles', 'taalcafe', 'inburgering', 'nt2', 'lezen', 'schrijven', 'laaggeletterd', 'taalmaatje', 'spreken'],
  // digitaal
  ['digitaal', 'computer', 'laptop', 'tablet', 'smartphone', 'telefoon', 'internet', 'digid', 'email', 'app', 'online'],
  // boodschappen en eten
  ['boodschappen', 'supermarkt', 'winkel', 'boodschappendienst', 'eten', 'maaltijd', 'koken', 'eettafel', 'samen eten', 'voedselbank', 'voedselpakket'],
  // ouderen en veiligheid
  ['oudere', 'ouderen', 'senioren', 'bejaard', 'bejaarden', '65-plussers', 'oud', 'pensioen', 'ouderenadviseur'],
  ['veilig', 'veiligheid', 'inbraak', 'oplichting', 'fraude', 'babbeltruc', 'alarm', 'personenalarmering'],
  // loketten en advies
  ['wmo', 'wijkteam', 'sociaal wijkteam', 'gemeente', 'loket', 'indicatie', 'hulpmiddel', 'keukentafelgesprek'],
  ['juridisch', 'advies', 'recht', 'rechtshulp', 'rechtswinkel', 'advocaat', 'juridisch loket', 'sociaal raadslieden'],
];
