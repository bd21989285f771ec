import { expect } from '@open-wc/testing';
import { contactLink, contactParts, mailtoHref, telHref } from './contact.js';

/** The links found in a contact text, as `[text, href]`. */
const links = (text: string) => contactParts(text).flatMap((p) => (p.href ? [[p.text, p.href]] : []));

describe('contact links', () => {
  it('a phone number becomes a tel: link without spaces, slashes, dashes and brackets, keeping a leading +', () => {
    expect(telHref('030 1234-567')).to.equal('tel:0301234567');
    expect(telHref('(030) 12 34/56')).to.equal('tel:030123456');
    expect(telHref('+49 30 1234567')).to.equal('tel:+49301234567');
    // The German "(0)" is not dialled after the country code.
    expect(telHref('+49 (0)30 1234567')).to.equal('tel:+49301234567');
    expect(telHref('12345')).to.equal('tel:12345');
  });

  it('anything but a phone number stays without a tel: link', () => {
    for (const bad of ['1234', '030 1', 'Stand 12', '030 1234567 ab 9 Uhr', '030.1234567', '030 1234567+1', '+', '', 'tel 030 1234567']) {
      expect(telHref(bad), bad).to.equal(undefined);
    }
  });

  it('an e-mail address becomes a mailto: link only with exactly one @ and a dot in its domain', () => {
    expect(mailtoHref('info@pflege.example')).to.equal('mailto:info@pflege.example');
    expect(mailtoHref(' a.b-c@sub.pflege.de ')).to.equal('mailto:a.b-c@sub.pflege.de');
    for (const bad of ['info@pflege', 'info@@pflege.de', 'a@b@pflege.de', '@pflege.de', 'info@.pflege', 'info@pflege.', 'info@pflege..de', 'in fo@pflege.de', 'info.pflege.de', '']) {
      expect(mailtoHref(bad), bad).to.equal(undefined);
    }
  });

  it('an offer url that is mailto: or tel: gives its address as text and a clean target; web pages and bad values none', () => {
    expect(contactLink('mailto:info@pflege.example')).to.deep.equal({ text: 'info@pflege.example', href: 'mailto:info@pflege.example' });
    expect(contactLink('mailto:info@pflege.example?subject=Pflege')).to.deep.equal({ text: 'info@pflege.example', href: 'mailto:info@pflege.example?subject=Pflege' });
    // Hidden recipients or a body from the data never reach the link.
    for (const extra of ['?bcc=spy@evil.example', '?to=spy@evil.example', '?subject=a&cc=spy@evil.example', ' ?cc=spy@evil.example', '?body=x'])
      expect(contactLink(`mailto:info@x.example${extra}`)?.href).to.match(/^mailto:info@x\.example(\?subject=a)?$/);
    expect(contactLink('tel:+49-30-1234567')).to.deep.equal({ text: '+49-30-1234567', href: 'tel:+49301234567' });
    expect(contactLink('TEL:030%201234567')).to.deep.equal({ text: '030 1234567', href: 'tel:0301234567' });
    for (const bad of ['https://pflege.example', 'mailto:info@pflege', 'tel:12', 'tel:%E0%A4%A', 'javascript:alert(1)', undefined]) {
      expect(contactLink(bad), String(bad)).to.equal(undefined);
    }
  });

  it('finds the addresses and numbers in a free contact text and gives the text back unchanged', () => {
    const text = 'Frau Yilmaz, Tel. 030 1234-567, yilmaz@pflege.example; Handy: +49 171 7654321 (ab 9 Uhr).';
    const parts = contactParts(text);
    expect(parts.map((p) => p.text).join('')).to.equal(text);
    expect(links(text)).to.deep.equal([
      ['030 1234-567', 'tel:0301234567'],
      ['yilmaz@pflege.example', 'mailto:yilmaz@pflege.example'],
      ['+49 171 7654321', 'tel:+491717654321'],
    ]);
    expect(links('Frau Nowak (030 123456)')).to.deep.equal([['030 123456', 'tel:030123456']]);
    expect(links('030 1234567 / 0171 7654321')).to.deep.equal([
      ['030 1234567', 'tel:0301234567'],
      ['0171 7654321', 'tel:01717654321'],
    ]);
    expect(links('Schreiben Sie an info@pflege.example.')).to.deep.equal([['info@pflege.example', 'mailto:info@pflege.example']]);
  });

  it('leaves numbers that are no phone numbers, fax numbers and malformed addresses as text', () => {
    for (const text of [
      'Herr Wendt, Stand B9',
      'Mühlenstraße 24, 13187 Berlin',
      'Fax 030 123456',
      'Start: 03/2027',
      'Raum 12, 9-15 Uhr',
      'info@pflege',
      'a@b@pflege.de',
      'Frau Krüger 030 1234567 oder am Stand',
    ]) {
      expect(links(text), text).to.deep.equal([]);
      expect(contactParts(text).map((p) => p.text).join(''), text).to.equal(text);
    }
  });
});
