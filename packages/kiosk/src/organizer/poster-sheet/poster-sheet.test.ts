import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import type { Poster } from '../api/types.js';
import { qrPath } from '../shared/qr.js';
import type { PosterSheet } from './poster-sheet.js';
import './poster-sheet.js';

const posters: Poster[] = [
  { standNumber: '12', providerName: 'Bildungswerk Nord', url: 'https://markt.example/s/tok12aaaaaaaaaaaaaaa', shortUrl: 'markt.example/s/tok12' },
  { standNumber: 'B4', providerName: '<script>window.__pwned=1</script>', url: 'https://markt.example/s/tokb4bbbbbbbbbbbbbbb', shortUrl: 'markt.example/s/tokb4' },
  { standNumber: '7', providerName: '<img src=x onerror="window.__pwned=2">', url: 'https://markt.example/s/tok7ccccccccccccccc', shortUrl: 'markt.example/s/tok7' },
];

describe('markt-poster-sheet', () => {
  it('is accessible', async () => {
    const el = await fixture<PosterSheet>(html`<markt-poster-sheet .posters=${posters}></markt-poster-sheet>`);
    await expectAccessible(el);
  });

  it('renders one poster per stand with number, provider, QR code and short URL', async () => {
    const el = await fixture<PosterSheet>(html`<markt-poster-sheet .posters=${posters}></markt-poster-sheet>`);
    const sheets = [...el.shadowRoot!.querySelectorAll('[part="poster"]')];
    expect(sheets).to.have.length(3);
    const first = sheets[0]!;
    expect(first.querySelector('.number')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Stand 12');
    expect(first.querySelector('.provider')?.textContent).to.equal('Bildungswerk Nord');
    expect(first.querySelector('.short')?.textContent).to.equal('markt.example/s/tok12');
    const qr = first.querySelector('svg.qr')!;
    expect(qr.getAttribute('aria-label')).to.equal('QR-Code für Stand 12');
    expect(qr.querySelector('path')?.getAttribute('d')).to.equal(qrPath(posters[0]!.url).d);
  });

  it('renders provider names with markup as text', async () => {
    const el = await fixture<PosterSheet>(html`<markt-poster-sheet .posters=${posters}></markt-poster-sheet>`);
    const names = [...el.shadowRoot!.querySelectorAll('.provider')];
    expect(names[1]!.textContent).to.equal('<script>window.__pwned=1</script>');
    expect(names[2]!.textContent).to.equal('<img src=x onerror="window.__pwned=2">');
    expect(el.shadowRoot!.querySelector('.provider script, .provider img')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('prints one poster per A4 page', async () => {
    await fixture<PosterSheet>(html`<markt-poster-sheet .posters=${posters}></markt-poster-sheet>`);
    const pageRules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSPageRule);
    expect(pageRules.map((r) => r.cssText).join().toLowerCase()).to.contain('size: a4');
    const own = (customElements.get('markt-poster-sheet') as unknown as { styles: { cssText: string }[] }).styles.map((s) => s.cssText).join();
    expect(own).to.match(/@media print[\s\S]*break-after: page/);
  });
  it('sets A4 without page margin only while posters are shown: the rota or report printed later keeps its margins', async () => {
    const pageRules = () =>
      document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.cssText);
    const el = await fixture<PosterSheet>(html`<markt-poster-sheet .posters=${posters}></markt-poster-sheet>`);
    expect(pageRules()).to.have.length(1);
    expect(pageRules()[0]!.toLowerCase()).to.contain('a4');
    el.remove();
    expect(pageRules()).to.deep.equal([]);
    document.body.append(el);
    expect(pageRules()).to.have.length(1);
    el.remove();
  });

  describe('call to action in the visitors\' languages (review L5)', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('says in small type, in de, en, tr, ar, ru and uk, that the code leads to offers in the reader\'s language; Arabic right to left', async () => {
      const el = await fixture<PosterSheet>(html`<markt-poster-sheet .posters=${posters}></markt-poster-sheet>`);
      const poster = el.shadowRoot!.querySelector('[part="poster"]')!;
      const lines = [...poster.querySelectorAll('.languages [lang]')];
      expect(lines.map((l) => l.getAttribute('lang'))).to.deep.equal(['de', 'en', 'tr', 'ar', 'ru', 'uk']);
      expect(lines.every((l) => (l.textContent ?? '').trim().length > 10)).to.equal(true);
      const ar = poster.querySelector('.languages [lang="ar"]')!;
      expect(ar.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(ar).direction).to.equal('rtl');
      expect(getComputedStyle(poster.querySelector('.languages [lang="en"]')!).direction).to.equal('ltr');
      // Small type: below the German call to action above it.
      const main = parseFloat(getComputedStyle(poster.querySelector('.scan')!).fontSize);
      expect(parseFloat(getComputedStyle(lines[1]!).fontSize)).to.be.below(main);
      await expectAccessible(el);
    });

    it('still prints one A4 page per stand: nothing overflows the poster, a long provider name included', async () => {
      const long = [...posters, { standNumber: 'C12', providerName: 'Gesellschaft für berufliche Bildung und Integration Pankow-Weißensee gGmbH', url: 'https://markt.example/s/tokc12', shortUrl: 'markt.example/s/tokc12' }];
      const el = await fixture<PosterSheet>(html`<markt-poster-sheet .posters=${long}></markt-poster-sheet>`);
      await emulateMedia({ media: 'print' });
      const mm = (px: number) => (px * 25.4) / 96;
      for (const poster of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="poster"]')) {
        const box = poster.getBoundingClientRect();
        expect(Math.round(mm(box.width))).to.equal(210);
        expect(Math.round(mm(box.height))).to.equal(297);
        expect(poster.scrollHeight, poster.getAttribute('aria-label') ?? '').to.be.at.most(poster.clientHeight);
        const last = poster.lastElementChild!.getBoundingClientRect();
        expect(last.bottom).to.be.at.most(box.bottom);
        expect(getComputedStyle(poster).breakAfter === 'page' || poster === poster.parentElement!.lastElementChild).to.equal(true);
      }
    });
  });
});
