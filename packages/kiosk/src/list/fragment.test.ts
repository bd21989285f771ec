import { expect } from '@open-wc/testing';
import { listHref, parseListFragment } from './fragment.js';

describe('the take-home list fragment', () => {
  it('reads event, language and offers of a kiosk link, and writes the same link back', () => {
    const list = parseListFragment('#v=1&e=pankow-2026&l=tr&o=o1,o2,o1');
    expect(list).to.deep.equal({ eventId: 'pankow-2026', locale: 'tr', offerIds: ['o1', 'o2'], suggestedIds: [], source: 'kiosk' });
    expect(listHref(list!)).to.equal('/list#v=1&e=pankow-2026&l=tr&o=o1,o2');
  });

  it('keeps suggestions apart from the list (none twice) and knows a list the phone made', () => {
    const list = parseListFragment('#v=1&e=ev&l=ar&o=o1&r=o2,o1,o3&s=p');
    expect(list).to.deep.equal({ eventId: 'ev', locale: 'ar', offerIds: ['o1'], suggestedIds: ['o2', 'o3'], source: 'phone' });
    expect(listHref(list!)).to.equal('/list#v=1&e=ev&l=ar&o=o1&r=o2,o3&s=p');
  });

  it('refuses other versions and drops ids that are not ids; an unknown language becomes German', () => {
    expect(parseListFragment('#v=2&e=x')).to.equal(undefined);
    expect(parseListFragment('#v=1&e=<script>')).to.equal(undefined);
    expect(parseListFragment('v=1&e=ev&l=fr&o=ok,<img>,&r=<b>')).to.deep.equal({ eventId: 'ev', locale: 'de', offerIds: ['ok'], suggestedIds: [], source: 'kiosk' });
  });
});
