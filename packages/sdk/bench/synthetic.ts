/**
 * Synthetic, deterministic Jobcenter offers and typo queries for the SDK benchmark.
 * Same seed, same data: a small PRNG (mulberry32), no Math.random.
 */
import type { Offer, OfferKind, RadarRowInput } from '../src/index.js';

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

/** [title, KldB code, RIASEC, keywords] */
const OCCUPATIONS: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['Pflegehelfer/in in der Altenpflege', '82101', 'SR', ['Pflege', 'Senioren']],
  ['Pflegefachkraft', '81302', 'SI', ['Krankenpflege']],
  ['Betreuungskraft nach §43b SGB XI', '82101', 'S', ['Demenz', 'Alltagsbegleitung']],
  ['Fachkraft für Lagerlogistik', '51312', 'RC', ['Lager', 'Logistik']],
  ['Fachlagerist/in', '51311', 'RC', ['Kommissionierung']],
  ['Berufskraftfahrer/in Güterverkehr', '52122', 'R', ['LKW', 'Führerschein C/CE']],
  ['Busfahrer/in im Linienverkehr', '52132', 'RS', ['Omnibus', 'Führerschein D']],
  ['Kaufmann/-frau für Büromanagement', '71402', 'CE', ['Büro', 'Verwaltung']],
  ['Verkäufer/in im Einzelhandel', '62102', 'EC', ['Kasse', 'Verkauf']],
  ['Koch/Köchin', '29302', 'RA', ['Küche', 'Gastronomie']],
  ['Küchenhilfe', '29301', 'R', ['Spülküche']],
  ['Gebäudereiniger/in', '54101', 'R', ['Reinigung']],
  ['Elektroniker/in für Energie- und Gebäudetechnik', '26212', 'RI', ['Elektro']],
  ['Fachinformatiker/in Systemintegration', '43102', 'IRC', ['IT', 'Netzwerke']],
  ['Erzieher/in', '83112', 'SA', ['Kita', 'Kinder']],
  ['Sozialassistent/in', '83111', 'S', ['Kinderbetreuung']],
  ['Gärtner/in im Garten- und Landschaftsbau', '12112', 'RA', ['GaLaBau', 'Grünpflege']],
  ['Maler/in und Lackierer/in', '32212', 'RA', ['Anstrich']],
  ['Schweißer/in', '24422', 'R', ['Metallbau', 'MAG-Schweißen']],
  ['Friseur/in', '82312', 'AS', ['Haare']],
  ['Kfz-Mechatroniker/in', '25212', 'RI', ['Autowerkstatt']],
  ['Sicherheitsmitarbeiter/in mit Sachkunde §34a', '53112', 'RE', ['Wachschutz', 'Security']],
  ['Medizinische/r Fachangestellte/r', '81102', 'SC', ['Arztpraxis', 'MFA']],
  ['Hausmeister/in', '34302', 'R', ['Haustechnik']],
  ['Paketzusteller/in', '51322', 'R', ['Zustellung', 'Kurier']],
  ['Staplerfahrer/in', '52522', 'R', ['Gabelstapler']],
  ['Tischler/in', '22342', 'RA', ['Holz', 'Möbel']],
  ['Anlagenmechaniker/in Sanitär, Heizung, Klima', '34212', 'RI', ['SHK', 'Heizung']],
  ['Steuerfachangestellte/r', '72212', 'CE', ['Buchhaltung']],
  ['Servicekraft im Kundendialog', '92122', 'ES', ['Callcenter', 'Kundenservice']],
  ['Hotelfachmann/-frau', '63212', 'SE', ['Rezeption', 'Hotel']],
  ['Bäcker/in', '29202', 'RA', ['Backstube']],
  ['Maurer/in', '32122', 'R', ['Bau', 'Hochbau']],
  ['Industriemechaniker/in', '25102', 'RI', ['Metall']],
  ['Kinderpfleger/in', '83122', 'SA', ['Kita']],
  ['Heilerziehungspfleger/in', '83132', 'SA', ['Eingliederungshilfe']],
  ['Florist/in', '12202', 'AR', ['Blumen']],
  ['Tierpfleger/in', '11412', 'RS', ['Tierheim', 'Tiere']],
  ['Produktionshelfer/in', '24101', 'RC', ['Montage', 'Fertigung']],
  ['Buchhalter/in', '72213', 'CI', ['Finanzbuchhaltung', 'DATEV']],
];

const NON_OCCUPATION: readonly (readonly [OfferKind, string, readonly string[]])[] = [
  ['language', 'Integrationskurs mit Kinderbetreuung', ['Deutsch', 'A1', 'B1']],
  ['language', 'Berufssprachkurs Deutsch B2', ['Deutsch', 'Beruf']],
  ['counselling', 'Schuldnerberatung', ['Schulden', 'Insolvenz']],
  ['counselling', 'Suchtberatung', ['Alkohol', 'Drogen']],
  ['counselling', 'Anerkennungsberatung für ausländische Abschlüsse', ['Anerkennung', 'Zeugnis']],
  ['counselling', 'Migrationsberatung für Erwachsene', ['MBE', 'Aufenthalt']],
  ['integration', 'Bewerbungscoaching 50plus', ['Bewerbung', 'Lebenslauf']],
  ['integration', 'Aktivierung für Alleinerziehende', ['AVGS', 'Kinderbetreuung']],
  ['self-employment', 'Existenzgründungsberatung', ['Gründung', 'Einstiegsgeld']],
  ['health', 'Gesundheitskurs Rücken und Bewegung', ['Prävention', 'Rücken']],
];

const QUALIFICATION_PREFIX = ['Umschulung', 'Weiterbildung', 'Qualifizierung', 'Teilqualifizierung', 'Vorbereitungskurs'];
const APPRENTICESHIP_PREFIX = ['Ausbildung', 'Teilzeitausbildung', 'Einstiegsqualifizierung'];
const JOB_SUFFIX = ['(m/w/d)', 'in Teilzeit (m/w/d)', 'in Vollzeit (m/w/d)', '– Quereinstieg möglich', 'auf Minijob-Basis'];

const PROVIDER_FIRST = ['Bildungswerk', 'Akademie', 'Lernzentrum', 'Pflegedienst', 'Logistikzentrum', 'Bäckerei', 'Autohaus', 'Gebäudeservice', 'Beratungsstelle', 'Werkstatt', 'Hotel', 'Kita-Verbund'];
const PROVIDER_SECOND = ['Nord', 'Spree', 'Havel', 'Sonnenschein', 'Lindenhof', 'Barnim', 'Müller', 'Schulze', 'Krüger', 'Yıldız', 'Kowalski', 'Brückner', 'Wiesengrund', 'Storchennest', 'Panke'];
const DISTRICTS = ['Pankow', 'Weißensee', 'Prenzlauer Berg', 'Buch', 'Karow', 'Französisch Buchholz', 'Heinersdorf', 'Blankenburg', 'Rosenthal', 'Niederschönhausen', 'Blankenfelde', 'Wilhelmsruh', 'Malchow', 'Wedding', 'Reinickendorf'];
const DETAILS = [
  'Teilzeit möglich, Beginn jederzeit.',
  'Förderung mit Bildungsgutschein.',
  'Kinderbetreuung vor Ort.',
  'Deutschkenntnisse auf Niveau B1 nötig.',
  'Geeignet für Menschen über 50.',
  'Mit Praktikum im Betrieb.',
  'Arbeitszeit 8 bis 14 Uhr, passend zur Kita.',
  'Auch für Quereinsteiger ohne Abschluss.',
  'Unterricht auch auf Englisch und Arabisch.',
  'Gute Anbindung mit Tram und S-Bahn.',
];

/** A synthetic offer together with the words a visitor might type to find exactly it. */
export interface SyntheticOffer {
  readonly offer: Offer;
  /** The distinctive words: title word, provider name word, district. */
  readonly words: readonly string[];
}

/**
 * Generates offers with realistic German titles (Umschulung, Ausbildung, Stellen, Beratung).
 * @param n how many
 * @param seed PRNG seed
 */
export function generateOffers(n: number, seed = 42): SyntheticOffer[] {
  const rnd = prng(seed);
  const out: SyntheticOffer[] = [];
  for (let i = 0; i < n; i++) {
    const providerIndex = Math.floor(rnd() * PROVIDER_FIRST.length * PROVIDER_SECOND.length);
    const provider = `${PROVIDER_FIRST[providerIndex % PROVIDER_FIRST.length]} ${PROVIDER_SECOND[Math.floor(providerIndex / PROVIDER_FIRST.length)]}`;
    const district = pick(rnd, DISTRICTS);
    const detail = pick(rnd, DETAILS);
    let kind: OfferKind;
    let title: string;
    let occupations: string[] = [];
    let riasec: string | undefined;
    let keywords: readonly string[];
    let main: string;
    if (rnd() < 0.15) {
      const [k, t, kw] = pick(rnd, NON_OCCUPATION);
      kind = k;
      title = t;
      keywords = kw;
      main = t.split(' ')[0] as string;
    } else {
      const [name, kldb, code, kw] = pick(rnd, OCCUPATIONS);
      occupations = [kldb];
      riasec = code;
      keywords = kw;
      main = (name.split(/[\s/]/)[0] as string).replace(/[^\p{L}-]/gu, '');
      const r = rnd();
      if (r < 0.4) {
        kind = 'qualification';
        title = `${pick(rnd, QUALIFICATION_PREFIX)} ${name}`;
      } else if (r < 0.6) {
        kind = 'apprenticeship';
        title = `${pick(rnd, APPRENTICESHIP_PREFIX)} ${name}`;
      } else {
        kind = 'job';
        title = `${name} ${pick(rnd, JOB_SUFFIX)}`;
      }
    }
    const offer: Offer = {
      id: `o${i}`,
      providerId: `p${providerIndex}`,
      kind,
      title: { de: title },
      summary: { de: `${provider} in ${district}. ${detail}` },
      occupations,
      ...(riasec ? { riasec } : {}),
      targetGroups: rnd() < 0.2 ? [pick(rnd, ['over-45', 'single-parents', 'migrants', 'under-25'] as const)] : [],
      targetGroupsOnly: false,
      topics: [],
      requirements: rnd() < 0.3 ? { germanLevel: pick(rnd, ['A2', 'B1', 'B2'] as const) } : {},
      schedule: { partTime: rnd() < 0.4, flexible: rnd() < 0.2, ...(rnd() < 0.5 ? { start: '08:00', end: pick(rnd, ['14:00', '16:30', '18:00']) } : {}) },
      place: { district, remote: false },
      funding: kind === 'job' ? ['paid-job'] : [pick(rnd, ['bildungsgutschein', 'avgs', 'free'] as const)],
      languages: [],
      keywords: [...keywords],
    };
    out.push({ offer, words: [main, provider.split(' ')[1] as string, district.split(' ')[0] as string] });
  }
  return out;
}

const NEIGHBOURS = 'qwertzuiopasdfghjklyxcvbnm';

/** One realistic typo: a letter dropped, two swapped, one doubled, one replaced by a keyboard neighbour, or an umlaut lost. */
function typo(rnd: () => number, word: string): string {
  if (/[äöüÄÖÜß]/.test(word) && rnd() < 0.5) return word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 's');
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const r = rnd();
  if (r < 0.3) return word.slice(0, i) + word.slice(i + 1);
  if (r < 0.6) return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  if (r < 0.75) return word.slice(0, i) + word.charAt(i) + word.slice(i);
  const c = word.charAt(i).toLowerCase();
  const at = NEIGHBOURS.indexOf(c);
  const sub = at >= 0 ? NEIGHBOURS.charAt(at + 1 < NEIGHBOURS.length ? at + 1 : at - 1) : 'e';
  return word.slice(0, i) + sub + word.slice(i + 1);
}

/** A typo query and the offer it is meant to find. */
export interface TypoQuery {
  readonly query: string;
  readonly intendedId: string;
}

/**
 * Typo queries: each names one offer by its title word, provider and district, with one or two typos.
 * @param offers from `generateOffers`
 * @param count how many queries
 * @param seed PRNG seed
 */
export function generateQueries(offers: readonly SyntheticOffer[], count: number, seed = 7): TypoQuery[] {
  const rnd = prng(seed);
  const out: TypoQuery[] = [];
  while (out.length < count) {
    const { offer, words } = pick(rnd, offers);
    const typed = words.map((w) => w);
    const long = typed.map((w, i) => (w.length >= 5 ? i : -1)).filter((i) => i >= 0);
    if (long.length === 0) continue;
    const first = pick(rnd, long);
    typed[first] = typo(rnd, typed[first] as string);
    if (rnd() < 0.4) {
      const second = pick(rnd, long);
      if (second !== first) typed[second] = typo(rnd, typed[second] as string);
    }
    out.push({ query: typed.join(' '), intendedId: offer.id });
  }
  return out;
}

/** One BA-shaped radar row per district × three-digit occupation group of the synthetic offers. */
export function generateRadarRows(seed = 99): RadarRowInput[] {
  const rnd = prng(seed);
  const groups = [...new Set(OCCUPATIONS.map(([, kldb]) => kldb.slice(0, 3)))].sort();
  return DISTRICTS.flatMap((district, d) =>
    groups.map((kldb) => ({
      regionCode: `11${String(d).padStart(2, '0')}`,
      regionName: district,
      kldb,
      vacancies: Math.floor(rnd() * 80),
      jobSeekers: Math.floor(rnd() * 120),
      vacancyDurationDays: Math.floor(40 + rnd() * 200),
      changeVsLastYear: Math.round((rnd() - 0.4) * 100) / 100,
      period: '2026-09',
      illustrative: true,
    })),
  );
}

/**
 * Offers over a large random vocabulary (about 39,000 distinct words), to time search where the word list is
 * far bigger than in `generateOffers`, with a swap typo in each query word.
 */
export function generateRichVocabulary(n: number, queries: number, seed = 1): { offers: Offer[]; queries: string[] } {
  const rnd = prng(seed);
  const letters = 'aeeeinnrrsstlhcgumobdkfwpz';
  const word = () => Array.from({ length: 4 + Math.floor(rnd() * 10) }, () => pick(rnd, [...letters])).join('');
  const pool = Array.from({ length: 40_000 }, word);
  const offers: Offer[] = Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    providerId: 'p0',
    kind: 'job',
    title: { de: `${pick(rnd, pool)} ${pick(rnd, pool)}` },
    summary: { de: Array.from({ length: 12 }, () => pick(rnd, pool)).join(' ') },
    occupations: [],
    targetGroups: [],
    targetGroupsOnly: false,
    topics: [],
    requirements: {},
    schedule: { partTime: false, flexible: false },
    place: { remote: false },
    funding: [],
    languages: [],
    keywords: [],
  }));
  const typos = Array.from({ length: queries }, () => {
    const w = pick(rnd, pool);
    const i = 1 + Math.floor(rnd() * (w.length - 2));
    return w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2);
  });
  return { offers, queries: typos };
}
