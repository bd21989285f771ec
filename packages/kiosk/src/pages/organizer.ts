// Entry of the organizer pages served at /organizer (pages/organizer.html). No inline styles (CSP):
// the page's own few rules go in through a constructed style sheet.
import '../organizer/organizer-app/organizer-app.js';

const page = new CSSStyleSheet();
page.replaceSync(`
  html, body { margin: 0; }
  body { font-family: system-ui, sans-serif; background: #fafafa; }
  @media print { body { background: #fff; } }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
