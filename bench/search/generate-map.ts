/**
 * A synthetic sociale kaart of any size for the search benchmark: the sample map's own
 * vocabulary, common Dutch words, Dutch-style compounds ("buurt" + "huis") and invented
 * proper names, so the index sees a realistic number of distinct terms (tens of
 * thousands for 5,000 services), not a few hundred repeated ones. Deterministic (seeded).
 */
import { readFileSync } from 'node:fs';

export interface BenchService {
  id: string;
  name: string;
  organization: string;
  kind: 'informal' | 'professional';
  categories: string[];
  description: string;
}

const COMMON =
  `hulp helpen advies zorg wonen thuis buurt dorp wijk kern huis tuin klus geld schuld rekening betalen brief post
  formulier toeslag belasting gemeente loket spreekuur afspraak bellen telefoon mail website aanmelden gratis
  vrijwilliger vrijwilligers begeleiding ondersteuning coach gesprek groep cursus les training bijeenkomst avond
  ochtend middag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag week maand jaar elke iedere samen
  ouderen senioren jongeren kinderen ouders gezin baby peuter school jeugd familie partner buren buurtgenoot
  eenzaam ontmoeting koffie thee praatje maaltijd eten koken boodschappen winkel markt supermarkt vervoer bus
  taxi auto fiets rolstoel scootmobiel ziekenhuis huisarts dokter apotheek fysiotherapeut tandarts medicijnen
  gezondheid bewegen sport wandelen zwemmen gym dans muziek zingen koor bibliotheek lezen schrijven taal
  nederlands computer tablet internet digitaal digid werk baan solliciteren opleiding stage dagbesteding
  mantelzorg mantelzorger dementie geheugen rouw verlies somber stress angst verslaving veilig inbraak
  oplichting alarm politie wijkagent juridisch recht huur huurder woning verhuizen aanpassing traplift
  informatie vragen problemen oplossing overzicht regeling kosten bijdrage vergoeding inkomen uitkering
  welkom gezellig rustig tempo ervaring deskundig vertrouwelijk kleinschalig persoonlijk tijdelijk langdurig
  dorpshuis buurthuis kerk sporthal gymzaal bibliotheek station centrum plein straat dijk polder rivier`
    .split(/\s+/)
    .filter(Boolean);

const PARTS = `buurt dorp huis zorg hulp tuin klus geld taal werk koffie eet maal boodschap vervoer wijk jeugd
  ouder kind gezin school sport beweeg wandel fiets bus rit lees schrijf reken digi computer post brief
  schuld budget thuis woon bouw leer speel zang muziek dans kook markt winkel ontmoet praat maatje steun
  punt centrum dienst groep club cafe kamer plek team loket project fonds kring werkplaats`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = 'ba be bo da de di do ga ge ha he ho ka ke ko la le li lo ma me mo na ne no pa pe ra re ro sa se so ta te to va ve vo wa we wo za ze zo ber del dorp gen ham hof kamp land lo mer ren sel stein veld vliet wijk zand'.split(' ');

/** A small seeded PRNG (mulberry32), so every run benchmarks the same map. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateMap(count: number, seed = 42): BenchService[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sample: BenchService[] = JSON.parse(
    readFileSync(new URL('../../test/common/search/sample-map.json', import.meta.url), 'utf8'),
  ).services;
  const fixtureWords = sample.flatMap((s) => `${s.name} ${s.description}`.split(/[^\p{L}'-]+/u)).filter((w) => w.length > 1);
  const categories = [...new Set(sample.flatMap((s) => s.categories))];
  const properName = () => {
    const name = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
    return name[0]!.toUpperCase() + name.slice(1);
  };
  const places = Array.from({ length: 60 }, properName);
  const compound = () => pick(PARTS) + pick(PARTS);
  // Zipf-like choice: common words far more often than rare ones, as in real text.
  const word = () => {
    const r = rnd();
    if (r < 0.45) return pick(fixtureWords);
    if (r < 0.8) return pick(COMMON);
    if (r < 0.93) return compound();
    return r < 0.97 ? pick(places) : properName();
  };
  const organizations = Array.from({ length: Math.max(20, count / 8) }, () =>
    `${pick(['Stichting', 'Vereniging', 'Coöperatie', 'Welzijn', 'Zorggroep', 'Huisartsenpraktijk', 'Dorpsraad'])} ${properName()} ${pick(places)}`,
  );

  return Array.from({ length: count }, (_, i) => {
    const base = sample[i % sample.length]!;
    const sentences = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => {
      const words = Array.from({ length: 6 + Math.floor(rnd() * 10) }, word).join(' ');
      return words[0]!.toUpperCase() + words.slice(1) + '.';
    });
    return {
      id: `svc-${i}`,
      // One in four services reuses a sample name in another place, the rest are new.
      name: rnd() < 0.25 ? `${base.name} ${pick(places)}` : `${compound()} ${pick([word(), pick(places), ''])}`.trim(),
      organization: pick(organizations),
      kind: rnd() < 0.5 ? 'informal' : 'professional',
      categories: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(categories)),
      description: sentences.join(' '),
    };
  });
}
