/**
 * The 37 Berufshauptgruppen (two-digit groups) of the Klassifikation der Berufe 2010 (KldB 2010,
 * Bundesagentur für Arbeit), with German and English names and a Holland (RIASEC) code each.
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

const group = (code: string, de: string, en: string, riasec: string): OccupationGroup =>
  Object.freeze({ code, name: Object.freeze({ de, en }), riasec });

/** All 37 Berufshauptgruppen in code order. */
export const occupationGroups: readonly OccupationGroup[] = Object.freeze([
  group('01', 'Angehörige der regulären Streitkräfte', 'Members of the armed forces', 'RCS'),
  group('11', 'Land-, Tier- und Forstwirtschaftsberufe', 'Agriculture, animal husbandry and forestry', 'RI'),
  group('12', 'Gartenbauberufe und Floristik', 'Horticulture and floristry', 'RA'),
  group('21', 'Rohstoffgewinnung, Glas- und Keramikherstellung', 'Raw-material extraction, glass and ceramics', 'RC'),
  group('22', 'Kunststoffherstellung und Holzbearbeitung', 'Plastics and wood processing', 'RA'),
  group('23', 'Papier- und Druckberufe, technische Mediengestaltung', 'Paper, printing and technical media design', 'RAC'),
  group('24', 'Metallerzeugung und -bearbeitung, Metallbauberufe', 'Metal production, metalworking and metal construction', 'RC'),
  group('25', 'Maschinen- und Fahrzeugtechnikberufe', 'Machine and vehicle technology', 'RI'),
  group('26', 'Mechatronik-, Energie- und Elektroberufe', 'Mechatronics, energy and electrical occupations', 'RIC'),
  group('27', 'Technische Forschung, Entwicklung, Konstruktion und Produktionssteuerung', 'Technical research, development, design and production planning', 'IRC'),
  group('28', 'Textil- und Lederberufe', 'Textile and leather occupations', 'RA'),
  group('29', 'Lebensmittelherstellung und -verarbeitung', 'Food production and processing', 'RC'),
  group('31', 'Bauplanung, Architektur und Vermessung', 'Construction planning, architecture and surveying', 'IRA'),
  group('32', 'Hoch- und Tiefbauberufe', 'Building construction and civil engineering', 'RC'),
  group('33', '(Innen-)Ausbauberufe', 'Interior finishing', 'RA'),
  group('34', 'Gebäude- und versorgungstechnische Berufe', 'Building services engineering', 'RIC'),
  group('41', 'Mathematik-, Biologie-, Chemie- und Physikberufe', 'Mathematics, biology, chemistry and physics', 'IR'),
  group('42', 'Geologie-, Geografie- und Umweltschutzberufe', 'Geology, geography and environmental protection', 'IR'),
  group('43', 'Informatik- und IT-Berufe', 'Computer science and IT', 'ICR'),
  group('51', 'Verkehrs- und Logistikberufe (außer Fahrzeugführung)', 'Traffic and logistics (except drivers)', 'RC'),
  group('52', 'Führer/innen von Fahrzeug- und Transportgeräten', 'Drivers and operators of vehicles and transport equipment', 'RC'),
  group('53', 'Schutz-, Sicherheits- und Überwachungsberufe', 'Protection, safety and security', 'RSC'),
  group('54', 'Reinigungsberufe', 'Cleaning', 'RC'),
  group('61', 'Einkaufs-, Vertriebs- und Handelsberufe', 'Purchasing, sales and trade', 'EC'),
  group('62', 'Verkaufsberufe', 'Retail sales', 'ESC'),
  group('63', 'Tourismus-, Hotel- und Gaststättenberufe', 'Tourism, hotels and restaurants', 'SER'),
  group('71', 'Unternehmensführung und -organisation', 'Business management and organisation', 'CE'),
  group('72', 'Finanzdienstleistungen, Rechnungswesen und Steuerberatung', 'Financial services, accounting and tax consultancy', 'CE'),
  group('73', 'Recht und Verwaltung', 'Law and public administration', 'CES'),
  group('81', 'Medizinische Gesundheitsberufe', 'Medical health care', 'SIR'),
  group('82', 'Nichtmedizinische Gesundheits-, Körperpflege- und Wellnessberufe, Medizintechnik', 'Non-medical health, body care, wellness and medical technology', 'SRA'),
  group('83', 'Erziehung, soziale und hauswirtschaftliche Berufe, Theologie', 'Education, social work, housekeeping and theology', 'SA'),
  group('84', 'Lehrende und ausbildende Berufe', 'Teaching and training', 'SAI'),
  group('91', 'Sprach-, Geistes-, Gesellschafts- und Wirtschaftswissenschaften', 'Languages, humanities, social sciences and economics', 'IAS'),
  group('92', 'Werbung, Marketing, kaufmännische und redaktionelle Medienberufe', 'Advertising, marketing and media', 'EA'),
  group('93', 'Produktdesign, Kunsthandwerk, bildende Kunst, Musikinstrumentenbau', 'Product design, crafts, fine arts and instrument making', 'AR'),
  group('94', 'Darstellende und unterhaltende Berufe', 'Performing arts and entertainment', 'AE'),
]);

/**
 * Berufsgruppen (three-digit) that visitors of a Jobcenter fair often ask about, where the name or the
 * interest profile differs enough from the Hauptgruppe to matter. Codes not listed fall back to their
 * two-digit group.
 */
export const occupationSubgroups: readonly OccupationGroup[] = Object.freeze([
  group('121', 'Gartenbau', 'Horticulture', 'RI'),
  group('122', 'Floristik', 'Floristry', 'AR'),
  group('244', 'Metallbau und Schweißtechnik', 'Metal construction and welding', 'RC'),
  group('251', 'Maschinenbau- und Betriebstechnik', 'Mechanical and plant engineering', 'RI'),
  group('252', 'Fahrzeug-, Luftfahrt- und Schiffbautechnik', 'Vehicle, aircraft and ship technology', 'RI'),
  group('262', 'Energietechnik', 'Energy technology', 'RI'),
  group('263', 'Elektrotechnik', 'Electrical engineering', 'RIC'),
  group('292', 'Lebensmittel- und Genussmittelherstellung', 'Food production', 'RC'),
  group('293', 'Speisenzubereitung', 'Cooking', 'RAS'),
  group('321', 'Hochbau', 'Building construction', 'RC'),
  group('332', 'Maler-, Lackierer- und Stuckateurarbeiten', 'Painting, varnishing and plastering', 'RA'),
  group('342', 'Klempnerei, Sanitär-, Heizungs- und Klimatechnik', 'Plumbing, heating and air conditioning', 'RIC'),
  group('431', 'Informatik', 'Computer science', 'IRC'),
  group('434', 'Softwareentwicklung und Programmierung', 'Software development', 'ICR'),
  group('513', 'Lagerwirtschaft, Post und Zustellung, Güterumschlag', 'Warehousing, postal delivery and cargo handling', 'RC'),
  group('516', 'Kaufleute in Verkehr und Logistik', 'Clerks in transport and logistics', 'CE'),
  group('521', 'Fahrzeugführung im Straßenverkehr', 'Driving road vehicles', 'RC'),
  group('531', 'Objekt-, Personen-, Brandschutz, Arbeitssicherheit', 'Property and personal protection, fire safety', 'RSC'),
  group('541', 'Reinigung', 'Cleaning', 'RC'),
  group('621', 'Verkauf (ohne Produktspezialisierung)', 'Retail sales (general)', 'ESC'),
  group('632', 'Hotellerie', 'Hotel services', 'SEC'),
  group('633', 'Gastronomie', 'Restaurant service', 'SER'),
  group('713', 'Unternehmensorganisation und -strategie', 'Business organisation and strategy', 'EC'),
  group('714', 'Büro und Sekretariat', 'Office and secretarial work', 'CS'),
  group('722', 'Rechnungswesen, Controlling und Revision', 'Accounting and controlling', 'CI'),
  group('732', 'Öffentliche Verwaltung', 'Public administration', 'CS'),
  group('811', 'Arzt- und Praxishilfe', 'Medical practice assistance', 'SC'),
  group('813', 'Gesundheits- und Krankenpflege, Rettungsdienst, Geburtshilfe', 'Nursing, emergency services and midwifery', 'SIR'),
  group('814', 'Human- und Zahnmedizin', 'Medicine and dentistry', 'ISR'),
  group('817', 'Nichtärztliche Therapie und Heilkunde', 'Non-medical therapy', 'SIR'),
  group('821', 'Altenpflege', 'Care for the elderly', 'SR'),
  group('823', 'Körperpflege', 'Body care and hairdressing', 'ASR'),
  group('825', 'Medizin-, Orthopädie- und Rehatechnik', 'Medical, orthopaedic and rehabilitation technology', 'RIS'),
  group('831', 'Erziehung, Sozialarbeit, Heilerziehungspflege', 'Education, social work and special-needs care', 'SA'),
  group('832', 'Hauswirtschaft und Verbraucherberatung', 'Housekeeping and consumer advice', 'SRC'),
  group('841', 'Lehrtätigkeit an allgemeinbildenden Schulen', 'Teaching at general schools', 'SAI'),
  group('842', 'Lehrtätigkeit für berufsbildende Fächer', 'Teaching vocational subjects', 'SIR'),
  group('843', 'Lehr- und Forschungstätigkeit an Hochschulen', 'University teaching and research', 'ISA'),
  group('845', 'Fahr-, Sport- und sonstige Lehrtätigkeit', 'Driving, sports and other instruction', 'SRE'),
  group('914', 'Wirtschaftswissenschaften', 'Economics', 'IEC'),
  group('921', 'Werbung und Marketing', 'Advertising and marketing', 'EA'),
  group('924', 'Redaktion und Journalismus', 'Editing and journalism', 'AIS'),
]);
