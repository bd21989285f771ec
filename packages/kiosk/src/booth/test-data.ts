// Test data for the booth tests (imported only by *.test.ts), with hostile visitor text.
import type { BoothLead, BoothMe } from './types.js';

export const HOSTILE_LEAD_NAME = 'Eve <script>window.__pwned = 3</script>';
export const HOSTILE_NOTE = 'call back <img src=x onerror="window.__pwned = 4">';

export function lead(id: string, overrides: Partial<BoothLead> = {}): BoothLead {
  return {
    id,
    createdAt: '2026-03-12T10:07:00Z',
    offerId: 'o1',
    standId: 's12',
    contact: { name: 'Ayşe Yılmaz', phone: '+49 30 1234567' },
    locale: 'tr',
    message: null,
    rating: null,
    notes: null,
    tags: [],
    status: 'new',
    ...overrides,
  };
}

export function me(): BoothMe {
  return {
    device: { id: 'd1', name: 'Tablet 1' },
    provider: { id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } },
    event: {
      id: 'ev1',
      title: { de: 'Markt' },
      // A fair that has not ended: the tablet drops every lead once endsAt + retentionDays has passed (privacy review M4).
      startsAt: '2099-03-12T10:00:00+01:00',
      endsAt: '2099-03-12T15:00:00+01:00',
      venue: { name: 'Rathaus' },
      theme: { targetGroups: [], offerKinds: [], employerFocus: false },
      languages: ['de', 'en'],
      retentionDays: 30,
      leadTags: ['Pflege', 'Teilzeit', 'Rückruf'],
    },
    stand: { id: 's12', eventId: 'ev1', providerId: 'p1', number: '12' },
    stands: [
      { id: 's12', eventId: 'ev1', providerId: 'p1', number: '12' },
      { id: 's40', eventId: 'ev1', providerId: 'p1', number: 'F1' },
    ],
    tags: ['Pflege', 'Teilzeit', 'Rückruf'],
  };
}
