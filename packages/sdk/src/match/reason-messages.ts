/**
 * Texts for the reasons `match` gives, in German, English and Leichte Sprache, with `{param}`
 * placeholders. Exported as `@markt/sdk/reasons` (not from the root entry, to keep the core small).
 * Other languages (Turkish, Arabic, Ukrainian, Russian) are translated by the kiosk from the same keys;
 * `formatReason` falls back to English for them.
 * @packageDocumentation
 */
import type { Locale } from '../model/vocabulary.js';
import { occupationOf } from '../occupations/groups.js';
import { isKldbCode } from '../occupations/kldb.js';
import type { Reason, ReasonKey } from './reasons.js';

/** The languages this file has texts for. */
export type ReasonLocale = 'de' | 'en' | 'de-x-ls';

/** Message templates per language and reason key. `{occupation}` is the name of `params.kldb`. */
export const reasonMessages: Readonly<Record<ReasonLocale, Readonly<Record<ReasonKey, string>>>> = {
  de: {
    'excluded.targetGroup': 'Nur für: {groups}',
    'excluded.germanLevel': 'Braucht Deutsch {required} (Sie: {yours})',
    'excluded.schedule': 'Zeiten {start}–{end} passen nicht zu Ihrer freien Zeit {from}–{until}',
    'excluded.days': 'Findet an Tagen statt, an denen Sie nicht können',
    'excluded.hours': '{hours} Stunden pro Woche – mehr als Ihre {max}',
    'excluded.fullTime': '{hours} Stunden pro Woche – Sie suchen Teilzeit',
    'excluded.physicalLoad': 'Körperlich {load} – mehr, als Sie sich zutrauen',
    'excluded.minAge': 'Erst ab {minAge} Jahren',
    'excluded.maxAge': 'Nur bis {maxAge} Jahre',
    'excluded.drivingLicence': 'Braucht einen Führerschein',
    'excluded.schoolCertificate': 'Braucht {certificate}',
    'excluded.travel': 'Etwa {minutes} Minuten Weg – mehr als Ihre {max}',
    'fit.interest.R': 'Passt zu Ihrem Interesse: praktisch arbeiten, mit Werkzeug und Technik',
    'fit.interest.I': 'Passt zu Ihrem Interesse: Dinge erforschen und verstehen',
    'fit.interest.A': 'Passt zu Ihrem Interesse: kreativ gestalten',
    'fit.interest.S': 'Passt zu Ihrem Interesse: mit Menschen arbeiten',
    'fit.interest.E': 'Passt zu Ihrem Interesse: führen, verkaufen, überzeugen',
    'fit.interest.C': 'Passt zu Ihrem Interesse: ordnen, planen, genau arbeiten',
    'fit.wishedOccupation': 'Führt zu Ihrem Wunschberuf: {occupation}',
    'fit.wishedKind': 'Sie suchen: {kind}',
    'fit.strength': 'Nutzt Ihre Stärke: {strength}',
    'fit.targetGroup': 'Gemacht für: {group}',
    'fit.need': 'Beratung zu {topic} – das ist Ihnen wichtig',
    'fit.topic': 'Hilft auch beim Thema {topic}',
    'fit.recognition': 'Sie haben einen Abschluss aus dem Ausland: hier lassen Sie ihn anerkennen',
    'fit.germanCourse': 'Deutschkurs passend zu Ihrem Niveau ({level})',
    'fit.language': 'Auch auf {language}',
    'fit.schedule': 'Endet um {end} – passt zu Ihrer freien Zeit',
    'fit.flexibleHours': 'Zeiten nach Absprache',
    'fit.partTime': 'Auch in Teilzeit',
    'fit.nearby': 'Nah: etwa {minutes} Minuten Weg',
    'fit.remote': 'Online oder am Telefon – ohne Weg',
    'fit.wishes': 'Passt zu dem, was Sie geschrieben haben',
    'fit.general': 'Offen für alle – schauen Sie es sich an',
    'radar.shortage': '{occupation}: Arbeitgeber in {region} suchen dringend Leute',
    'radar.demand': 'Viele offene Stellen in {region}: {occupation}',
    'radar.demandArea': 'Gefragt in der Region: {occupation}',
    'note.targetGroup': 'Gedacht für: {groups} – fragen Sie, ob Sie mitmachen können',
    'note.germanLevel': 'Braucht Deutsch {required} – fragen Sie nach, wenn Sie unsicher sind',
    'note.drivingLicence': 'Braucht einen Führerschein',
    'note.schoolCertificate': 'Braucht {certificate}',
    'note.physicalLoad': 'Körperlich schwere Arbeit',
    'note.minAge': 'Ab {minAge} Jahren',
    'note.maxAge': 'Bis {maxAge} Jahre',
  },
  en: {
    'excluded.targetGroup': 'Only for: {groups}',
    'excluded.germanLevel': 'Needs German {required} (you: {yours})',
    'excluded.schedule': 'Hours {start}–{end} do not fit your free time {from}–{until}',
    'excluded.days': 'Takes place on days when you are not available',
    'excluded.hours': '{hours} hours a week – more than your {max}',
    'excluded.fullTime': '{hours} hours a week – you are looking for part time',
    'excluded.physicalLoad': 'Physically {load} – more than you can take',
    'excluded.minAge': 'Only from age {minAge}',
    'excluded.maxAge': 'Only up to age {maxAge}',
    'excluded.drivingLicence': 'Needs a driving licence',
    'excluded.schoolCertificate': 'Needs {certificate}',
    'excluded.travel': 'About {minutes} minutes away – more than your {max}',
    'fit.interest.R': 'Fits your interest in practical work with tools and machines',
    'fit.interest.I': 'Fits your interest in investigating and understanding things',
    'fit.interest.A': 'Fits your interest in creative work',
    'fit.interest.S': 'Fits your interest in working with people',
    'fit.interest.E': 'Fits your interest in leading, selling and convincing',
    'fit.interest.C': 'Fits your interest in organising and working accurately',
    'fit.wishedOccupation': 'Leads to the occupation you wished for: {occupation}',
    'fit.wishedKind': 'You are looking for: {kind}',
    'fit.strength': 'Uses your strength: {strength}',
    'fit.targetGroup': 'Made for: {group}',
    'fit.need': 'Counselling on {topic} – you said this matters to you',
    'fit.topic': 'Also helps with {topic}',
    'fit.recognition': 'You have a qualification from abroad: get it recognised here',
    'fit.germanCourse': 'German course for your level ({level})',
    'fit.language': 'Also in {language}',
    'fit.schedule': 'Ends at {end} – fits your free time',
    'fit.flexibleHours': 'Hours can be arranged',
    'fit.partTime': 'Can be done part time',
    'fit.nearby': 'Close by: about {minutes} minutes away',
    'fit.remote': 'Online or by phone – no travel',
    'fit.wishes': 'Fits what you wrote',
    'fit.general': 'Open to everyone – have a look',
    'radar.shortage': '{occupation}: employers in {region} urgently need people',
    'radar.demand': 'Many open positions in {region}: {occupation}',
    'radar.demandArea': 'In demand in the area: {occupation}',
    'note.targetGroup': 'Meant for: {groups} – ask whether you can join',
    'note.germanLevel': 'Needs German {required} – ask if you are unsure',
    'note.drivingLicence': 'Needs a driving licence',
    'note.schoolCertificate': 'Needs {certificate}',
    'note.physicalLoad': 'Physically heavy work',
    'note.minAge': 'From age {minAge}',
    'note.maxAge': 'Up to age {maxAge}',
  },
  'de-x-ls': {
    'excluded.targetGroup': 'Das Angebot ist nur für: {groups}.',
    'excluded.germanLevel': 'Sie brauchen Deutsch auf Stufe {required}.',
    'excluded.schedule': 'Die Zeiten passen nicht. Sie haben von {from} bis {until} Zeit.',
    'excluded.days': 'Die Tage passen nicht für Sie.',
    'excluded.hours': 'Das sind {hours} Stunden in der Woche. Das ist zu viel für Sie.',
    'excluded.fullTime': 'Das sind {hours} Stunden in der Woche. Sie wollen weniger Stunden arbeiten.',
    'excluded.physicalLoad': 'Die Arbeit ist körperlich {load}. Das ist zu schwer für Sie.',
    'excluded.minAge': 'Sie müssen mindestens {minAge} Jahre alt sein.',
    'excluded.maxAge': 'Sie dürfen höchstens {maxAge} Jahre alt sein.',
    'excluded.drivingLicence': 'Sie brauchen einen Führerschein.',
    'excluded.schoolCertificate': 'Sie brauchen: {certificate}.',
    'excluded.travel': 'Der Weg ist zu weit. Er dauert etwa {minutes} Minuten.',
    'fit.interest.R': 'Sie arbeiten gern mit den Händen. Das passt.',
    'fit.interest.I': 'Sie wollen gern Dinge verstehen. Das passt.',
    'fit.interest.A': 'Sie sind gern kreativ. Das passt.',
    'fit.interest.S': 'Sie arbeiten gern mit Menschen. Das passt.',
    'fit.interest.E': 'Sie verkaufen gern oder leiten gern. Das passt.',
    'fit.interest.C': 'Sie arbeiten gern genau und ordentlich. Das passt.',
    'fit.wishedOccupation': 'Das ist Ihr Wunsch-Beruf: {occupation}.',
    'fit.wishedKind': 'Das suchen Sie: {kind}.',
    'fit.strength': 'Das können Sie gut: {strength}.',
    'fit.targetGroup': 'Das Angebot ist für: {group}.',
    'fit.need': 'Hier bekommen Sie Hilfe bei: {topic}.',
    'fit.topic': 'Hier gibt es auch Hilfe bei: {topic}.',
    'fit.recognition': 'Sie haben einen Abschluss aus einem anderen Land. Hier bekommen Sie Hilfe damit.',
    'fit.germanCourse': 'Hier lernen Sie Deutsch. Der Kurs passt zu Ihrem Deutsch.',
    'fit.language': 'Hier spricht man auch: {language}.',
    'fit.schedule': 'Es ist um {end} Uhr zu Ende. Das passt für Sie.',
    'fit.flexibleHours': 'Die Zeiten können Sie absprechen.',
    'fit.partTime': 'Sie können es auch mit weniger Stunden machen.',
    'fit.nearby': 'Der Weg ist kurz. Etwa {minutes} Minuten.',
    'fit.remote': 'Das geht am Telefon oder im Internet.',
    'fit.wishes': 'Das passt zu Ihren Worten.',
    'fit.general': 'Das Angebot ist für alle.',
    'radar.shortage': 'In {region} fehlen viele Menschen für diesen Beruf: {occupation}.',
    'radar.demand': 'In {region} gibt es viele Stellen: {occupation}.',
    'radar.demandArea': 'Hier in der Gegend gibt es viele Stellen: {occupation}.',
    'note.targetGroup': 'Das Angebot ist für: {groups}. Fragen Sie nach.',
    'note.germanLevel': 'Sie brauchen Deutsch auf Stufe {required}. Fragen Sie nach.',
    'note.drivingLicence': 'Sie brauchen einen Führerschein.',
    'note.schoolCertificate': 'Sie brauchen: {certificate}.',
    'note.physicalLoad': 'Die Arbeit ist körperlich schwer.',
    'note.minAge': 'Sie müssen mindestens {minAge} Jahre alt sein.',
    'note.maxAge': 'Sie dürfen höchstens {maxAge} Jahre alt sein.',
  },
};

type Labels = Readonly<Record<string, string>>;

/** Words that reason parameters hold (vocabulary values), per language; Leichte Sprache uses the German ones. */
export const paramLabels: Readonly<Record<'de' | 'en', Readonly<Record<string, Labels>>>> = {
  de: {
    group: {
      'under-25': 'junge Menschen unter 25', 'over-45': 'Menschen über 45', 'over-50': 'Menschen über 50',
      'single-parents': 'Alleinerziehende', migrants: 'Zugewanderte', disability: 'Menschen mit Behinderung',
      returners: 'Wiedereinstieg in den Beruf', 'long-term-unemployed': 'Langzeitarbeitslose',
    },
    kind: {
      qualification: 'Weiterbildung', integration: 'Maßnahme zum Einstieg in Arbeit', job: 'Arbeitsstelle',
      apprenticeship: 'Ausbildung', counselling: 'Beratung', 'self-employment': 'Hilfe zur Selbstständigkeit',
      health: 'Gesundheit', language: 'Deutschkurs',
    },
    topic: {
      debt: 'Schulden', addiction: 'Sucht', health: 'Gesundheit', recognition: 'Anerkennung ausländischer Abschlüsse',
      migration: 'Migration und Aufenthalt', family: 'Familie und Kinderbetreuung', housing: 'Wohnen', career: 'Beruf und Bewerbung',
    },
    strength: {
      helping: 'helfen', fixing: 'reparieren', organising: 'organisieren', creating: 'gestalten', explaining: 'erklären',
      languages: 'Sprachen', numbers: 'Zahlen', driving: 'Fahren', outdoors: 'draußen arbeiten', caring: 'sich kümmern',
      selling: 'verkaufen', computers: 'Computer',
    },
    load: { light: 'leicht', medium: 'mittelschwer', heavy: 'schwer' },
    certificate: { none: 'keinen Abschluss', hauptschule: 'Hauptschulabschluss', 'mittlere-reife': 'Mittlere Reife', abitur: 'Abitur' },
    // A German level: A1–C2 stay as they are.
    level: { none: 'noch kein Deutsch' },
    language: {
      en: 'Englisch', tr: 'Türkisch', ar: 'Arabisch', uk: 'Ukrainisch', ru: 'Russisch', fa: 'Persisch', pl: 'Polnisch',
      ro: 'Rumänisch', bg: 'Bulgarisch', vi: 'Vietnamesisch', ku: 'Kurdisch', fr: 'Französisch', es: 'Spanisch',
    },
  },
  en: {
    group: {
      'under-25': 'young people under 25', 'over-45': 'people over 45', 'over-50': 'people over 50',
      'single-parents': 'single parents', migrants: 'people new to Germany', disability: 'people with disabilities',
      returners: 'people returning to work', 'long-term-unemployed': 'long-term unemployed people',
    },
    kind: {
      qualification: 'further training', integration: 'a measure to get into work', job: 'a job',
      apprenticeship: 'an apprenticeship', counselling: 'counselling', 'self-employment': 'help to become self-employed',
      health: 'health support', language: 'a German course',
    },
    topic: {
      debt: 'debts', addiction: 'addiction', health: 'health', recognition: 'recognition of foreign qualifications',
      migration: 'migration and residence', family: 'family and childcare', housing: 'housing', career: 'career and applications',
    },
    strength: {
      helping: 'helping', fixing: 'fixing things', organising: 'organising', creating: 'creating', explaining: 'explaining',
      languages: 'languages', numbers: 'numbers', driving: 'driving', outdoors: 'working outdoors', caring: 'caring for others',
      selling: 'selling', computers: 'computers',
    },
    load: { light: 'light', medium: 'moderately demanding', heavy: 'heavy' },
    certificate: {
      none: 'no certificate', hauptschule: 'a lower secondary certificate (Hauptschulabschluss)',
      'mittlere-reife': 'an intermediate certificate (Mittlere Reife)', abitur: 'the Abitur',
    },
    level: { none: 'no German yet' },
    language: {
      en: 'English', tr: 'Turkish', ar: 'Arabic', uk: 'Ukrainian', ru: 'Russian', fa: 'Persian', pl: 'Polish',
      ro: 'Romanian', bg: 'Bulgarian', vi: 'Vietnamese', ku: 'Kurdish', fr: 'French', es: 'Spanish',
    },
  },
};

const LABELLED: Readonly<Record<string, string>> = {
  group: 'group', groups: 'group', kind: 'kind', topic: 'topic', strength: 'strength', load: 'load', certificate: 'certificate', language: 'language',
  level: 'level', yours: 'level', required: 'level',
};

/**
 * Says a reason as a sentence in one of the SDK's languages; Turkish, Arabic, Ukrainian and Russian fall
 * back to English (the kiosk carries its own translations of the same keys).
 * @param reason a reason from `match`
 * @param locale the visitor's language
 * @returns the sentence, with vocabulary words and the occupation's name filled in
 * @example formatReason({ key: 'excluded.germanLevel', params: { required: 'B1', yours: 'A2' } }, 'en') // 'Needs German B1 (you: A2)'
 */
export function formatReason(reason: Reason, locale: Locale): string {
  const lang: ReasonLocale = locale === 'de' || locale === 'de-x-ls' ? locale : 'en';
  const labels = paramLabels[lang === 'en' ? 'en' : 'de'];
  const template = reasonMessages[lang][reason.key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'occupation') {
      const code = String(reason.params.kldb ?? '');
      return isKldbCode(code) ? occupationOf(code).named.name[lang === 'en' ? 'en' : 'de'] : code;
    }
    const value = reason.params[name];
    if (value === undefined) return whole;
    const table = LABELLED[name] ? labels[LABELLED[name] as string] : undefined;
    if (!table) return String(value);
    return String(value)
      .split(',')
      .filter(Boolean)
      .map((word) => table[word] ?? word)
      .join(', ');
  });
}
