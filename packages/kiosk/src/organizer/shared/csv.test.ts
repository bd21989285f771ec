import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from './csv.js';

describe('CSV export', () => {
  it('turns cells that would start a formula into text', () => {
    for (const evil of ['=1+1', '+49 30', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(evil).replace(/^"/, '')).to.match(/^'/);
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
  });

  it('keeps numbers (also negative ones) as numbers and quotes separators and line breaks', () => {
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell('a;b')).to.equal('"a;b"');
    expect(csvCell('a\nb')).to.equal('"a\nb"');
    expect(csvCell(undefined)).to.equal('');
    expect(toCsv([['Stand', 'Besuche'], ['12', 40]])).to.equal('Stand;Besuche\r\n12;40');
  });
});
