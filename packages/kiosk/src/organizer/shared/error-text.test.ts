import { expect } from '@open-wc/testing';
import { ApiError } from '../api/org-api.js';
import { organizerCatalog, type OrganizerKey } from '../messages/index.js';
import { errorText } from './error-text.js';

const de = (key: OrganizerKey) => organizerCatalog.t('de', key);

describe('errorText', () => {
  it("says the server's known refusals in German and keeps what it found in an unsafe SVG", () => {
    const inUse = new ApiError(409, 'IN_USE', 'Provider "p1" still has offers, stands or contact requests: delete or move them first.');
    expect(errorText(inUse, de)).to.equal('Dieser Träger hat noch Angebote, Stände oder Kontaktwünsche. Bitte löschen oder verschieben Sie diese zuerst.');
    expect(errorText(new ApiError(503, 'UNAVAILABLE', 'busy'), de)).to.equal('Beim Server ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.');
    const taken = new ApiError(409, 'STAND_NUMBER_TAKEN', 'Stand number "12" is taken: see details.');
    expect(errorText(taken, de)).to.equal('Diese Standnummer hat schon ein anderer Stand dieser Veranstaltung. Bitte wählen Sie eine andere Nummer.');
    expect(errorText(taken, (key) => organizerCatalog.t('en', key))).to.equal('Another stand of this event already has this number. Choose another number.');
    const svg = new ApiError(400, 'UNSAFE_SVG', 'The SVG file is refused because it contains <script>, onload: remove it and upload again.');
    expect(errorText(svg, de)).to.equal(`${de('error.unsafeSvg')} (<script>, onload)`);
  });

  it("keeps the server's own message for anything it has no words for", () => {
    expect(errorText(new ApiError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.'), de)).to.equal('Some fields are missing or invalid: see details.');
    expect(errorText(new Error('kaputt'), de)).to.equal('kaputt');
  });
});
