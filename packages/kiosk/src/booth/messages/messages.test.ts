import { expect } from '@open-wc/testing';
import { boothCatalog } from '../booth-catalog.js';

describe('booth messages', () => {
  it('are complete in German and English', () => {
    expect(boothCatalog.missing('de')).to.deep.equal([]);
    expect(boothCatalog.missing('en')).to.deep.equal([]);
  });
});
