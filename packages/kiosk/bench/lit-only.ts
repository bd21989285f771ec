// Lit as the components use it (LitElement, html, svg, css, decorators): the baseline the bench subtracts.
export { LitElement, css, html, nothing, svg } from 'lit';
export { property, state } from 'lit/decorators.js';
