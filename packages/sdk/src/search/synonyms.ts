/**
 * Words that mean the same thing at a Jobcenter fair. A query word that matches one member of a group
 * also finds offers that use another member. Written in plain German spelling; folded when the index is built.
 * One word per entry (compounds are found inside longer words, e.g. "Pflege" in "Altenpflegehelferin");
 * written here as one line per group, words separated by spaces. Words in `oneWaySynonyms` only select their group.
 */
export const synonymGroups: readonly (readonly string[])[] = Object.freeze(
  `
Pflege Altenpflege Altenpfleger Pflegehelfer Pflegehilfe Pflegefachkraft Pflegekraft Krankenpflege Seniorenbetreuung Senioren Betreuungskraft
Kita Kindergarten Kindertagesstätte Erzieher Erzieherin Kinderbetreuung Sozialassistent Tagesmutter Kindertagespflege Kinder
LKW Lastwagen Berufskraftfahrer Kraftfahrer Fernfahrer Brummifahrer
Deutschkurs Sprachkurs Integrationskurs Deutschunterricht Berufssprachkurs Deutsch
Bus Busfahrer Omnibusfahrer Linienbus
Stapler Gabelstapler Staplerfahrer Staplerschein Flurförderzeug
Lager Lagerist Lagerlogistik Lagerhelfer Kommissionierer Logistik
Koch Köchin Kochen Küche Küchenhilfe Gastronomie Gastro Systemgastronomie
Verkauf Verkäufer Verkäuferin Einzelhandel Kassierer Kasse Handel
Büro Büromanagement Bürokaufmann Bürokauffrau Verwaltung Sachbearbeitung Sekretariat Office
IT Informatik Fachinformatiker Programmieren EDV Software Computer
Reinigung Gebäudereinigung Gebäudereiniger Reinigungskraft Putzen Raumpflege
Hausmeister Haustechnik Hauswart Facility
Elektriker Elektroniker Elektrotechnik Elektro
Schweißer Schweißen Metallbau Metallbauer
Maler Lackierer Anstreicher Malerin
Garten Gärtner Gartenbau Landschaftsbau GaLaBau Grünpflege
Sicherheit Sicherheitsdienst Wachschutz Security Bewachung Objektschutz
Friseur Friseurin Frisör Haare
Schulden Schuldnerberatung Schuldenberatung Insolvenz Privatinsolvenz
Sucht Suchtberatung Drogen Alkohol Drogenberatung
Anerkennung Anerkennungsberatung Berufsanerkennung Zeugnisanerkennung Gleichwertigkeit
Ausbildung Azubi Lehrstelle Berufsausbildung Auszubildende
Umschulung Weiterbildung Qualifizierung Fortbildung Maßnahme
Bewerbung Bewerbungstraining Bewerbungscoaching Lebenslauf Anschreiben
Selbstständig Selbstständigkeit Selbständig Existenzgründung Gründung Gründen Einstiegsgeld
Teilzeit Halbtags Minijob Teilzeitausbildung
Alleinerziehend Alleinerziehende Einelternfamilie Alleinerziehender
Gesundheit Gesundheitsförderung Prävention Gesundheitskurs
Arzthelfer Arzthelferin MFA Praxishilfe Medizinische
Führerschein Fahrerlaubnis Fahrschule
Bau Bauhelfer Baustelle Hochbau Maurer Bauarbeiter
KFZ Kraftfahrzeug Auto Mechatroniker Autowerkstatt Mechaniker Werkstatt
Hotel Hotelfach Rezeption Housekeeping Zimmerservice
Bildungsgutschein BGS Förderung
AVGS Aktivierungsgutschein Vermittlungsgutschein Coaching
Jugend Jugendliche U25 Jugendberufsagentur Berufseinstieg
Migration Migrationsberatung Zugewanderte Geflüchtete Flüchtlinge Zuwanderung
50plus Ü50 Ältere Generation50
Callcenter Kundenservice Kundendienst Servicecenter Kundenberatung
Paket Paketzusteller Zusteller Kurier Zustellung Post
Tiere Tierpflege Tierpfleger Tierheim Hundepflege
`
    .trim()
    .split('\n')
    .map((group) => Object.freeze(group.split(' '))),
);

/**
 * Generic words that select their group but are not looked for when another member is typed: "Kinder" finds the
 * Kita, but "Kita" does not look for "Kinder" (it would find "Kinderzuschlag"), nor "Werkstatt" for "Auto" inside
 * "Automatisierungstechnik", nor "Pflege" for "Senioren" in "Computerkurs für Senioren". They select their group
 * only as the whole word, exactly or with a plural or case ending ("Kindern", "Autos"), not with typos: "Rinder",
 * "Autor" and "Kosten" are other words.
 */
export const oneWaySynonyms: readonly string[] = Object.freeze(['Kinder', 'Kochen', 'Auto', 'Senioren']);
