/**
 * The inputs of the illustrative Beschäftigungs-Radar: Pankow's 13 Ortsteile and 25 Berufsgruppen
 * (KldB 2010, three digits) with made-up but plausible base rates. NOT official figures: they only give the
 * demo radar the shape of the Bundesagentur's statistics (health care in Buch, logistics in Wilhelmsruh,
 * crafts in Weißensee, gastronomy and IT in Prenzlauer Berg).
 */

export interface Ortsteil {
  /** Ortsteil number in Berlin's regional reference system (Bezirk 03 = Pankow). */
  readonly code: string;
  readonly name: string;
  /** Residents, rounded (order of magnitude of the official figures). */
  readonly residents: number;
  /** How many job seekers per resident compared with the district average. */
  readonly jobSeekerFactor: number;
  /** Where employers of a Berufsgruppe cluster: vacancy multiplier per KldB code. */
  readonly focus: Readonly<Record<string, number>>;
}

export const ortsteile: readonly Ortsteil[] = [
  { code: '0301', name: 'Prenzlauer Berg', residents: 166000, jobSeekerFactor: 0.7, focus: { '293': 1.6, '633': 1.8, '714': 1.4, '722': 1.3, '431': 2, '434': 2.5, '621': 1.3, '831': 1.2 } },
  { code: '0302', name: 'Weißensee', residents: 56000, jobSeekerFactor: 1.05, focus: { '262': 1.8, '342': 1.6, '332': 1.5, '333': 1.6, '252': 1.4, '513': 1.5, '292': 1.3 } },
  { code: '0303', name: 'Blankenburg', residents: 7000, jobSeekerFactor: 0.6, focus: { '121': 2.2 } },
  { code: '0304', name: 'Heinersdorf', residents: 8000, jobSeekerFactor: 1.0, focus: { '252': 2, '541': 1.4, '531': 1.3 } },
  { code: '0305', name: 'Karow', residents: 20000, jobSeekerFactor: 0.8, focus: { '521': 1.6, '831': 1.2 } },
  { code: '0306', name: 'Stadtrandsiedlung Malchow', residents: 1500, jobSeekerFactor: 0.6, focus: { '121': 2.2 } },
  { code: '0307', name: 'Pankow', residents: 67000, jobSeekerFactor: 0.9, focus: { '811': 1.4, '621': 1.2, '714': 1.2, '831': 1.1 } },
  { code: '0308', name: 'Blankenfelde', residents: 2300, jobSeekerFactor: 0.6, focus: { '121': 2.2 } },
  { code: '0309', name: 'Buch', residents: 18000, jobSeekerFactor: 1.5, focus: { '813': 4, '821': 2, '811': 2.5, '825': 5, '541': 1.8 } },
  { code: '0310', name: 'Französisch Buchholz', residents: 22000, jobSeekerFactor: 0.8, focus: { '121': 2, '821': 1.2 } },
  { code: '0311', name: 'Niederschönhausen', residents: 33000, jobSeekerFactor: 0.9, focus: { '293': 1.3, '633': 1.4, '623': 1.3, '821': 1.3 } },
  { code: '0312', name: 'Rosenthal', residents: 10000, jobSeekerFactor: 0.8, focus: { '821': 1.8, '121': 1.5 } },
  { code: '0313', name: 'Wilhelmsruh', residents: 8000, jobSeekerFactor: 1.1, focus: { '513': 4, '521': 2.5, '252': 1.5, '292': 2 } },
];

export interface Berufsgruppe {
  /** KldB 2010 Berufsgruppe (three digits). */
  readonly kldb: string;
  readonly name: string;
  /** Job seekers per 10,000 residents (district average). */
  readonly jobSeekers: number;
  /** Registered vacancies per 10,000 residents (district average). */
  readonly vacancies: number;
  /** Typical completed vacancy duration in days. */
  readonly durationDays: number;
  /** Typical change of vacancies against last year, as a fraction. */
  readonly trend: number;
}

export const berufsgruppen: readonly Berufsgruppe[] = [
  { kldb: '121', name: 'Gartenbau', jobSeekers: 10, vacancies: 1.8, durationDays: 98, trend: 0.05 },
  { kldb: '252', name: 'Fahrzeug-, Luft-, Raumfahrt- und Schiffbautechnik', jobSeekers: 6, vacancies: 2.4, durationDays: 160, trend: 0.04 },
  { kldb: '262', name: 'Energietechnik', jobSeekers: 5, vacancies: 3.5, durationDays: 190, trend: 0.15 },
  { kldb: '292', name: 'Lebensmittel- und Genussmittelherstellung', jobSeekers: 7, vacancies: 1.5, durationDays: 112, trend: 0.03 },
  { kldb: '293', name: 'Speisenzubereitung', jobSeekers: 30, vacancies: 5, durationDays: 95, trend: 0.04 },
  { kldb: '332', name: 'Maler-, Stuckateur-, Bauwerksabdichtungs- und Bautenschutzarbeiten', jobSeekers: 8, vacancies: 2, durationDays: 140, trend: 0.01 },
  { kldb: '333', name: 'Aus- und Trockenbau, Isolierung, Zimmerei, Glaserei, Rollladen- und Jalousiebau', jobSeekers: 7, vacancies: 1.6, durationDays: 125, trend: -0.02 },
  { kldb: '342', name: 'Klempnerei, Sanitär-, Heizungs- und Klimatechnik', jobSeekers: 4, vacancies: 3, durationDays: 205, trend: 0.11 },
  { kldb: '431', name: 'Informatik', jobSeekers: 12, vacancies: 3, durationDays: 110, trend: -0.1 },
  { kldb: '434', name: 'Softwareentwicklung und Programmierung', jobSeekers: 9, vacancies: 2.5, durationDays: 118, trend: -0.14 },
  { kldb: '513', name: 'Lagerwirtschaft, Post und Zustellung, Güterumschlag', jobSeekers: 70, vacancies: 7, durationDays: 68, trend: -0.05 },
  { kldb: '521', name: 'Fahrzeugführung im Straßenverkehr', jobSeekers: 25, vacancies: 4, durationDays: 120, trend: 0.08 },
  { kldb: '531', name: 'Objekt-, Personen-, Brandschutz, Arbeitssicherheit', jobSeekers: 14, vacancies: 2.8, durationDays: 76, trend: 0.07 },
  { kldb: '541', name: 'Reinigung', jobSeekers: 55, vacancies: 6, durationDays: 70, trend: 0.02 },
  { kldb: '621', name: 'Verkauf (ohne Produktspezialisierung)', jobSeekers: 60, vacancies: 5.5, durationDays: 85, trend: -0.04 },
  { kldb: '623', name: 'Verkauf von Lebensmitteln', jobSeekers: 12, vacancies: 2.2, durationDays: 92, trend: 0.02 },
  { kldb: '633', name: 'Gastronomie', jobSeekers: 25, vacancies: 4.5, durationDays: 88, trend: 0.06 },
  { kldb: '714', name: 'Büro und Sekretariat', jobSeekers: 65, vacancies: 4, durationDays: 72, trend: -0.08 },
  { kldb: '722', name: 'Rechnungswesen, Controlling und Revision', jobSeekers: 12, vacancies: 2.2, durationDays: 105, trend: -0.03 },
  { kldb: '811', name: 'Arzt- und Praxishilfe', jobSeekers: 10, vacancies: 3, durationDays: 130, trend: 0.03 },
  { kldb: '813', name: 'Gesundheits-, Krankenpflege, Rettungsdienst und Geburtshilfe', jobSeekers: 12, vacancies: 6, durationDays: 165, trend: 0.1 },
  { kldb: '821', name: 'Altenpflege', jobSeekers: 18, vacancies: 7.5, durationDays: 178, trend: 0.12 },
  { kldb: '825', name: 'Medizin-, Orthopädie- und Rehatechnik', jobSeekers: 2, vacancies: 0.8, durationDays: 140, trend: 0.06 },
  { kldb: '831', name: 'Erziehung, Sozialarbeit, Heilerziehungspflege', jobSeekers: 20, vacancies: 6.5, durationDays: 150, trend: -0.02 },
  { kldb: '832', name: 'Hauswirtschaft und Verbraucherberatung', jobSeekers: 12, vacancies: 1.5, durationDays: 80, trend: 0 },
];

/** Month of the illustrative figures (`YYYY-MM`): the last month published before the fair. */
export const radarPeriod = '2027-03';
