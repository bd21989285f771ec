import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { encode } from 'uqr';
import { expectAccessible } from '../../../test/axe.js';
import { $ } from '../../shared/test-input.js';
import './stand-qr.js';

type Qr = HTMLElementTagNameMap['markt-stand-qr'];

/**
 * The text the drawn code holds: the dark modules of the SVG path are compared with a fresh encoding of each
 * candidate, so a wrong URL (or a wrong drawing) fails. Decoding a photo of the code is the e2e tests' job.
 */
function modulesOf(el: Qr): Set<string> {
  const d = $(el, 'path').getAttribute('d') ?? '';
  return new Set([...d.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
}
async function decode(el: Qr): Promise<string | undefined> {
  const drawn = modulesOf(el);
  const text = el.target;
  const { data } = encode(text, { ecc: 'M', border: 2 });
  const expected = new Set(data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))));
  return expected.size === drawn.size && [...expected].every((m) => drawn.has(m)) ? text : undefined;
}

describe('<markt-stand-qr>', () => {
  it('is accessible', async () => {
    const el = await fixture<Qr>(html`<markt-stand-qr url="https://markt.example/s/abc" number="12"></markt-stand-qr>`);
    await expectAccessible(el);
  });

  it('is an image named by the stand and the URL', async () => {
    const el = await fixture<Qr>(html`<markt-stand-qr url="https://markt.example/s/abc" number="12"></markt-stand-qr>`);
    const svg = $(el, 'svg');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Stand 12: QR-Code für https://markt.example/s/abc');
  });

  it('draws exactly the modules of the url attribute\'s QR code', async () => {
    const el = await fixture<Qr>(html`<markt-stand-qr url="https://markt.example/s/abc"></markt-stand-qr>`);
    expect(await decode(el)).to.equal('https://markt.example/s/abc');
  });

  it('builds the URL from api-base and token, and updates when they change', async () => {
    const el = await fixture<Qr>(html`<markt-stand-qr api-base="https://markt.example/" token="tok-1"></markt-stand-qr>`);
    expect(await decode(el)).to.equal('https://markt.example/s/tok-1');
    expect($(el, 'a[part~="link"]').getAttribute('href')).to.equal('https://markt.example/s/tok-1');
    el.token = 'tok-2';
    await el.updateComplete;
    expect(await decode(el)).to.equal('https://markt.example/s/tok-2');
  });

  it('fetches nothing, even when the page gives event-id as on the other components', async () => {
    const realFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(input));
      return realFetch(input, init);
    };
    try {
      const el = await fixture<Qr>(html`<markt-stand-qr api-base="/__test__" event-id="qr-event" token="Ab3" number="C2"></markt-stand-qr>`);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(asked).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('encodes an address a phone can open when the page gives a path (url="/s/…" or a relative api-base)', async () => {
    const byUrl = await fixture<Qr>(html`<markt-stand-qr url="/s/Ab3"></markt-stand-qr>`);
    expect(await decode(byUrl)).to.equal(`${location.origin}/s/Ab3`);
    expect($(byUrl, 'a[part~="link"]').getAttribute('href')).to.equal(`${location.origin}/s/Ab3`);
    const byToken = await fixture<Qr>(html`<markt-stand-qr api-base="/markt" token="Ab3"></markt-stand-qr>`);
    expect(await decode(byToken)).to.equal(`${location.origin}/markt/s/Ab3`);
  });

  it('resolves a path url on the markt server named by api-base (with its path prefix), not on the page, and warns once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<Qr>(html`<markt-stand-qr api-base="https://www.jobcenter.example/markt/" url="/s/Qr7"></markt-stand-qr>`);
      expect(await decode(el)).to.equal('https://www.jobcenter.example/markt/s/Qr7');
      expect($(el, 'a[part~="link"]').getAttribute('href')).to.equal('https://www.jobcenter.example/markt/s/Qr7');
      const relative = await fixture<Qr>(html`<markt-stand-qr api-base="/markt" url="/s/Qr7"></markt-stand-qr>`);
      expect(await decode(relative)).to.equal(`${location.origin}/markt/s/Qr7`);
      el.number = '4';
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes('/s/Qr7'))).to.have.length(1);
      expect(warnings[0]).to.contain('not an absolute URL');
      // An absolute url is not touched and not warned about.
      const full = await fixture<Qr>(html`<markt-stand-qr api-base="https://other.example" url="https://markt.example/s/Qr8"></markt-stand-qr>`);
      expect(await decode(full)).to.equal('https://markt.example/s/Qr8');
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('renders nothing without url or token, and hides the link with hide-link', async () => {
    const empty = await fixture<Qr>(html`<markt-stand-qr></markt-stand-qr>`);
    expect(empty.shadowRoot!.querySelector('svg')).to.equal(null);
    const el = await fixture<Qr>(html`<markt-stand-qr url="https://markt.example/s/x" hide-link></markt-stand-qr>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('takes a caption through the default slot and the language from locale', async () => {
    const el = await fixture<Qr>(html`<markt-stand-qr url="https://markt.example/s/x" locale="tr"><span>Standımıza gelin</span></markt-stand-qr>`);
    const slot = $(el, 'slot') as HTMLSlotElement;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Standımıza gelin');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect($(el, 'a').textContent).to.equal('Stand sayfasını aç');
  });

  it('the link is reached with the keyboard', async () => {
    const el = await fixture<Qr>(html`<div><button>before</button><markt-stand-qr url="https://markt.example/s/x"></markt-stand-qr></div>`);
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const qr = el.querySelector('markt-stand-qr')!;
    expect(qr.shadowRoot!.activeElement === $(qr, 'a'), 'focus on the link').to.equal(true);
  });
});
