import { expect } from '@open-wc/testing';
import { defineOnce } from './define.js';

describe('defineOnce', () => {
  it('registers a tag once, then warns and goes on instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      expect(defineOnce('markt-define-test', First)).to.equal(true);
      expect(defineOnce('markt-define-test', Second)).to.equal(false);
      expect(defineOnce('markt-define-test', First)).to.equal(false);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('markt-define-test')).to.equal(First);
    expect(warnings).to.have.length(2);
    expect(String(warnings[0])).to.contain('markt-define-test');
  });
});
