// Entry of /kiosk: full-screen <markt-kiosk> for the event in `?event=<id>`, data from the same origin.
import '../kiosk/kiosk.js';

const params = new URLSearchParams(location.search);
const eventId = params.get('event');
const kiosk = document.createElement('markt-kiosk');
kiosk.setAttribute('api-base', '');
if (eventId) kiosk.setAttribute('event-id', eventId);
for (const name of ['idle-prompt-seconds', 'idle-reset-seconds'] as const) {
  const value = params.get(name.replace('-seconds', ''));
  if (value && /^\d+$/.test(value)) kiosk.setAttribute(name, value);
}
document.body.style.margin = '0';
document.body.append(kiosk);
