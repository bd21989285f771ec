import { expect } from '@open-wc/testing';
import { de } from './de.js';
import { en } from './en.js';
import { organizerCatalog } from './index.js';

describe('organizer messages', () => {
  it('German and English are complete and German is the default wording', () => {
    expect(organizerCatalog.missing('de')).to.deep.equal([]);
    expect(Object.keys(de).sort()).to.deep.equal(Object.keys(en).sort());
    expect(organizerCatalog.t('de', 'tabs.report')).to.equal('Auswertung');
    expect(organizerCatalog.t('en', 'tabs.report')).to.equal('Report');
  });

  it('keeps every placeholder of the English text in the German one', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(de[key]), key).to.deep.equal(placeholders(en[key]));
  });
});
