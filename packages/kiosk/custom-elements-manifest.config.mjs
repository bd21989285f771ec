// Custom-elements manifest of the embeddable components (custom-elements.json), generated from the classes'
// JSDoc by `npm run manifest -w @markt/kiosk`. The lit plugin reads @property/@state decorators; @tagname names
// the tag, since the tags are registered through defineOnce rather than customElements.define.
export default {
  globs: ['src/embed/**/*.component.ts', 'src/embed/shared/embed-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-*.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // MarktEmbedElement.emit(type, detail) dispatches events named by its caller; the analyzer would list an
      // event called "type". The real events are the @event tags of each class.
      name: 'markt-only-named-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('markt-'));
            // Private (#field) and `private` members are not part of a component's API.
            if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name?.startsWith('#') && m.privacy !== 'private');
          }
        }
      },
    },
  ],
};
