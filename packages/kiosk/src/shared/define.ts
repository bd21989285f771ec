/**
 * Registers a custom element once. A second registration of the same tag (two bundles on one page,
 * an embed next to the app) warns and goes on instead of throwing.
 * @param tag the tag name, e.g. `markt-stand-page`
 * @param ctor the element class
 * @returns true when this call registered the tag, false when it was already defined
 * @example
 * defineOnce('markt-stand-page', StandPage);
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`markt: <${tag}> is already defined by another class; keeping the first one.`);
    else console.warn(`markt: <${tag}> is already defined; skipping the second registration.`);
    return false;
  }
  customElements.define(tag, ctor);
  return true;
}
