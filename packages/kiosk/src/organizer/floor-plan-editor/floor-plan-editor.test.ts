import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Provider, Stand } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { OrgApi } from '../api/org-api.js';
import { centreOf, click } from '../test-helpers.js';
import { keyStep, readingOrder } from './floor-plan-editor.component.js';
import type { FloorPlanEditor } from './floor-plan-editor.js';
import './floor-plan-editor.js';

const providers: Provider[] = [
  { id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } },
  { id: 'p2', name: '<img src=x onerror="window.__pwned=1">', kind: 'employer', certifications: [], place: { remote: false } },
];
const stands: Stand[] = [
  { id: 's1', eventId: 'e1', providerId: 'p1', number: '12', position: { x: 5, y: 5 }, size: { w: 4, h: 2 } },
  { id: 's2', eventId: 'e1', providerId: 'p2', number: '13', position: { x: 20, y: 10 } },
];

async function editor(): Promise<FloorPlanEditor> {
  return fixture<FloorPlanEditor>(html`<div style="width: 800px">
    <markt-floor-plan-editor .floorPlan=${{ width: 40, height: 20 }} .stands=${stands} .providers=${providers}></markt-floor-plan-editor>
  </div>`).then((wrapper) => wrapper.querySelector('markt-floor-plan-editor')!);
}

describe('markt-floor-plan-editor', () => {
  it('is accessible: each stand is a focusable, named, movable control', async () => {
    const el = await editor();
    await expectAccessible(el);
    const stand = el.shadowRoot!.querySelector('[data-stand="s1"]')!;
    expect(stand.getAttribute('tabindex')).to.equal('0');
    expect(stand.getAttribute('aria-pressed')).to.equal('false');
    expect(stand.getAttribute('aria-label')).to.equal('Stand 12: Bildungswerk Nord, bei 5, 5');
    expect(el.shadowRoot!.querySelector('[data-stand="s2"]')!.getAttribute('aria-label')).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('moves a stand by drag and emits the new, grid-snapped centre', async () => {
    const el = await editor();
    const stand = el.shadowRoot!.querySelector('[data-stand="s1"] rect')!;
    const [x, y] = centreOf(stand);
    const unit = el.shadowRoot!.querySelector('svg.plan')!.getBoundingClientRect().width / 40;
    const moved = oneEvent(el, 'markt-stand-move');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(x + 5 * unit), Math.round(y + 3 * unit)] });
    await sendMouse({ type: 'move', position: [Math.round(x + 10 * unit), Math.round(y + 6 * unit)] });
    await sendMouse({ type: 'up' });
    const { detail } = await moved;
    expect(detail.standId).to.equal('s1');
    expect(detail.position).to.deep.equal({ x: 15, y: 11 });
    expect(detail.stand.position).to.deep.equal({ x: 15, y: 11 });
    expect(detail.stand.number).to.equal('12');
    await el.updateComplete;
    expect(el.positionOf('s1')).to.deep.equal({ x: 15, y: 11 });
  });

  it('keeps a dragged stand in the hand when the stands are given again mid-drag (another stand was saved)', async () => {
    const el = await editor();
    const [x, y] = centreOf(el.shadowRoot!.querySelector('[data-stand="s1"] rect')!);
    const unit = el.shadowRoot!.querySelector('svg.plan')!.getBoundingClientRect().width / 40;
    const moved = oneEvent(el, 'markt-stand-move');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(x + 10 * unit), Math.round(y + 6 * unit)] });
    await el.updateComplete;
    // The app answers the save of stand 13 (moved before): a new stands array arrives while 12 is in the hand.
    el.stands = stands.map((s) => (s.id === 's2' ? { ...s, position: { x: 30, y: 15 } } : { ...s }));
    await el.updateComplete;
    expect(el.positionOf('s1')).to.deep.equal({ x: 15, y: 11 });
    expect(el.positionOf('s2')).to.deep.equal({ x: 30, y: 15 });
    await sendMouse({ type: 'up' });
    const { detail } = await moved;
    expect(detail.standId).to.equal('s1');
    expect(detail.position).to.deep.equal({ x: 15, y: 11 });
  });

  it('moves the focused stand one grid unit per arrow key, five with Shift, and announces it', async () => {
    const el = await editor();
    const moves: { x: number; y: number }[] = [];
    el.addEventListener('markt-stand-move', (e) => moves.push(e.detail.position));
    await click(el.shadowRoot!.querySelector('[data-stand="s2"] rect')!);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await el.updateComplete;
    expect(moves).to.deep.equal([
      { x: 21, y: 10 },
      { x: 21, y: 11 },
      { x: 16, y: 11 },
    ]);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('Stand 13 nach 16, 11 verschoben.');
  });

  it('keeps a stand inside the hall', async () => {
    const el = await editor();
    el.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift+ArrowUp' });
    expect(el.positionOf('s1')).to.deep.equal({ x: 5, y: 0 });
  });

  it('reports a new hall size and a background image address', async () => {
    const el = await editor();
    const root = el.shadowRoot!;
    const width = root.querySelector<HTMLInputElement>('#width')!;
    width.value = '60';
    root.querySelector<HTMLInputElement>('#imageUrl')!.value = 'https://markt.example/halle.svg';
    const changed = oneEvent(el, 'markt-floor-plan-change');
    await click(root.querySelector('form.settings button')!);
    expect((await changed).detail.floorPlan).to.deep.equal({ width: 60, height: 20, imageUrl: 'https://markt.example/halle.svg' });
  });

  it('steps arrow keys by about 1 % of the plan, in whole units', () => {
    expect(keyStep(800)).to.equal(8);
    expect(keyStep(40)).to.equal(1);
    expect(keyStep(850, 5)).to.equal(10);
  });

  it('on a large plan, moves by 1 % of its width per arrow key (Shift: 5 %) and draws size-less stands to scale', async () => {
    const big: Stand[] = [{ id: 'b1', eventId: 'e1', providerId: 'p1', number: 'A1', position: { x: 100, y: 100 } }];
    const wrapper = await fixture(html`<div style="width: 800px">
      <markt-floor-plan-editor .floorPlan=${{ width: 800, height: 500 }} .stands=${big} .providers=${providers}></markt-floor-plan-editor>
    </div>`);
    const el = wrapper.querySelector('markt-floor-plan-editor')!;
    const rect = el.shadowRoot!.querySelector('[data-stand="b1"] rect')!;
    expect([rect.getAttribute('width'), rect.getAttribute('height')]).to.deep.equal(['40', '30']);
    const moves: { x: number; y: number }[] = [];
    el.addEventListener('markt-stand-move', (e) => moves.push(e.detail.position));
    await click(rect);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowDown' });
    expect(moves).to.deep.equal([
      { x: 108, y: 100 },
      { x: 108, y: 140 },
    ]);
    await expectAccessible(el);
  });

  it('uploads the chosen image (PUT with the file bytes and the CSRF header), then shows the served image and saves its address', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250]);
    const calls: { url: string; method: string | undefined; type: string | null; csrf: string | null; bytes: number[] }[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      const bytes = [...new Uint8Array(await new Response(init?.body).arrayBuffer())];
      calls.push({ url: String(input), method: init?.method, type: headers.get('content-type'), csrf: headers.get('x-csrf-token'), bytes });
      return Response.json({ imageUrl: '/api/events/e1/floor-plan-image', type: 'image/png', size: bytes.length, etag: '"abc"' });
    };
    const api = new OrgApi({ fetch: fetchImpl });
    api.csrfToken = 'csrf-42';
    const wrapper = await fixture(html`<div style="width: 800px">
      <markt-floor-plan-editor .floorPlan=${{ width: 40, height: 20 }} .stands=${stands} .providers=${providers} .api=${api} event-id="e1"></markt-floor-plan-editor>
    </div>`);
    const el = wrapper.querySelector('markt-floor-plan-editor')!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#image')!;
    const files = new DataTransfer();
    files.items.add(new File([png], 'halle.png', { type: 'image/png' }));
    input.files = files.files;
    const changed = oneEvent(el, 'markt-floor-plan-change');
    input.dispatchEvent(new Event('change'));
    const { detail } = await changed;
    expect(calls).to.deep.equal([
      { url: '/api/org/events/e1/floor-plan-image', method: 'PUT', type: 'image/png', csrf: 'csrf-42', bytes: [...png] },
    ]);
    expect(detail.floorPlan).to.deep.equal({ width: 40, height: 20, imageUrl: '/api/events/e1/floor-plan-image' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg.plan image')!.getAttribute('href')).to.equal('/api/events/e1/floor-plan-image?v=%22abc%22');
  });

  it("shows the server's refusal of an image and keeps the plan as it was", async () => {
    const api = new OrgApi({
      fetch: async () =>
        Response.json({ error: { code: 'UNSAFE_SVG', message: 'The SVG file is refused because it contains a <script> element' } }, { status: 400 }),
    });
    api.csrfToken = 'csrf-42';
    const wrapper = await fixture(html`<div style="width: 800px">
      <markt-floor-plan-editor .floorPlan=${{ width: 40, height: 20 }} .stands=${stands} .providers=${providers} .api=${api} event-id="e1"></markt-floor-plan-editor>
    </div>`);
    const el = wrapper.querySelector('markt-floor-plan-editor')!;
    let emitted = 0;
    el.addEventListener('markt-floor-plan-change', () => emitted++);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#image')!;
    const files = new DataTransfer();
    files.items.add(new File(['<svg><script>alert(1)</script></svg>'], 'halle.svg', { type: 'image/svg+xml' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const alert = () => el.shadowRoot!.querySelector('#image-error')!.textContent ?? '';
    for (let i = 0; i < 50 && !alert().includes('script'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alert()).to.contain('<script> element');
    expect(emitted).to.equal(0);
    expect(el.shadowRoot!.querySelector('svg.plan image')).to.equal(null);
  });
  it('changes the hall size after an image was uploaded (its address is a path on this server, not a full URL)', async () => {
    const plan = { width: 40, height: 20, imageUrl: '/api/events/e1/floor-plan-image' };
    const el = await fixture<FloorPlanEditor>(html`<markt-floor-plan-editor .floorPlan=${plan}></markt-floor-plan-editor>`);
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#imageUrl')!.value).to.equal('/api/events/e1/floor-plan-image');
    const width = root.querySelector<HTMLInputElement>('#width')!;
    width.value = '50';
    const changed = oneEvent(el, 'markt-floor-plan-change');
    await click(root.querySelector('form.settings button[type="submit"]')!);
    expect((await changed).detail.floorPlan).to.deep.equal({ width: 50, height: 20, imageUrl: '/api/events/e1/floor-plan-image' });

    // Something typed that is no web address is refused with a reason, nothing is sent.
    let emitted = 0;
    el.addEventListener('markt-floor-plan-change', () => emitted++);
    root.querySelector<HTMLInputElement>('#imageUrl')!.value = 'halle.png';
    await click(root.querySelector('form.settings button[type="submit"]')!);
    await el.updateComplete;
    expect(emitted).to.equal(0);
    expect(root.querySelector('#image-error')?.textContent).to.equal(
      'Bitte die Bildadresse als vollständige Internetadresse (https://…) eingeben oder das Feld leer lassen.',
    );
    await expectAccessible(el);
  });

  describe('keyboard: one tab stop, arrow keys from stand to stand (review L6)', () => {
    const provider = (id: string, name: string): Provider => ({ id, name, kind: 'training', certifications: [], place: { remote: false } });
    // Provider names in an order unlike the plan's; the stands listed as the server lists them (by provider name).
    const hallProviders = [provider('pa', 'Arbeit GmbH'), provider('pb', 'Bau eG'), provider('pc', 'Caritas'), provider('pd', 'Diakonie'), provider('pe', 'Elternhilfe')];
    const hall: Stand[] = [
      { id: 'a', eventId: 'e1', providerId: 'pa', number: 'C1', position: { x: 30, y: 15 }, size: { w: 4, h: 2 } },
      { id: 'b', eventId: 'e1', providerId: 'pb', number: 'A2', position: { x: 20, y: 3 }, size: { w: 4, h: 2 } },
      { id: 'c', eventId: 'e1', providerId: 'pc', number: 'B1', position: { x: 5, y: 9 }, size: { w: 4, h: 2 } },
      { id: 'd', eventId: 'e1', providerId: 'pd', number: 'A1', position: { x: 5, y: 3.5 }, size: { w: 4, h: 2 } },
      { id: 'e', eventId: 'e1', providerId: 'pe', number: 'B2', position: { x: 20, y: 9 }, size: { w: 4, h: 2 } },
    ];
    async function hallEditor(): Promise<FloorPlanEditor> {
      const wrapper = await fixture(html`<div style="width: 800px">
        <button id="before">vorher</button>
        <markt-floor-plan-editor .floorPlan=${{ width: 40, height: 20 }} .stands=${hall} .providers=${hallProviders}></markt-floor-plan-editor>
      </div>`);
      return wrapper.querySelector('markt-floor-plan-editor')!;
    }
    const focused = (el: FloorPlanEditor) => el.shadowRoot!.activeElement?.getAttribute('data-stand');

    it('orders the stands in reading order: rows from the top, each left to right', () => {
      expect(readingOrder(hall.map((s) => ({ id: s.id, x: s.position!.x, y: s.position!.y, h: 2 })))).to.deep.equal(['d', 'b', 'c', 'e', 'a']);
    });

    it('the plan is one tab stop; the arrow keys go from stand to stand in reading order, each named with number and provider', async () => {
      const el = await hallEditor();
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll('[data-stand]')].filter((g) => g.getAttribute('tabindex') === '0').map((g) => g.getAttribute('data-stand'))).to.deep.equal(['d']);
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('d');
      const names: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        await sendKeys({ press: i % 2 ? 'ArrowDown' : 'ArrowRight' });
        await el.updateComplete;
        names.push(root.activeElement!.getAttribute('aria-label')!);
      }
      expect(names).to.deep.equal(['Stand A2: Bau eG, bei 20, 3', 'Stand B1: Caritas, bei 5, 9', 'Stand B2: Elternhilfe, bei 20, 9', 'Stand C1: Arbeit GmbH, bei 30, 15']);
      // The tab stop went along: Tab leaves the plan for the hall size field, Shift+Tab comes back to the same stand.
      expect([...root.querySelectorAll('[tabindex="0"]')].map((g) => g.getAttribute('data-stand'))).to.deep.equal(['a']);
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.id).to.equal('width');
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(el)).to.equal('a');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)).to.equal('e');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal('d');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal('a');
      // Moving between stands moves no stand.
      expect(el.positionOf('a')).to.deep.equal({ x: 30, y: 15 });
      await expectAccessible(el);
    });

    it('Enter picks the focused stand up, the arrow keys move it, Escape puts it down; then the arrows go on to the next stand', async () => {
      const el = await hallEditor();
      const root = el.shadowRoot!;
      const moves: string[] = [];
      el.addEventListener('markt-stand-move', (e) => moves.push(`${e.detail.standId} ${e.detail.position.x},${e.detail.position.y}`));
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal('b');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root.querySelector('[data-stand="b"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('Stand A2 aufgenommen');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(moves).to.deep.equal(['b 21,3', 'b 21,4']);
      expect(root.querySelector('[data-stand="b"]')!.getAttribute('aria-pressed')).to.equal('false');
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('Stand A2 abgelegt bei 21, 4');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal('c');
      expect(moves).to.have.length(2);
      await expectAccessible(el);
    });
  });
});
