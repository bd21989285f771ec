import type { Locale } from '@markt/sdk';
import { directionOf, langTagOf } from '../i18n/catalog.js';
import { ApiClient, EVENT_CLOSED } from '../net/api-client.js';
import { deviceId, forgetDeviceId, knownDeviceIds, type KeyValueStorage } from '../net/device-id.js';
import { Outbox, type OutboxRejectedDetail } from '../net/outbox.js';
import { rememberLocale, startLocale } from '../shared/locale.js';
import { SavedList } from '../shared/saved-list.js';
import { hasFields, loadWithCopy, readCached } from './cached.js';
import { closedEvents, forgetClosedEvents, markClosed } from './closed-events.js';
import { phoneCatalog } from './phone-catalog.js';
import type { ContactRequestDetail } from './contact-form/contact-form.component.js';
import './stand-page/stand-page.js';
import type { ContactStatus, StandPage, StandPageData } from './stand-page/stand-page.js';

/** Set in storage once the server took a contact request of this phone: "Meine Angaben löschen" is offered. */
const CONTACT_SENT = 'markt.contactSent';

/**
 * A visit waiting in the outbox. Its device id is the phone's id for the stand's event; when the phone did not
 * know the event yet at the scan (first look, no connection), it is taken when the visit is sent, once the
 * stand's data has come (until then the visit waits).
 */
export interface QueuedVisit {
  token: string;
  deviceId?: string;
  at: string;
}

/**
 * A contact request waiting in the outbox: the lead body without its idempotency key, and the stand's event and
 * provider, to say which request was not sent when the fair is over (absent in entries queued by older versions).
 */
export interface QueuedLead {
  token: string;
  eventId?: string;
  provider?: string;
  body: ContactRequestDetail & { deviceId: string };
}

/** Options of {@link startPhone}. */
export interface PhoneOptions {
  /** The stand's QR token (from `/s/<token>`). */
  token: string;
  /** The API client; default same origin. */
  api?: ApiClient;
  /** Where the device id, saved list, outboxes and cached stand data live; default `localStorage`. */
  storage?: KeyValueStorage;
  /** Where "visited this stand in this browser session" is kept; default `sessionStorage`. */
  session?: KeyValueStorage;
  /** How long to wait for the server before saying "will be sent later"; default 4000 ms. */
  confirmWithinMs?: number;
}

/** What {@link startPhone} started, for tests and for a clean stop. */
export interface PhoneApp {
  page: StandPage;
  visits: Outbox<QueuedVisit>;
  leads: Outbox<QueuedLead>;
  stop(): void;
}

/**
 * Reads the stand token from a `/s/<token>` path.
 * @param pathname `location.pathname`
 * @returns the token, or undefined
 * @example tokenFromPath('/s/k3J9x') // 'k3J9x'
 */
export function tokenFromPath(pathname: string): string | undefined {
  const match = /^\/s\/([A-Za-z0-9_-]{8,128})\/?$/.exec(pathname);
  return match?.[1];
}

/**
 * Starts a stand's phone page: shows the stand, records the visit once through the outbox,
 * keeps the saved list and the language on the phone, and queues contact requests until the server confirms.
 * A request the server refuses because the fair is over (410 `EVENT_CLOSED`) is dropped and the visitor told so,
 * also when it had been saved to be sent later; the fair's pages then offer no contact form any more. A request
 * refused for another reason (400, 404, 409, 422) is said too: "could not be sent" while the visitor waits for the
 * answer, "your saved request was not sent" when it was saved to be sent later. The consent time is stamped in the
 * server's time (`api.clock`, learned from the answers' Date header), as it was when the visitor agreed.
 * Without a connection it shows the cached copy of the stand, or "No connection" with "Try again", and
 * tries again by itself when the phone comes back online.
 * @param root where the page goes (usually `document.body`'s `<main>`)
 * @param options token, API, storage
 * @returns the running app
 * @example startPhone(document.querySelector('main')!, { token: tokenFromPath(location.pathname)! });
 */
export function startPhone(root: HTMLElement, { token, api = new ApiClient(), storage = localStorage, session = sessionStorage, confirmWithinMs = 4000 }: PhoneOptions): PhoneApp {
  const path = `/api/stand/${encodeURIComponent(token)}`;
  const locale = startLocale(storage);
  // The language's messages are fetched first, before the stand's data: the page shows only a spinner until they are in.
  phoneCatalog.load(locale).catch(() => undefined);
  const saved = new SavedList(storage);
  const page = document.createElement('markt-stand-page');
  page.token = token;
  page.saved = saved.all();
  page.closedEvents = closedEvents(storage);
  const setLocale = (locale: Locale): void => {
    page.locale = locale;
    document.documentElement.lang = langTagOf(locale);
    document.documentElement.dir = directionOf(locale);
  };
  setLocale(locale);
  root.append(page);

  const isStandData = (value: unknown): value is StandPageData => hasFields(value, ['event', 'stand', 'provider'], ['offers']);
  const cacheKey = (standToken: string): string => `markt.stand.${standToken}`;
  /** A stand's data as this phone knows it: its cached copy, or this page's data. */
  const standOf = (standToken: string): StandPageData | undefined =>
    readCached(storage, cacheKey(standToken), isStandData) ?? (standToken === token ? page.data : undefined);
  /** The phone's id for the event of this stand (one id per fair), once the stand's data is known. */
  const idFor = (standToken: string): string | undefined => {
    const event = standOf(standToken)?.event;
    return event ? deviceId(event.id, storage) : undefined;
  };
  const visits = new Outbox<QueuedVisit>({
    name: 'visits',
    storage,
    send: async (v, key) => {
      const id = v.deviceId ?? idFor(v.token);
      if (!id) return 'retry'; // the stand's event is not known yet: sent once its data has come
      return api.deliver(`/api/stand/${encodeURIComponent(v.token)}/visits`, { deviceId: id, idempotencyKey: key, at: v.at });
    },
  });
  const leads = new Outbox<QueuedLead>({
    name: 'leads',
    storage,
    send: (l, key) => api.deliver(`/api/stand/${encodeURIComponent(l.token)}/leads`, { ...l.body, idempotencyKey: key }),
  });

  // One visit per stand per browser session: a reload or a second look is not a second visit.
  const visitedKey = `markt.visited.${token}`;
  if (!session.getItem(visitedKey)) {
    try {
      session.setItem(visitedKey, new Date().toISOString());
    } catch {
      // Without session storage a reload may count a second visit; better than none.
    }
    const id = idFor(token);
    // In the server's time as far as this phone knows it yet (the stand's answer teaches it; the server does not check it).
    void visits.enqueue({ token, ...(id ? { deviceId: id } : {}), at: api.clock.stamp() });
  }

  const stopLoading = loadWithCopy(page, {
    fetch: () => api.get<StandPageData>(path),
    storage,
    cacheKey: cacheKey(token),
    isData: isStandData,
    // A visit waiting for its event's id can go now.
    onData: () => void visits.flush(),
  });

  const onLocale = (event: CustomEvent<{ locale: Locale }>): void => {
    rememberLocale(event.detail.locale, storage);
    setLocale(event.detail.locale);
  };
  const onSave = (event: CustomEvent<{ entry: Parameters<SavedList['set']>[0]; saved: boolean }>): void => {
    page.saved = saved.set(event.detail.entry, event.detail.saved);
  };
  // Withdrawing consent: offered once the server took a request of this phone (also after a reload).
  page.canErase = storage.getItem(CONTACT_SENT) !== null;
  const onDelivered = (): void => {
    try {
      storage.setItem(CONTACT_SENT, new Date().toISOString());
    } catch {
      // Without storage it is offered on this page only.
    }
    page.canErase = true;
    page.eraseStatus = 'none';
  };
  leads.addEventListener('delivered', onDelivered);
  /** Keys of the requests whose answer the visitor is waiting for on this page (see onContact). */
  const awaiting = new Set<string>();
  /**
   * A request refused for good is dropped, never sent again. The fair is over (410 EVENT_CLOSED): the fair's pages stop
   * offering the form. A request saved to be sent later is said here, when the outbox sends it (on this page or the
   * next): `unsent` (the fair is over) or `refused` (any other refusal).
   */
  const onLeadRefused = (event: CustomEvent<OutboxRejectedDetail<QueuedLead>>): void => {
    const { item, key, code } = event.detail;
    const stand = standOf(item.token);
    const eventId = item.eventId ?? stand?.event.id;
    if (code === EVENT_CLOSED && eventId !== undefined) page.closedEvents = markClosed(storage, eventId);
    if (awaiting.has(key)) return;
    page.unsentTo = item.provider ?? stand?.provider.name ?? '';
    page.contactStatus = code === EVENT_CLOSED ? 'unsent' : 'refused';
  };
  leads.addEventListener('rejected', onLeadRefused);
  /** "Meine Angaben löschen": erases this phone's visits and leads on the server (under each fair's id), then forgets the ids. */
  const onErase = (): void => {
    void (async () => {
      page.eraseStatus = 'busy';
      try {
        // A visit or request still waiting would reach the server after the erasure, under the erased id: send it
        // first, and erase only when nothing of this phone is still waiting (else "try again in a moment").
        await Promise.all([visits.flush(), leads.flush()]);
        if (visits.pending + leads.pending > 0) throw new Error('still waiting to be sent');
        for (const id of knownDeviceIds(storage)) await api.delete(`/api/visitor/${encodeURIComponent(id)}`);
      } catch {
        page.eraseStatus = 'failed';
        return;
      }
      // The next visit gets a new id, which links nothing to the erased ones.
      forgetDeviceId(storage);
      storage.removeItem(CONTACT_SENT);
      // Which fairs answered "closed" tells which fairs this visitor asked at: gone with the rest.
      forgetClosedEvents(storage);
      page.canErase = false;
      page.eraseStatus = 'done';
    })();
  };
  const onContact = (event: CustomEvent<ContactRequestDetail>): void => {
    const data = page.data;
    if (!data) return; // the form is shown only with the stand's data
    const eventId = data.event.id;
    // The server refuses a consent more than 5 minutes ahead of its clock: stamped in its time, as it was now.
    const consent = { ...event.detail.consent, at: api.clock.stamp(event.detail.consent.at) };
    void (async () => {
      const body = { ...event.detail, consent, deviceId: deviceId(eventId, storage) };
      const key = await leads.enqueue({ token, eventId, provider: data.provider.name, body });
      awaiting.add(key);
      page.contactStatus = await new Promise<ContactStatus>((resolve) => {
        const settle = (status: ContactStatus): void => {
          awaiting.delete(key);
          leads.removeEventListener('delivered', onDelivered);
          leads.removeEventListener('rejected', onRejected);
          clearTimeout(timer);
          resolve(status);
        };
        const onDelivered = (e: CustomEvent<{ key: string }>): void => (e.detail.key === key ? settle('sent') : undefined);
        const onRejected = (e: CustomEvent<OutboxRejectedDetail<QueuedLead>>): void =>
          e.detail.key === key ? settle(e.detail.code === EVENT_CLOSED ? 'closed' : 'failed') : undefined;
        const timer = setTimeout(() => settle('queued'), confirmWithinMs);
        leads.addEventListener('delivered', onDelivered);
        leads.addEventListener('rejected', onRejected);
      });
    })();
  };
  page.addEventListener('markt-locale-change', onLocale);
  page.addEventListener('markt-save-change', onSave);
  page.addEventListener('markt-contact-submit', onContact);
  page.addEventListener('markt-erase-request', onErase);

  return {
    page,
    visits,
    leads,
    stop() {
      visits.stop();
      leads.stop();
      page.removeEventListener('markt-locale-change', onLocale);
      page.removeEventListener('markt-save-change', onSave);
      page.removeEventListener('markt-contact-submit', onContact);
      page.removeEventListener('markt-erase-request', onErase);
      leads.removeEventListener('delivered', onDelivered);
      leads.removeEventListener('rejected', onLeadRefused);
      stopLoading();
      page.remove();
    },
  };
}
