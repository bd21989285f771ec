import { ValidationError } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';
import { groupRiasec, subgroupRiasec } from './codes.js';
import { isKldbCode, skillLevelOf, type SkillLevel } from './kldb.js';

/**
 * The 37 Berufshauptgruppen (two-digit groups) of the Klassifikation der Berufe 2010 (KldB 2010,
 * Bundesagentur für Arbeit), with German and English names and a Holland (RIASEC) code each (codes and
 * RIASEC from `codes.ts`).
 *
 * The RIASEC codes are this project's assignment of the typical occupations of each group to Holland's
 * six interest types (strongest first), in the manner of O*NET interest profiles; they steer career
 * orientation, not selection.
 */
export interface OccupationGroup {
  /** Two-digit KldB 2010 code of the Berufshauptgruppe. */
  readonly code: string;
  readonly name: { readonly de: string; readonly en: string };
  /** One to three RIASEC letters, strongest first. */
  readonly riasec: string;
}

/** The groups of `table` (code → RIASEC) with their names, one `German|English` line each in the same order. */
const named = (table: ReadonlyMap<string, string>, names: string): readonly OccupationGroup[] => {
  const lines = names.trim().split('\n');
  return Object.freeze(
    [...table].map(([code, riasec], i) => {
      const [de, en] = (lines[i] as string).split('|') as [string, string];
      return Object.freeze({ code, name: Object.freeze({ de, en }), riasec });
    }),
  );
};

/** All 37 Berufshauptgruppen in code order. */
export const occupationGroups: readonly OccupationGroup[] = named(groupRiasec, `
Angehörige der regulären Streitkräfte|Members of the armed forces
Land-, Tier- und Forstwirtschaftsberufe|Agriculture, animal husbandry and forestry
Gartenbauberufe und Floristik|Horticulture and floristry
Rohstoffgewinnung, Glas- und Keramikherstellung|Raw-material extraction, glass and ceramics
Kunststoffherstellung und Holzbearbeitung|Plastics and wood processing
Papier- und Druckberufe, technische Mediengestaltung|Paper, printing and technical media design
Metallerzeugung und -bearbeitung, Metallbauberufe|Metal production, metalworking and metal construction
Maschinen- und Fahrzeugtechnikberufe|Machine and vehicle technology
Mechatronik-, Energie- und Elektroberufe|Mechatronics, energy and electrical occupations
Technische Forschung, Entwicklung, Konstruktion und Produktionssteuerung|Technical research, development, design and production planning
Textil- und Lederberufe|Textile and leather occupations
Lebensmittelherstellung und -verarbeitung|Food production and processing
Bauplanung, Architektur und Vermessung|Construction planning, architecture and surveying
Hoch- und Tiefbauberufe|Building construction and civil engineering
(Innen-)Ausbauberufe|Interior finishing
Gebäude- und versorgungstechnische Berufe|Building services engineering
Mathematik-, Biologie-, Chemie- und Physikberufe|Mathematics, biology, chemistry and physics
Geologie-, Geografie- und Umweltschutzberufe|Geology, geography and environmental protection
Informatik- und IT-Berufe|Computer science and IT
Verkehrs- und Logistikberufe (außer Fahrzeugführung)|Traffic and logistics (except drivers)
Führer/innen von Fahrzeug- und Transportgeräten|Drivers and operators of vehicles and transport equipment
Schutz-, Sicherheits- und Überwachungsberufe|Protection, safety and security
Reinigungsberufe|Cleaning
Einkaufs-, Vertriebs- und Handelsberufe|Purchasing, sales and trade
Verkaufsberufe|Retail sales
Tourismus-, Hotel- und Gaststättenberufe|Tourism, hotels and restaurants
Unternehmensführung und -organisation|Business management and organisation
Finanzdienstleistungen, Rechnungswesen und Steuerberatung|Financial services, accounting and tax consultancy
Recht und Verwaltung|Law and public administration
Medizinische Gesundheitsberufe|Medical health care
Nichtmedizinische Gesundheits-, Körperpflege- und Wellnessberufe, Medizintechnik|Non-medical health, body care, wellness and medical technology
Erziehung, soziale und hauswirtschaftliche Berufe, Theologie|Education, social work, housekeeping and theology
Lehrende und ausbildende Berufe|Teaching and training
Sprach-, Geistes-, Gesellschafts- und Wirtschaftswissenschaften|Languages, humanities, social sciences and economics
Werbung, Marketing, kaufmännische und redaktionelle Medienberufe|Advertising, marketing and media
Produktdesign, Kunsthandwerk, bildende Kunst, Musikinstrumentenbau|Product design, crafts, fine arts and instrument making
Darstellende und unterhaltende Berufe|Performing arts and entertainment
`);

/**
 * Berufsgruppen (three-digit) that visitors of a Jobcenter fair often ask about, where the name or the
 * interest profile differs enough from the Hauptgruppe to matter. Codes not listed fall back to their
 * two-digit group.
 */
export const occupationSubgroups: readonly OccupationGroup[] = named(subgroupRiasec, `
Gartenbau|Horticulture
Floristik|Floristry
Metallbau und Schweißtechnik|Metal construction and welding
Maschinenbau- und Betriebstechnik|Mechanical and plant engineering
Fahrzeug-, Luftfahrt- und Schiffbautechnik|Vehicle, aircraft and ship technology
Energietechnik|Energy technology
Elektrotechnik|Electrical engineering
Lebensmittel- und Genussmittelherstellung|Food production
Speisenzubereitung|Cooking
Hochbau|Building construction
Maler-, Lackierer- und Stuckateurarbeiten|Painting, varnishing and plastering
Klempnerei, Sanitär-, Heizungs- und Klimatechnik|Plumbing, heating and air conditioning
Informatik|Computer science
Softwareentwicklung und Programmierung|Software development
Lagerwirtschaft, Post und Zustellung, Güterumschlag|Warehousing, postal delivery and cargo handling
Kaufleute in Verkehr und Logistik|Clerks in transport and logistics
Fahrzeugführung im Straßenverkehr|Driving road vehicles
Objekt-, Personen-, Brandschutz, Arbeitssicherheit|Property and personal protection, fire safety
Reinigung|Cleaning
Verkauf (ohne Produktspezialisierung)|Retail sales (general)
Hotellerie|Hotel services
Gastronomie|Restaurant service
Unternehmensorganisation und -strategie|Business organisation and strategy
Büro und Sekretariat|Office and secretarial work
Rechnungswesen, Controlling und Revision|Accounting and controlling
Öffentliche Verwaltung|Public administration
Arzt- und Praxishilfe|Medical practice assistance
Gesundheits- und Krankenpflege, Rettungsdienst, Geburtshilfe|Nursing, emergency services and midwifery
Human- und Zahnmedizin|Medicine and dentistry
Nichtärztliche Therapie und Heilkunde|Non-medical therapy
Altenpflege|Care for the elderly
Körperpflege|Body care and hairdressing
Medizin-, Orthopädie- und Rehatechnik|Medical, orthopaedic and rehabilitation technology
Erziehung, Sozialarbeit, Heilerziehungspflege|Education, social work and special-needs care
Hauswirtschaft und Verbraucherberatung|Housekeeping and consumer advice
Lehrtätigkeit an allgemeinbildenden Schulen|Teaching at general schools
Lehrtätigkeit für berufsbildende Fächer|Teaching vocational subjects
Lehr- und Forschungstätigkeit an Hochschulen|University teaching and research
Fahr-, Sport- und sonstige Lehrtätigkeit|Driving, sports and other instruction
Wirtschaftswissenschaften|Economics
Werbung und Marketing|Advertising and marketing
Redaktion und Journalismus|Editing and journalism
`);

/** What a KldB code names: its Hauptgruppe, the closest named group and, for 5 digits, the skill level. */
export interface Occupation {
  /** The code as given (2–5 digits). */
  readonly code: string;
  /** The two-digit Berufshauptgruppe. */
  readonly group: OccupationGroup;
  /** The most specific named group: a listed three-digit Berufsgruppe, else the Hauptgruppe. */
  readonly named: OccupationGroup;
  /** RIASEC code of `named`. */
  readonly riasec: string;
  readonly skillLevel: SkillLevel | undefined;
}

/** Every named group by its code (two digits for a Hauptgruppe, three for a Berufsgruppe). */
const byCode = new Map([...occupationGroups, ...occupationSubgroups].map((g) => [g.code, g]));

/**
 * Describes a KldB 2010 code: its Berufshauptgruppe, the closest named group and the skill level.
 * @param code a KldB code of 2–5 digits
 * @returns the occupation
 * @throws {ValidationError} code `KLDB_INVALID` when `code` is not a KldB 2010 code (see `isKldbCode`)
 * @example occupationOf('82102').named.name.en // 'Care for the elderly'
 */
export function occupationOf(code: string): Occupation {
  if (!isKldbCode(code)) {
    throw new ValidationError('KLDB_INVALID', errorMessages.KLDB_INVALID(code), [
      { path: '(root)', message: 'must be a KldB 2010 code' },
    ]);
  }
  const group = byCode.get(code.slice(0, 2)) as OccupationGroup;
  // A two-digit code finds its own group here.
  const named = byCode.get(code.slice(0, 3)) ?? group;
  return { code, group, named, riasec: named.riasec, skillLevel: skillLevelOf(code) };
}
