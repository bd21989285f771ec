// Test data for the phone and list tests (imported only by *.test.ts), with hostile strings in provider text.
import type { Offer } from '@markt/sdk';
import type { StandPageData } from './stand-page/stand-page.component.js';

export const HOSTILE_NAME = 'Bildung <script>window.__pwned = 1</script> & Co';
export const HOSTILE_OFFER = 'Pflege <img src=x onerror="window.__pwned = 2"> Basiskurs';

const offer = (id: string, title: Offer['title'], summary: Offer['summary']): Offer => ({
  id,
  providerId: 'p1',
  kind: 'qualification',
  title,
  summary,
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
});

export function standData(): StandPageData {
  return {
    event: {
      id: 'pankow-2026',
      title: { de: 'Markt der Möglichkeiten Pankow' },
      startsAt: '2026-03-12T10:00:00+01:00',
      endsAt: '2026-03-12T15:00:00+01:00',
      venue: { name: 'Rathaus Pankow' },
      theme: { targetGroups: [], offerKinds: [], employerFocus: false },
      languages: ['de', 'en', 'ar'],
      retentionDays: 30,
      leadTags: [],
    },
    stand: { id: 's12', eventId: 'pankow-2026', providerId: 'p1', number: '12' },
    provider: {
      id: 'p1',
      name: HOSTILE_NAME,
      kind: 'training',
      description: { de: 'Weiterbildung in Pankow.', en: 'Further training in Pankow.' },
      certifications: ['azav'],
      place: { remote: false },
    },
    offers: [
      offer('o1', { de: HOSTILE_OFFER, en: HOSTILE_OFFER, ar: 'دورة أساسية في الرعاية' }, { de: 'Teilzeit, 6 Monate.', en: 'Part time, 6 months.' }),
      offer('o2', { de: 'Deutschkurs B1', en: 'German course B1' }, { de: 'Vormittags.', en: 'Mornings.' }),
    ],
  };
}
