import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { $, text, until } from '../../shared/test-input.js';
import { HOSTILE_CONTACT, HOSTILE_NAME, reachData } from '../test-data.js';
import type { StandPageData } from '../stand-page/stand-page.component.js';
import '../stand-page/stand-page.js';
import type { StandPage } from '../stand-page/stand-page.js';

async function page(data: StandPageData = reachData(), locale = 'en'): Promise<StandPage> {
  const el = await fixture<StandPage>(html`<markt-stand-page .data=${data} locale=${locale} token="tok-12"></markt-stand-page>`);
  await until(() => el.getAttribute('lang') === locale && text(el.shadowRoot!).length > 0);
  return el;
}

/** The offer's list item on the stand page. */
const item = (el: StandPage, offerId: string): HTMLElement => $(el, `ul[part="offers"] > li:has(#offer-${offerId})`);

/** The e-mail and phone links in an element, as `[text, href, accessible name]`. */
const contacts = (root: Element) =>
  [...root.querySelectorAll<HTMLAnchorElement>('a.contact')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-label')]);

describe('markt-stand-page: reaching a provider later', () => {
  it('passes axe with the web page, contact and website links', async () => {
    const el = await page();
    await expectAccessible(el);
  });

  it('links the offer web page and the provider website once, named by what they are, opening in the same tab', async () => {
    const el = await page();
    const web = $<HTMLAnchorElement>(item(el, 'o1'), 'a.web');
    expect(web.getAttribute('href')).to.equal('https://pflege.example/basiskurs?ref=markt');
    expect(text(web)).to.equal('Web page about this offer');
    // Which offer it is about: the offer's heading describes the link.
    expect(web.getAttribute('aria-describedby')).to.equal('offer-o1');
    const sites = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.website');
    expect(sites.length).to.equal(1);
    const site = sites[0]!;
    expect(site.getAttribute('href')).to.equal('https://bildung.example/pankow');
    expect(text(site)).to.equal('Website');
    expect(site.getAttribute('aria-label')).to.equal(`Website of ${HOSTILE_NAME}`);
    // Near the provider's name: in the header, right under the heading.
    expect(site.closest('header')).to.equal($(el, 'header'));
    for (const a of el.shadowRoot!.querySelectorAll('a')) {
      expect(a.hasAttribute('target'), a.outerHTML).to.equal(false);
    }
  });

  it('makes the e-mail addresses and phone numbers in a contact text mailto:/tel: links, and a tel: url a contact link', async () => {
    const el = await page();
    expect(contacts(item(el, 'o1'))).to.deep.equal([
      ['030 1234-567', 'tel:0301234567', 'Call 030 1234-567'],
      ['yilmaz@pflege.example', 'mailto:yilmaz@pflege.example', 'Write an e-mail to yilmaz@pflege.example'],
    ]);
    expect(text($(item(el, 'o1'), '.reach:has(a.contact)'))).to.equal(`Contact: ${HOSTILE_CONTACT}`);
    expect(contacts(item(el, 'o3'))).to.deep.equal([['+49 30 9876543', 'tel:+49309876543', 'Call +49 30 9876543']]);
    expect(item(el, 'o3').querySelector('a.web')).to.equal(null);
  });

  it('never links a javascript: or data: address, a malformed e-mail or a short number, and keeps hostile contact text as text', async () => {
    const data = reachData();
    data.provider.website = 'javascript:alert(1)';
    data.offers[2] = { ...data.offers[2]!, url: 'data:text/html,<script>window.__pwned = 4</script>', contact: 'info@pflege, Tel. 1234' };
    const el = await page(data);
    const root = el.shadowRoot!;
    // o2's url is javascript: — no link at all, its contact text plain.
    expect(item(el, 'o2').querySelectorAll('a').length).to.equal(0);
    expect(text(item(el, 'o2'))).to.contain('Contact: Herr Wendt, Stand B9');
    expect(item(el, 'o3').querySelectorAll('a').length).to.equal(0);
    expect(text(item(el, 'o3'))).to.contain('Contact: info@pflege, Tel. 1234');
    expect(root.querySelector('a.website')).to.equal(null);
    for (const a of root.querySelectorAll('a')) {
      expect(a.getAttribute('href'), a.outerHTML).to.match(/^(https:|mailto:|tel:|\/)/);
    }
    expect(root.querySelectorAll('script, img').length).to.equal(0);
    expect(text(item(el, 'o1'))).to.contain(HOSTILE_CONTACT);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('gives every new link a touch target of at least 44 × 44 px on a 360 px wide phone, without sideways scrolling', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await page();
      const links = [...el.shadowRoot!.querySelectorAll('a.web, a.website, a.contact')];
      expect(links.length).to.equal(5);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      for (const a of links) {
        const box = a.getBoundingClientRect();
        expect(box.height, a.textContent ?? '').to.be.at.least(44);
        expect(box.width, a.textContent ?? '').to.be.at.least(44);
        expect(box.right).to.be.at.most(360);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('in Arabic: right to left with Arabic link names, phone numbers still read left to right', async () => {
    const data = reachData();
    // A contact text in Arabic: the line reads right to left, the number in it left to right.
    data.offers[0] = { ...data.offers[0]!, contact: 'السيدة يلماز، الهاتف: 030 1234-567' };
    const el = await page(data, 'ar');
    await until(() => text(el.shadowRoot!).includes('ما نقدّمه'));
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expectAccessible(el);
    const site = $<HTMLAnchorElement>(el, 'a.website');
    expect(text(site)).to.equal('الموقع الإلكتروني');
    expect(site.getAttribute('aria-label')).to.equal(`الموقع الإلكتروني لـ ${HOSTILE_NAME}`);
    const web = $(item(el, 'o1'), 'a.web');
    expect(text(web)).to.equal('صفحة هذا العرض على الإنترنت');
    // The page flows right to left: the web page link starts at the card's right edge.
    const card = $(item(el, 'o1'), 'article').getBoundingClientRect();
    expect(card.right - web.getBoundingClientRect().right).to.be.below(20);
    expect(web.getBoundingClientRect().left - card.left).to.be.above(20);
    const [phone] = item(el, 'o1').querySelectorAll<HTMLAnchorElement>('a.contact');
    expect(phone!.getAttribute('aria-label')).to.equal('اتصل بالرقم 030 1234-567');
    // "030 1234-567": the area code stays on the left of the number, as it is dialled.
    const node = [...phone!.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE)!;
    const at = (from: number, to: number): number => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect().left;
    };
    expect(node.data).to.equal('030 1234-567');
    expect(at(0, 3)).to.be.below(at(4, 8));
    expect(at(4, 8)).to.be.below(at(9, 12));
  });
});
