import { check, VisitInputSchema } from '@markt/sdk/schemas';
import { HttpError } from '../http/errors.js';
import type { Services } from '../services.js';
import { recordKioskVisit } from '../store/visits.js';

/** The answer to a `visit` sent over a kiosk's socket. */
export type VisitAck =
  | { ok: true; id: string; seq: number; created: boolean }
  | { ok: false; error: { code: string; message: string; details?: { path: string; message: string }[] } };

/** The part of a socket this needs: a listener for `visit`. */
export interface VisitSource {
  on(event: 'visit', listener: (payload: unknown, ack?: unknown) => void): unknown;
}

const invalid = (details: { path: string; message: string }[]): VisitAck => ({
  ok: false,
  error: { code: 'INVALID_INPUT', message: 'Some fields are missing or invalid: see details.', details },
});

/**
 * Lets a paired kiosk send visits over its socket instead of one HTTP request each:
 * `socket.emit('visit', { standId, deviceId, source, idempotencyKey, at? }, ack)`. The same contract as
 * `POST /api/kiosk/visits`: the ack `{ ok: true, id, seq, created }` comes only after the durable COMMIT, a
 * repeated key answers the first visit with `created: false`, and a kiosk's outbox resends until it gets one.
 * A visit the store refuses with an `HttpError` (e.g. 410 EVENT_CLOSED) is acked `{ ok: false, error: { code, message } }`
 * with that error's code; any other failure is logged and acked `INTERNAL`.
 * A visit sent without an ack callback is ignored: it could never be confirmed.
 * @param services the server services
 * @param socket the kiosk's socket
 * @param eventId the kiosk's event (from its device token)
 * @returns nothing; the listener stays for the socket's life
 * @example if (viewer.kind === 'kiosk') acceptVisits(services, socket, viewer.eventId);
 */
export function acceptVisits(services: Services, socket: VisitSource, eventId: string): void {
  socket.on('visit', (payload, ack) => {
    if (typeof ack !== 'function') return;
    const answer = ack as (result: VisitAck) => void;
    const input = check(VisitInputSchema, payload);
    if (!input.ok) {
      answer(invalid(input.issues));
      return;
    }
    recordKioskVisit(services, eventId, input.value).then(
      (recorded) =>
        answer(recorded ? { ok: true, ...recorded } : invalid([{ path: 'standId', message: 'is not a stand of this event' }])),
      (error: unknown) => {
        // A refusal the kiosk can act on (410 EVENT_CLOSED, …) keeps its own code, as over HTTP; it is no server fault.
        if (error instanceof HttpError) {
          answer({ ok: false, error: { code: error.code, message: error.message } });
          return;
        }
        services.config.log({ level: 'error', msg: 'socket visit failed', error: String(error) });
        answer({ ok: false, error: { code: 'INTERNAL', message: 'The visit was not saved; send it again.' } });
      },
    );
  });
}
