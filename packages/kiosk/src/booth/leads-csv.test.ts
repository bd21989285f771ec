import { expect } from '@open-wc/testing';
import { boothCatalog } from './booth-catalog.js';
import { leadsCsv, localTime, type ExportLead } from './leads-csv.js';
import { lead } from './test-data.js';

const withConsent = (id: string, overrides: Partial<ExportLead> = {}): ExportLead => ({
  ...lead(id, { createdAt: '2026-11-24T22:09:09.704Z', status: 'contacted', rating: 4, tags: ['Pflege', 'Rückruf'], notes: '=1+1 anrufen' }),
  consentAt: '2026-11-24T22:09:00.000Z',
  consentText: 'Ich bin einverstanden; der Träger darf mich anrufen.',
  deleteAfter: '2026-12-24T23:00:00.000Z',
  ...overrides,
});

async function translate(locale: 'de' | 'en') {
  await boothCatalog.load(locale);
  return (key: Parameters<typeof boothCatalog.t>[1], params?: Readonly<Record<string, string | number>>) => boothCatalog.t(locale, key, params);
}

describe('leadsCsv (the booth tablet\'s export for Excel)', () => {
  it('is ";"-separated with a BOM, German headers, local times, the offer title beside its id, the stand number and the consent', async () => {
    const t = await translate('de');
    const csv = leadsCsv([withConsent('l1'), withConsent('l2', { offerId: null, standId: 's40', contact: { email: 'a@b.example' }, status: 'new', tags: [], rating: null, notes: null })], {
      t,
      locale: 'de',
      offerTitles: { o1: 'Pflege-Basiskurs' },
      standNumbers: { s12: '12', s40: 'F1' },
      timeZone: 'Europe/Berlin',
    });
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      'Eingegangen (älteste zuerst);Name;Telefon;E-Mail;Sprache;Nachricht;Angebot;Angebots-ID;Stand;Bewertung;Status;Schlagwörter;Notizen;Löschen bis;Einwilligung am;Einwilligungstext',
    );
    expect(lines[1]).to.equal(
      '24.11.2026 23:09;Ayşe Yılmaz;+49 30 1234567;;Türkçe;;Pflege-Basiskurs;o1;12;4;Kontaktiert;Pflege, Rückruf;\'=1+1 anrufen;25.12.2026 00:00;24.11.2026 23:09;"Ich bin einverstanden; der Träger darf mich anrufen."',
    );
    expect(lines[2]).to.equal('24.11.2026 23:09;;;a@b.example;Türkçe;;Allgemeine Anfrage;;F1;;Neu;;;25.12.2026 00:00;24.11.2026 23:09;"Ich bin einverstanden; der Träger darf mich anrufen."');
    expect(lines[3]).to.equal('');
    expect(lines).to.have.length(4);
  });

  it('writes English headers and ISO-like local times on an English tablet', async () => {
    const t = await translate('en');
    const csv = leadsCsv([withConsent('l1')], { t, locale: 'en', offerTitles: { o1: 'Care basics course' }, standNumbers: { s12: '12' }, timeZone: 'Europe/Berlin' });
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).to.equal('Received (oldest first);Name;Phone;Email;Language;Message;Offer;Offer id;Stand;Rating;Status;Tags;Notes;Delete by;Consent given;Consent text');
    expect(row).to.match(/^2026-11-24 23:09;Ayşe Yılmaz;.*;Care basics course;o1;12;4;Contacted;/);
  });

  it('says local time in the zone given, and keeps an unreadable time as it is', () => {
    expect(localTime('2026-07-01T08:05:00Z', 'de', 'Europe/Berlin')).to.equal('01.07.2026 10:05');
    expect(localTime('2026-07-01T08:05:00Z', 'en', 'UTC')).to.equal('2026-07-01 08:05');
    expect(localTime(null, 'de')).to.equal('');
    expect(localTime('gestern', 'de')).to.equal('gestern');
  });

  it('lists the rows oldest first, whatever order the server gave, and names the language as the card does (review 2, L6)', async () => {
    const t = await translate('de');
    const at = (iso: string, locale: string, name: string) => withConsent(name, { createdAt: iso, locale, contact: { name } });
    const csv = leadsCsv([at('2026-11-24T21:35:10Z', 'de', 'B'), at('2026-11-24T21:36:00Z', 'tr', 'C'), at('2026-11-24T21:35:00Z', 'xx', 'A')], {
      t,
      locale: 'de',
      timeZone: 'Europe/Berlin',
    });
    const rows = csv.slice(1).split('\r\n').slice(1, -1).map((row) => row.split(';'));
    expect(rows.map((row) => row[1])).to.deep.equal(['A', 'B', 'C']);
    expect(rows.map((row) => row[0])).to.deep.equal(['24.11.2026 22:35', '24.11.2026 22:35', '24.11.2026 22:36']);
    // An unknown code stays as it is rather than be dropped.
    expect(rows.map((row) => row[4])).to.deep.equal(['xx', 'Deutsch', 'Türkçe']);
  });
});
