/**
 * Longer descriptions, contact lines and Leichte Sprache texts for the offers that the screenshots and the
 * kiosk's detail pages show most. Keyed by full offer id; `generate.ts` fails on an id that does not exist.
 */
export interface OfferDetails {
  readonly description?: { readonly de: string; readonly en: string };
  readonly contact?: string;
  /** Title and summary in Leichte Sprache (easy German). */
  readonly ls?: readonly [title: string, summary: string];
}

export const details: Readonly<Record<string, OfferDetails>> = {
  'bildungswerk-nordost-bueromanagement-teilzeit': {
    description: {
      de: 'Ablauf: 36 Monate Unterricht in einer Gruppe von höchstens 16 Personen, montags bis freitags von 08:30 bis 13:30 Uhr. Im zweiten Jahr arbeiten Sie zwölf Wochen im Praktikum in einem Betrieb in Pankow, ebenfalls am Vormittag.\n\nInhalte: Büroorganisation, Kundenkommunikation, Auftragsbearbeitung, Rechnungswesen, Personalwirtschaft, Office-Programme.\n\nVoraussetzungen: Deutsch auf B2-Niveau, mindestens Hauptschulabschluss, ein Beratungsgespräch bei uns. Wenn Ihr Deutsch noch nicht reicht, beginnen Sie mit dem Berufssprachkurs im Lernhaus Weißensee.\n\nKosten: Mit Bildungsgutschein übernimmt das Jobcenter Lehrgang, Fahrkosten und Kinderbetreuungskosten.',
      en: 'How it works: 36 months of classes in a group of at most 16 people, Monday to Friday from 08:30 to 13:30. In the second year you spend twelve weeks on a work placement with a Pankow employer, also in the mornings.\n\nContent: office organisation, customer communication, order processing, accounting, HR, office software.\n\nRequirements: German at B2 level, at least a lower secondary certificate, an advisory talk with us. If your German is not there yet, start with the job-related German course at Lernhaus Weißensee.\n\nCosts: with an education voucher the Jobcenter pays the course, travel and childcare costs.',
    },
    contact: 'Frau Krüger, Stand C1',
  },
  'pflegeschule-panke-pflegehelfer': {
    description: {
      de: 'Vier Monate, davon sechs Wochen Praxis in einem unserer Kooperationsheime in Pankow, Rosenthal oder Buch. Sie lernen Grundpflege, Mobilisation, Essen reichen, Hygiene, Dokumentation, Erste Hilfe und den Umgang mit Menschen mit Demenz.\n\nDanach: Die Heime stellen gern ein – im Schichtdienst oder nur im Frühdienst. Mit Berufserfahrung ist später die Ausbildung zur Pflegefachassistenz oder Pflegefachkraft möglich.\n\nVoraussetzungen: Deutsch B1, gesundheitliche Eignung, erweitertes Führungszeugnis (wir helfen beim Antrag).',
      en: 'Four months, six weeks of which on placement in one of our partner care homes in Pankow, Rosenthal or Buch. You learn basic care, mobilisation, helping with meals, hygiene, documentation, first aid and supporting people with dementia.\n\nAfterwards: the homes are keen to hire – on shifts or early shifts only. With experience, nursing assistant or full nursing training is possible later.\n\nRequirements: German B1, fitness for the work, an extended police certificate (we help with the application).',
    },
    contact: 'Herr Okafor, Stand C2',
    ls: ['Pflege-Helfer werden', 'Sie möchten alten Menschen helfen? Sie lernen 4 Monate lang. Dann können Sie im Pflege-Heim arbeiten. Das Jobcenter kann den Kurs bezahlen.'],
  },
  'logistik-akademie-staplerschein': {
    description: {
      de: 'Montag bis Donnerstag Theorie und Fahrübungen auf Frontstapler und Schubmaststapler in unserer Übungshalle, am Freitag theoretische und praktische Prüfung. Sie erhalten den Fahrausweis für Flurförderzeuge nach DGUV Grundsatz 308-001.\n\nDer Kurs startet jeden Montag. Mit AVGS oder Bildungsgutschein kostenlos für Sie.',
      en: 'Monday to Thursday theory and driving practice on counterbalance and reach trucks in our training hall, theory and practical exam on Friday. You receive the forklift operator licence under DGUV 308-001.\n\nThe course starts every Monday. Free for you with an activation or education voucher.',
    },
    contact: 'Frau Nowak, Stand C3',
    ls: ['Stapler fahren lernen', 'Sie lernen 1 Woche lang Gabel-Stapler fahren. Am Ende gibt es eine Prüfung. Mit dem Schein finden Sie leichter Arbeit im Lager.'],
  },
  'sprachraum-integrationskurs-a1': {
    description: {
      de: 'Der Integrationskurs hat 600 Stunden Sprachkurs und 100 Stunden Orientierungskurs (Leben in Deutschland). Unterricht montags bis freitags von 08:45 bis 12:45 Uhr; Ihre Kinder ab einem Jahr werden in unserer Kinderbetreuung im Haus betreut.\n\nSie brauchen eine Berechtigung oder Verpflichtung vom BAMF, der Ausländerbehörde oder dem Jobcenter. Den Einstufungstest machen Sie bei uns – auch heute am Stand.',
      en: 'The integration course has 600 hours of language classes and 100 hours of orientation (life in Germany). Classes Monday to Friday from 08:45 to 12:45; children from one year are looked after in our on-site childcare.\n\nYou need an entitlement or obligation from the BAMF, the immigration office or the Jobcenter. You take the placement test with us – at our stand today too.',
    },
    contact: 'Frau Haddad, Stand D2',
    ls: ['Deutsch lernen mit Kinder-Betreuung', 'Sie lernen Deutsch. Jeden Tag am Vormittag. Ihre Kinder werden in der Zeit betreut. Der Kurs kostet Sie nichts.'],
  },
  'schuldnerberatung-schuldnerberatung': {
    description: {
      de: 'Bringen Sie zum ersten Gespräch mit, was Sie haben: Mahnungen, Briefe vom Inkasso, Kontoauszüge, Bescheide. Wir sortieren gemeinsam, prüfen, was berechtigt ist, und machen einen Plan.\n\nWir sind eine anerkannte Stelle nach der Insolvenzordnung. Die Beratung ist kostenlos, vertraulich und unabhängig von Banken und Gläubigern. Schulden sind kein Hindernis für eine Arbeit oder Weiterbildung – aber sie lassen sich leichter angehen, wenn jemand hilft.',
      en: 'Bring whatever you have to the first talk: reminders, letters from debt collectors, bank statements, official notices. Together we sort them, check which claims are justified and make a plan.\n\nWe are a recognised service under the Insolvency Act. Counselling is free, confidential and independent of banks and creditors. Debts are no obstacle to a job or training – but they are easier to tackle with help.',
    },
    contact: 'Offene Sprechstunde am Stand E4, ohne Termin',
  },
  'suchtberatung-beratung': {
    ls: ['Hilfe bei Sucht', 'Sie trinken viel Alkohol? Oder Sie spielen viel um Geld? Wir helfen Ihnen. Sie müssen Ihren Namen nicht sagen.'],
  },
  'jobcenter-einstiegsgeld': {
    description: {
      de: 'Einstiegsgeld (§ 16b SGB II) ist ein Zuschuss zusätzlich zu Ihren Leistungen vom Jobcenter in den ersten Monaten Ihrer Selbstständigkeit – höchstens 24 Monate. Voraussetzungen: eine hauptberufliche Selbstständigkeit, die Ihren Lebensunterhalt voraussichtlich auf Dauer sichern kann, und eine Stellungnahme einer fachkundigen Stelle zur Tragfähigkeit.\n\nSo geht es weiter: Sie sprechen mit Ihrer Integrationsfachkraft, erstellen Ihren Businessplan (zum Beispiel im Gründungscoaching mit AVGS) und stellen den Antrag vor Beginn der Selbstständigkeit.',
      en: 'Einstiegsgeld (§ 16b SGB II) is a grant on top of your Jobcenter benefits in the first months of your self-employment – for at most 24 months. Requirements: a main self-employed activity that is expected to secure your living in the long run, and a viability statement from an expert body.\n\nNext steps: talk to your Jobcenter adviser, write your business plan (for example in start-up coaching with an AVGS) and apply before your self-employment begins.',
    },
    contact: 'Team Selbstständige, Stand J4',
    ls: ['Geld vom Jobcenter für Ihre eigene Firma', 'Sie wollen Ihre eigene Firma gründen? Dann gibt es vielleicht Einstiegs-Geld. Das ist Geld vom Jobcenter für den Anfang. Wir erklären es Ihnen.'],
  },
  'jobcenter-azav': {
    description: {
      de: 'Wer Maßnahmen mit Bildungsgutschein oder AVGS anbieten will, braucht eine Trägerzulassung nach der Akkreditierungs- und Zulassungsverordnung Arbeitsförderung (AZAV) durch eine fachkundige Stelle – und für jede Maßnahme eine Maßnahmezulassung.\n\nAm Stand J2 erklären wir: welche Bedarfe das Jobcenter in Pankow sieht (zum Beispiel Teilzeitangebote für Alleinerziehende, Angebote mit Sprachförderung, Angebote im Norden des Bezirks), wie Vergabe und Gutscheine funktionieren und wie Sie Teil des Netzwerks Arbeit und Teilhabe werden. Die Prüfstelle Nordost am Stand J1 beantwortet Fragen zum Zulassungsverfahren.',
      en: 'Anyone who wants to offer measures funded by education or activation vouchers needs provider admission under the AZAV regulation from a certification body – and an admission for every measure.\n\nAt stand J2 we explain which needs the Jobcenter sees in Pankow (for example part-time offers for single parents, offers with language support, offers in the north of the district), how tenders and vouchers work and how to join the network for work and participation. The certification body at stand J1 answers questions about the admission procedure.',
    },
    contact: 'Team Markt und Integration, Stand J2',
  },
  'nordbahn-logistik-lagerhelfer': {
    description: {
      de: 'Schichten: Früh 06:00–14:00, Spät 14:00–22:00, im Wechsel; samstags nur Frühschicht. Einarbeitung drei Tage mit einer Patin oder einem Paten, Sicherheitsschuhe und Arbeitskleidung stellen wir.\n\nDie Arbeit ist körperlich schwer: Sie heben und tragen den ganzen Tag Getränkekisten und Säcke bis 25 kg. Wer den Staplerschein macht, kann in den Staplerbereich wechseln.\n\nBezahlung: 15,20 Euro pro Stunde plus Schichtzulagen, unbefristet nach sechs Monaten.',
      en: 'Shifts: early 06:00–14:00, late 14:00–22:00, alternating; Saturdays early shift only. Three days of induction with a buddy; safety shoes and work clothing provided.\n\nThe work is physically heavy: all day you lift and carry crates of drinks and sacks of up to 25 kg. With a forklift licence you can move to the forklift team.\n\nPay: 15.20 euros an hour plus shift allowances, permanent after six months.',
    },
    contact: 'Personalabteilung, Stand A6',
    ls: ['Arbeit im Lager', 'Sie packen Kisten und tragen schwere Sachen. Sie arbeiten früh oder spät. Die Arbeit ist anstrengend.'],
  },
  'kfz-heinersdorf-ausbildung': {
    contact: 'Herr Wendt, Stand B9 – bringen Sie gern Ihr letztes Zeugnis mit',
    ls: ['Ausbildung in der Auto-Werkstatt', 'Sie sind jünger als 25? Sie mögen Autos und Technik? Dann können Sie bei uns lernen, Autos zu reparieren.'],
  },
  'glanzwerk-reinigung-abends': {
    ls: ['Putzen im Büro am Abend', 'Sie putzen Büros. Die Arbeit ist am Abend von 17 bis 20 Uhr. Sie brauchen nur wenig Deutsch.'],
  },
  'jobcenter-u25': {
    ls: ['Beratung für junge Menschen', 'Sie sind jünger als 25? Wir helfen Ihnen: Schule, Ausbildung oder Arbeit. Kommen Sie einfach vorbei.'],
  },
  'anerkennung-nordost-anerkennung': {
    ls: ['Ihr Zeugnis aus dem Ausland', 'Sie haben einen Beruf im Ausland gelernt? Wir prüfen: Gilt Ihr Zeugnis auch in Deutschland? Die Beratung kostet nichts.'],
  },
};
