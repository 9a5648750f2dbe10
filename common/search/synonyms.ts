/**
 * Synonym groups: everyday words and phrases that name the same need. A query word in a
 * group also finds the other entries of that group (with a lower weight than the word
 * itself). Entries may be phrases ("zorgen voor"). Plain data: the network edits its own
 * list and the server sends it; this default serves the tests and the demo.
 */
export type SynonymGroups = readonly (readonly string[])[];

export const DEFAULT_SYNONYMS_NL: SynonymGroups = [
  // geldzorgen en schulden
  ['rekeningen', 'schulden', 'geldzorgen', 'schuldhulp', 'schuldhulpverlening', 'betalen', 'achterstand', 'aanmaning', 'deurwaarder', 'budget', 'financien', 'geld'],
  ['formulieren', 'papieren', 'administratie', 'post', 'brieven', 'belastingaangifte', 'toeslagen', 'invullen', 'thuisadministratie'],
  ['armoede', 'voedselbank', 'rondkomen', 'minima', 'weinig geld', 'inkomen', 'uitkering', 'bijstand'],
  // eenzaamheid en ontmoeting
  ['eenzaam', 'eenzaamheid', 'alleen', 'ontmoeting', 'ontmoeten', 'gezelschap', 'contact', 'koffie', 'inloop', 'praatje', 'maatje'],
  ['bezoek', 'bezoekdienst', 'huisbezoek', 'langskomen', 'maatje', 'vriendschappelijk'],
  ['rouw', 'verlies', 'overleden', 'overlijden', 'weduwe', 'weduwnaar', 'rouwverwerking'],
  // mantelzorg
  ['mantelzorg', 'mantelzorger', 'zorgen voor', 'zorg voor', 'respijtzorg', 'ontlasten', 'overbelast'],
  ['thuiszorg', 'wijkverpleging', 'verpleging', 'verzorging', 'wassen', 'aankleden'],
  // wonen en klussen
  ['klus', 'klussen', 'klusjes', 'reparatie', 'repareren', 'kapot', 'lamp', 'klusjesman'],
  ['tuin', 'tuinonderhoud', 'tuinieren', 'snoeien', 'gras', 'onkruid', 'heg', 'moestuin'],
  // Not 'huis': "aan huis", "in huis" are everywhere and would drown the real matches.
  ['woning', 'wonen', 'huur', 'verhuizen', 'huurwoning', 'woningcorporatie', 'woningaanpassing', 'traplift', 'huurder'],
  // vervoer
  ['vervoer', 'rijden', 'bus', 'buurtbus', 'taxi', 'lift', 'meerijden', 'chauffeur', 'vervoersdienst', 'rolstoel', 'wegbrengen'],
  ['ziekenhuis', 'dokter', 'huisarts', 'afspraak', 'polikliniek', 'specialist', 'tandarts', 'fysiotherapie'],
  // gezondheid
  ['gezondheid', 'gezond', 'ziek', 'ziekte', 'pijn', 'medicijnen', 'bewegen', 'sport', 'gym', 'valpreventie'],
  ['somber', 'depressie', 'angst', 'stress', 'psychisch', 'piekeren', 'burn-out', 'verslaving'],
  ['dementie', 'vergeetachtig', 'vergeten', 'geheugen', 'alzheimer', 'verward', 'alzheimercafe'],
  // opvoeding en gezin
  ['opvoeding', 'opvoeden', 'kind', 'kinderen', 'ouders', 'baby', 'peuter', 'puber', 'tiener', 'gezin', 'zwanger', 'jeugd'],
  ['scheiding', 'gescheiden', 'ruzie', 'relatie', 'huiselijk geweld', 'veilig thuis'],
  ['school', 'huiswerk', 'huiswerkbegeleiding', 'bijles', 'leerling'],
  // werk en vrijwilligerswerk
  ['werk', 'baan', 'werkloos', 'solliciteren', 'sollicitatie', 'cv', 'werkzoekend', 're-integratie'],
  ['vrijwilligerswerk', 'vrijwilliger', 'vrijwilligers', 'meedoen', 'iets doen', 'zinvol'],
  // taal
  ['taal', 'nederlands', 'taalles', 'taalcafe', 'inburgering', 'nt2', 'lezen', 'schrijven', 'laaggeletterd', 'taalmaatje', 'spreken'],
  // digitaal
  ['digitaal', 'computer', 'laptop', 'tablet', 'smartphone', 'telefoon', 'internet', 'digid', 'email', 'app', 'online'],
  // boodschappen en eten
  ['boodschappen', 'supermarkt', 'winkel', 'boodschappendienst', 'eten', 'maaltijd', 'koken', 'eettafel', 'samen eten'],
  // ouderen en veiligheid
  ['oudere', 'ouderen', 'senioren', 'bejaard', 'oud', 'pensioen', 'ouderenadviseur'],
  ['veilig', 'veiligheid', 'inbraak', 'oplichting', 'fraude', 'babbeltruc', 'alarm', 'personenalarmering'],
  ['wmo', 'wijkteam', 'sociaal wijkteam', 'gemeente', 'loket', 'indicatie', 'hulpmiddel', 'keukentafelgesprek'],
  ['juridisch', 'advies', 'recht', 'rechtshulp', 'advocaat', 'juridisch loket', 'sociaal raadslieden'],
];
