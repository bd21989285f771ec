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
    ]) {
      expect(links(text), text).to.deep.equal([]);
      expect(contactParts(text).map((p) => p.text).join(''), text).to.equal(text);
    }
  });

  it('leaves dates, times, ranges, postcodes, stand, account and price numbers as text (no phone label, no leading 0 or +)', () => {
    for (const text of [
      'Sprechzeiten: 9 - 12 / 14 - 18',
      'Zeiten: 10-12 / 14-16',
      'Zeiten: 08-12 / 14-16',
      'Termin: 2027-03-12',
      '2027-03-12',
      '12/03/2027',
      '01/03/2027',
      '1/3/2027',
      'Schuljahr: 2027/28',
      'Saison: 2026-2027',
      'Kosten: 100-150',
      'Stand: 101-105',
      'Stände: 101/102',
      'Stand: 12345',
      'PLZ: 13189',
      'Berlin, 13189',
      'Uhrzeit: 1000 - 1200',
      'Konto: 1234567890',
      'Konto: 0123456789',
      'IBAN: DE89 3704 0044 0532 0130 00',
      'Telefonisch: 10-12 / 14-16 Uhr',
      '(10-12 Uhr)',
    ]) {
      expect(links(text), text).to.deep.equal([]);
    }
    // A time range right after a number stays outside its link.
    expect(links('Tel. 030 1234567 (10-12 Uhr)')).to.deep.equal([['030 1234567', 'tel:0301234567']]);
  });

  it('drops the "(0)" after a country code however it is written, and never links more than 15 digits', () => {
    expect(telHref('0049 (0)30 1234567')).to.equal('tel:0049301234567');
    expect(telHref('+49-(0)30-1234567')).to.equal('tel:+49301234567');
    expect(telHref('+49/(0)30/1234567')).to.equal('tel:+49301234567');
    expect(telHref('+49 (0) 30 1234567')).to.equal('tel:+49301234567');
    expect(contactLink('tel:0049 (0)30 1234567')?.href).to.equal('tel:0049301234567');
    expect(telHref('030 1234567 0171 7654')).to.equal(undefined);
    expect(links('Tel. 030 12345 67 89 01 23 45')).to.deep.equal([]);
    expect(links('Tel: +49 (0)30 1234567')).to.deep.equal([['+49 (0)30 1234567', 'tel:+49301234567']]);
  });

  it('makes two numbers written together two links', () => {
    expect(links('030 1234567/0171 7654321')).to.deep.equal([
      ['030 1234567', 'tel:0301234567'],
      ['0171 7654321', 'tel:01717654321'],
    ]);
    expect(links('Tel. 030 1234567 - 0171 7654321')).to.deep.equal([
      ['030 1234567', 'tel:0301234567'],
      ['0171 7654321', 'tel:01717654321'],
    ]);
    expect(links('Tel: +49-(0)30-1234567/+49-(0)171-7654321')).to.deep.equal([
      ['+49-(0)30-1234567', 'tel:+49301234567'],
      ['+49-(0)171-7654321', 'tel:+491717654321'],
    ]);
  });

  it('ends an e-mail address at the quotes, punctuation and text around it; its domain has only letters, digits, dots and hyphens', () => {
    for (const [text, address] of [
      ['„info@x.example“', 'info@x.example'],
      ['«info@x.example»', 'info@x.example'],
      ['Fragen an info@x.example!', 'info@x.example'],
      ['Fragen? info@x.example?', 'info@x.example'],
      ['E-Mail: info@x.example…', 'info@x.example'],
      ['info@x.example—Tel. 030 1234567', 'info@x.example'],
      ['info@x.example?bcc=spy%40evil.example', 'info@x.example'],
      ['info@x.example&cc=spy', 'info@x.example'],
      ['info@x.example#x', 'info@x.example'],
      ["'info@x.example'", 'info@x.example'],
      ['info@bäckerei-müller.example.', 'info@bäckerei-müller.example'],
    ] as const) {
      expect(links(text)[0], text).to.deep.equal([address, `mailto:${address}`]);
    }
    // The number after the address is not part of it.
    expect(links('x@y.example/0301234567')).to.deep.equal([
      ['x@y.example', 'mailto:x@y.example'],
      ['0301234567', 'tel:0301234567'],
    ]);
    expect(mailtoHref('a@b.example#x')).to.equal(undefined);
    expect(mailtoHref('„a@b.example“')).to.equal(undefined);
    expect(contactLink('mailto:a@b.example#x')).to.equal(undefined);
    expect(links('info@x#y.example')).to.deep.equal([]);
  });

  it('links the numbers people write with a label, non-breaking spaces, brackets or text after them', () => {
    for (const [text, number, href] of [
      ['Tel.-Nr. 030 1234567', '030 1234567', 'tel:0301234567'],
      ['Tel.\u00a0030\u00a01234567', '030\u00a01234567', 'tel:0301234567'],
      ['Tel. 030\u202f1234567', '030\u202f1234567', 'tel:0301234567'],
      ['Frau Yilmaz (030) 123 45 67', '(030) 123 45 67', 'tel:0301234567'],
      ['Tel. 030 12345678 - Fr. Müller', '030 12345678', 'tel:03012345678'],
      ['Rufnummer 030 1234567', '030 1234567', 'tel:0301234567'],
      ['T. 030 1234567', '030 1234567', 'tel:0301234567'],
      ['Tel. 030 1234567 Frau Müller', '030 1234567', 'tel:0301234567'],
      ['Frau Krüger 030 1234567 oder am Stand', '030 1234567', 'tel:0301234567'],
      ['Tel 12345', '12345', 'tel:12345'],
      ['Tel. 0171/1234', '0171/1234', 'tel:01711234'],
    ] as const) {
      expect(links(text), text).to.deep.equal([[number, href]]);
    }
    expect(links('+49 30 1234567 und +49 171 1234567')).to.deep.equal([
      ['+49 30 1234567', 'tel:+49301234567'],
      ['+49 171 1234567', 'tel:+491711234567'],
    ]);
    expect(links('Telefon 030 1234567 oder 0171 7654321')).to.deep.equal([
      ['030 1234567', 'tel:0301234567'],
      ['0171 7654321', 'tel:01717654321'],
    ]);
  });

  it('gives every contact text back unchanged when its parts are joined', () => {
    for (const text of [
      '',
      ' ',
      'Frau Yilmaz, Tel. 030 1234-567, yilmaz@pflege.example',
      '„info@x.example“ – 030 1234567',
      'info@x.example—Tel 0301234567',
      'x@y.example/0301234567',
      'a@b@pflege.de, info@pflege.',
      '030 1234567/0171 7654321',
      'Tel. 030 1234567 - 0171 7654321',
      '0049 (0)30 1234567, +49-(0)30-1234567',
      'Tel.\u00a0030\u00a01234567\u00a0',
      'Frau Yilmaz (030) 123 45 67)',
      '(((030) 1234567',
      '(0)30 1234567 (0) (030',
      'Sprechzeiten: 9 - 12 / 14 - 18',
      'IBAN DE89 3704 0044 0532 0130 00',
      '12.03.2027, 10:00-12:00',
      'Tel. 030 12345 67 89 01 23 45',
      '+++49 30 1234567',
      '+ 49 30 1234567',
      '---030---1234567---',
      '030 1234567\n0171 7654321',
      'السيدة يلماز، الهاتف: 030 1234-567',
      'Tel. ٠٣٠١٢٣٤٥٦٧, Tel. ０３０ １２３４５６７',
      'mailto:info@x.example?bcc=spy@evil.example',
      '<img src=x onerror=alert(1)> Tel. 030 1234567',
      'info@x.example.info@y.example',
      '@@@...---///',
      'a'.repeat(200) + '@' + 'b.'.repeat(200),
      '1'.repeat(300),
    ]) {
      expect(contactParts(text).map((p) => p.text).join(''), text).to.equal(text);
    }
  });
});
