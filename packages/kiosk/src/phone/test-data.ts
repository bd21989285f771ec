// Test data for the phone and list tests (imported only by *.test.ts), with hostile strings in provider text.
import type { Offer } from '@markt/sdk';
import { ApiClient } from '../net/api-client.js';
import { $, click, type, until } from '../shared/test-input.js';
import type { ContactForm } from './contact-form/contact-form.component.js';
import type { StandPage, StandPageData } from './stand-page/stand-page.component.js';

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

export const HOSTILE_CONTACT = 'Frau Yilmaz, Tel. 030 1234-567, yilmaz@pflege.example <img src=x onerror="window.__pwned = 3">';

/**
 * The stand with ways to reach it later: the provider's website, offer o1 with a web page and a contact text
 * (a phone number, an address and hostile markup), o2 with a `javascript:` url (which the schema refuses, but a
 * page must never link) and a contact without numbers, o3 with a `tel:` url only.
 */
export function reachData(): StandPageData {
  const data = standData();
  const [o1, o2] = data.offers as [Offer, Offer];
  return {
    ...data,
    provider: { ...data.provider, website: 'https://bildung.example/pankow' },
    offers: [
      { ...o1, url: 'https://pflege.example/basiskurs?ref=markt', contact: HOSTILE_CONTACT },
      { ...o2, url: 'javascript:alert(1)', contact: 'Herr Wendt, Stand B9' },
      { ...o2, id: 'o3', title: { de: 'Beratung', en: 'Counselling', ar: 'استشارة' }, url: 'tel:+49 30 9876543' },
    ],
  };
}

/**
 * Opens the stand page's general contact form (once the page shows it), shares a phone number or an e-mail address
 * and submits it, as a visitor does with clicks and keys (the caller waits for the status it expects).
 */
export async function submitContact(page: StandPage, way: 'phone' | 'email', value: string): Promise<void> {
  // The page shows a spinner until the visitor's language has loaded (slow under a busy test run).
  await until(() => Boolean(page.shadowRoot?.querySelector('.general button')));
  await click($(page, '.general button'));
  await page.updateComplete;
  const form = $<ContactForm>(page, 'markt-contact-form');
  await form.updateComplete;
  await click($(form, `#share-${way}`));
  await form.updateComplete;
  await type($(form, `#${way}`), value);
  await click($(form, 'button[type="submit"]'));
}

/** A request that {@link standInApi} answered in the page. */
export interface SeenRequest {
  method: string;
  url: string;
}

/**
 * An ApiClient for the /__test__/ stand-in API of web-test-runner.config.js, where `answer` may take some requests
 * instead (those the stand-in cannot answer: DELETE /api/visitor, a 410 EVENT_CLOSED); it returns undefined for
 * the rest, which go on to the stand-in. What `answer` took is recorded in `seen`.
 * @param answer the answer for a request, or undefined to pass it on
 * @returns the client and the requests answered so far
 * @example const { client, seen } = standInApi((method) => (method === 'DELETE' ? jsonAnswer(200, {}) : undefined));
 */
export function standInApi(answer: (method: string, url: string) => Promise<Response> | undefined): { client: ApiClient; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const client = new ApiClient({
    baseUrl: '/__test__',
    fetch: (input, init) => {
      const method = init?.method ?? 'GET';
      const url = String(input);
      const answered = answer(method, url);
      if (!answered) return fetch(input, init);
      seen.push({ method, url });
      return answered;
    },
  });
  return { client, seen };
}

/**
 * A JSON answer as the server gives it, for {@link standInApi}.
 * @param status the HTTP status
 * @param body the JSON body
 * @returns the response
 * @example jsonAnswer(410, { error: { code: 'EVENT_CLOSED', message: '…' } })
 */
export async function jsonAnswer(status: number, body: unknown): Promise<Response> {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/**
 * Empties the /__test__/ stand-in API (visits, leads, fixtures, failures) and serves `data` as the stand of `token`.
 * @param data the stand's data; default {@link standData}
 * @param token the stand's QR token; default `tok-12345`
 * @returns when the stand-in is ready
 * @example beforeEach(() => resetStandIn());
 */
export async function resetStandIn(data: StandPageData = standData(), token = 'tok-12345'): Promise<void> {
  const api = new ApiClient({ baseUrl: '/__test__' });
  await api.post('/api/reset', {});
  await api.post('/api/fixture', { path: `/stand/${token}`, body: data });
}
