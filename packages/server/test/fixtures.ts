import type { FairData } from '../src/store/fair.js';

/** A two-provider fair, small enough to read in a test. Each call returns fresh objects. */
export function smallFair(id = 'fair-test'): FairData {
  return {
    event: {
      id,
      title: { de: 'Markt der Möglichkeiten Test', en: 'Fair of opportunities test' },
      startsAt: '2027-03-10T09:00:00+01:00',
      endsAt: '2027-03-10T15:00:00+01:00',
      venue: { name: 'Rathaus Pankow', district: 'Pankow' },
      retentionDays: 30,
      floorPlan: { width: 40, height: 20, entrance: { x: 0, y: 10 } },
    },
    providers: [
      { id: 'p-care', name: 'Pflegeschule Nord', kind: 'training' },
      { id: 'p-debt', name: 'Schuldnerberatung Pankow', kind: 'counselling' },
    ],
    offers: [
      {
        id: 'o-care',
        providerId: 'p-care',
        kind: 'qualification',
        title: { de: 'Pflegehelfer/in in Teilzeit', en: 'Care assistant, part time' },
        summary: { de: 'Qualifizierung mit Bildungsgutschein', en: 'Training funded by an education voucher' },
        occupations: ['81302'],
        funding: ['bildungsgutschein'],
        schedule: { partTime: true, start: '08:30', end: '13:30' },
      },
      {
        id: 'o-care-2',
        providerId: 'p-care',
        kind: 'job',
        title: { de: 'Betreuungskraft', en: 'Care worker' },
        summary: { de: 'Stelle in Weißensee', en: 'Job in Weißensee' },
        occupations: ['82102'],
      },
      {
        id: 'o-debt',
        providerId: 'p-debt',
        kind: 'counselling',
        title: { de: 'Schuldnerberatung', en: 'Debt counselling' },
        summary: { de: 'Kostenlos und vertraulich', en: 'Free and confidential' },
        topics: ['debt'],
        funding: ['free'],
      },
    ],
    stands: [
      { id: 'st-1', eventId: id, providerId: 'p-care', number: '1', position: { x: 10, y: 5 } },
      { id: 'st-2', eventId: id, providerId: 'p-debt', number: '2', position: { x: 30, y: 5 } },
    ],
    radar: [
      { regionCode: '110', regionName: 'Pankow', kldb: '813', vacancies: 40, jobSeekers: 25, vacancyDurationDays: 150, changeVsLastYear: 0.1, illustrative: true },
      { regionCode: '110', regionName: 'Pankow', kldb: '821', vacancies: 30, jobSeekers: 20, vacancyDurationDays: 170, changeVsLastYear: 0.05, illustrative: true },
    ],
  };
}
