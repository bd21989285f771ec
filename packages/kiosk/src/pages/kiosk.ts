// Entry of /kiosk. A paired kiosk shows its fair with its device token; `?event=<id>` runs a demo kiosk
// without one (nothing is reported); otherwise the organizer pairs the kiosk with a code (typed, or from
// a `/kiosk#pair=<code>` QR code). Optional `?prompt=<s>&reset=<s>` set the idle times.
import { css, html, render } from 'lit';
import { WrongRoleError, forgetDevice, pairKiosk, storedDevice } from '../kiosk/device.js';
import '../kiosk/kiosk.js';
import { ApiClient, ApiError } from '../net/api-client.js';

const params = new URLSearchParams(location.search);
const api = new ApiClient();

const pageStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  body {
    margin: 0;
    font-family: system-ui, 'Noto Sans', sans-serif;
  }
  .pairing {
    max-width: 36rem;
    margin: 10vh auto;
    padding: 2rem;
    font-size: 1.25rem;
  }
  .pairing input,
  .pairing button {
    font: inherit;
    min-height: 3.5rem;
    width: 100%;
    margin-block: 0.5rem;
  }
  .pairing button {
    background: #0b4f9c;
    color: #ffffff;
    border: 0;
    border-radius: 0.75rem;
  }
  .pairing .error {
    color: #a00000;
    font-weight: 600;
  }
`.styleSheet;
if (pageStyles) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyles];

function showKiosk(eventId: string, token?: string): void {
  const kiosk = document.createElement('markt-kiosk');
  kiosk.setAttribute('api-base', '');
  kiosk.setAttribute('event-id', eventId);
  if (token) kiosk.deviceToken = token;
  // The organizer revoked this kiosk (or the server forgot it): forget the token and pair again.
  kiosk.addEventListener('markt-kiosk-unpaired', () => {
    forgetDevice();
    showPairing('Dieser Kiosk wurde entkoppelt. Bitte neu koppeln. / This kiosk was unpaired: pair it again.');
  });
  for (const [param, attribute] of [
    ['prompt', 'idle-prompt-seconds'],
    ['reset', 'idle-reset-seconds'],
  ] as const) {
    const value = params.get(param);
    if (value && /^\d+$/.test(value)) kiosk.setAttribute(attribute, value);
  }
  document.body.replaceChildren(kiosk);
}

async function pair(code: string): Promise<void> {
  try {
    const device = await pairKiosk(code, api);
    history.replaceState(null, '', location.pathname);
    showKiosk(device.eventId, device.token);
  } catch (error) {
    const message =
      error instanceof WrongRoleError
        ? 'Dieser Code ist für ein Stand-Tablet. / This code is for a booth tablet.'
        : error instanceof ApiError
          ? error.message
          : String(error);
    showPairing(message);
  }
}

function showPairing(error = ''): void {
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const code = (document.getElementById('code') as HTMLInputElement | null)?.value.trim();
    if (code) void pair(code);
  };
  // A fresh container: the pairing screen replaces a kiosk that was unpaired.
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  render(
    html`<main class="pairing" lang="de">
      <h1>Kiosk koppeln <span lang="en">/ Pair this kiosk</span></h1>
      <p>Geben Sie den Code aus der Veranstalter-Ansicht ein. <span lang="en">Enter the code from the organizer pages.</span></p>
      <form @submit=${submit}>
        <label for="code">Code</label>
        <input id="code" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" required maxlength="40" />
        <p class="error" role="alert">${error}</p>
        <button type="submit">Koppeln <span lang="en">/ Pair</span></button>
      </form>
    </main>`,
    container,
  );
}

const device = storedDevice();
const demoEvent = params.get('event');
const code = new URLSearchParams(location.hash.slice(1)).get('pair');
if (device) showKiosk(device.eventId, device.token);
else if (code) void pair(code);
else if (demoEvent) showKiosk(demoEvent);
else showPairing();
