import { expect, fixture, html } from '@open-wc/testing';
import { buildRadar, type Offer } from '@markt/sdk';
import { OfferSchema, RadarRowSchema, parse } from '@markt/sdk/schemas';
import { kioskCatalog } from './i18n.js';
import type { KioskData, MarktKiosk } from './kiosk.component.js';
import { SESSION_KEY } from './kiosk.component.js';
import { rankOffers } from './offers.js';
import { reasonText } from './reason-text.js';
import { districtPoint, emptySession, profileOf } from './session.js';
import { fixtureData } from './test-fixture.js';
import './kiosk.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the fixture's offers take place, in degrees (real places in Berlin-Pankow). */
const COORDINATES: Record<string, { district: string; lat: number; lon: number }> = {
  'kita-helfer': { district: 'Weißensee', lat: 52.553, lon: 13.466 },
  'fahrrad-werkstatt': { district: 'Weißensee', lat: 52.557, lon: 13.458 },
  'altenpflege-helfer': { district: 'Pankow', lat: 52.569, lon: 13.402 },
  'schulden-beratung': { district: 'Pankow', lat: 52.567, lon: 13.41 },
  'buero-kaufleute': { district: 'Pankow', lat: 52.571, lon: 13.405 },
  'erzieher-quereinstieg': { district: 'Prenzlauer Berg', lat: 52.539, lon: 13.424 },
  'deutsch-b1-beruf': { district: 'Prenzlauer Berg', lat: 52.541, lon: 13.42 },
  // Far out in the north: 9.2 km from the middle of Weißensee.
  'lager-logistik': { district: 'Buch', lat: 52.636, lon: 13.492 },
};

/**
 * The kiosk's test fair with coordinates on its offers (and the Weißensee workshop's own address), an online
 * counselling offer, and a radar row for Blankenfelde, an Ortsteil where nothing at the fair has coordinates.
 */
function fairWithPlaces(): KioskData {
  const data = fixtureData();
  const online = parse(
    OfferSchema,
    {
      id: 'online-beratung',
      providerId: 'schuldnerberatung',
      kind: 'counselling',
      title: { de: 'Beratung am Telefon', en: 'Counselling by phone' },
      summary: { de: 'Beratung zu Geld und Arbeit am Telefon.', en: 'Counselling on money and work by phone.' },
      topics: ['career'],
      funding: ['free'],
      place: { remote: true },
    },
    'offer',
  );
  return {
    ...data,
    offers: [...data.offers.map((o): Offer => ({ ...o, place: { ...o.place, ...COORDINATES[o.id] } })), online],
    providers: data.providers.map((p) => (p.id === 'werkstatt-weissensee' ? { ...p, place: { district: 'Weißensee', lat: 52.555, lon: 13.462, remote: false } } : p)),
    radar: [
      ...data.radar,
      parse(RadarRowSchema, { regionCode: 'blankenfelde', regionName: 'Blankenfelde', regionLevel: 'ortsteil', kldb: '82102', vacancies: 5, jobSeekers: 10, vacancyDurationDays: 80, changeVsLastYear: 0, illustrative: true }, 'radar row'),
    ],
  };
}

async function kiosk(data: KioskData): Promise<MarktKiosk> {
  localStorage.removeItem(SESSION_KEY);
  const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${data} list-origin="https://markt.example"></markt-kiosk>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MarktKiosk, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} on screen ${el.screen}`);
  return found;
};

async function settle(el: MarktKiosk): Promise<void> {
  await wait(0);
  await el.updateComplete;
  await wait(0);
  await el.updateComplete;
}

async function tap(el: MarktKiosk, selector: string): Promise<void> {
  $(el, selector).click();
  await settle(el);
}

/** Presses the button of the current screen that reads `label`. */
async function press(el: MarktKiosk, label: string): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('main button')].find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`no button "${label}" on screen ${el.screen}`);
  button.click();
  await settle(el);
}

/** German, no quiz, then the optional questions: no hours, no German level, `district`, `travel`, no group. */
async function answer(el: MarktKiosk, district: string, travel: string): Promise<void> {
  await tap(el, '.attract');
  await tap(el, '[data-locale="de"]');
  for (let i = 0; i < 100 && el.locale !== 'de'; i += 1) await wait(20);
  el.go('extras');
  await settle(el);
  await tap(el, '[data-skip]'); // hours
  await tap(el, '[data-skip]'); // German
  await press(el, district);
  await press(el, travel);
  await tap(el, '[data-skip]'); // target groups: the last question, on to the results
  expect(el.screen).to.equal('results');
}

const TRAVEL_KEYS = ['excluded.travel', 'fit.nearby', 'fit.remote'];

describe('kiosk session: where the visitor lives and how far they will travel', () => {
  afterEach(() => localStorage.removeItem(SESSION_KEY));

  it('takes the middle of a district from the fair\'s own offers and providers there, and none where nothing has coordinates', () => {
    const data = fairWithPlaces();
    const weissensee = districtPoint(data, 'Weißensee')!;
    // (52.553 + 52.557 + 52.555) / 3 and (13.466 + 13.458 + 13.462) / 3: two offers and the workshop's address.
    expect(weissensee.lat).to.be.closeTo(52.555, 1e-9);
    expect(weissensee.lon).to.be.closeTo(13.462, 1e-9);
    expect(districtPoint(data, 'Blankenfelde')).to.equal(undefined);
    // The online offer has no district; one with coordinates but no place in the hall would not count either.
    expect(districtPoint({ offers: [{ place: { district: 'Buch', lat: 1, lon: 2, remote: true } }], providers: [] }, 'Buch')).to.equal(undefined);
    const profile = profileOf({ ...emptySession('de'), district: 'Weißensee', districtPoint: weissensee, maxTravelMinutes: 30 });
    expect(profile.home).to.deep.equal({ district: 'Weißensee', lat: weissensee.lat, lon: weissensee.lon });
    expect(profileOf({ ...emptySession('de'), district: 'Blankenfelde', maxTravelMinutes: 30 }).home).to.deep.equal({ district: 'Blankenfelde' });
  });

  it('counts each distinct coordinate once and drops a swapped or far-geocoded one from a district\'s middle', () => {
    const data = fairWithPlaces();
    const workshop = data.providers.find((p) => p.id === 'werkstatt-weissensee')!;
    const kita = data.offers.find((o) => o.id === 'kita-helfer')!;
    const pankowOffer = data.offers.find((o) => o.id === 'schulden-beratung')!;
    const faulty = {
      ...data,
      offers: [
        ...data.offers,
        // Three more offers at the Kita's address: the plain mean would lean to it.
        ...[1, 2, 3].map((n): Offer => ({ ...kita, id: `kita-${n}` })),
        // Pankow address geocoded to Weißensee in Thuringia, 51.196 N 11.068 E.
        { ...pankowOffer, id: 'pankow-thueringen', place: { district: 'Pankow', lat: 51.196, lon: 11.068, remote: false } },
        // The only place in Heinersdorf, geocoded to the same town far away.
        { ...pankowOffer, id: 'heinersdorf-thueringen', place: { district: 'Heinersdorf', lat: 51.196, lon: 11.068, remote: false } },
      ],
      // A second provider in Weißensee with lat and lon swapped.
      providers: [...data.providers, { ...workshop, id: 'werkstatt-vertauscht', place: { district: 'Weißensee', lat: 13.456, lon: 52.55, remote: false } }],
    };
    // Weißensee: distinct points (52.553, 13.466), (52.557, 13.458), (52.555, 13.462) and (13.456, 52.55); the median
    // (52.554, 13.464) is far from the swapped one, which is dropped; the other three average to (52.555, 13.462).
    // The plain mean over all seven places was (46.97, 19.05), in the sea off Tunisia.
    const weissensee = districtPoint(faulty, 'Weißensee')!;
    expect(weissensee.lat).to.be.closeTo(52.555, 1e-9);
    expect(weissensee.lon).to.be.closeTo(13.462, 1e-9);
    // Pankow: median (52.568, 13.4035); the Thuringian point is 200 km off; (52.569 + 52.567 + 52.571) / 3, (13.402 + 13.41 + 13.405) / 3.
    const pankow = districtPoint(faulty, 'Pankow')!;
    expect(pankow.lat).to.be.closeTo(52.569, 1e-9);
    expect(pankow.lon).to.be.closeTo(13.405666666666667, 1e-9);
    // Heinersdorf's only point is its own median but about 200 km from the rest of the fair: no middle, district only.
    expect(districtPoint(faulty, 'Heinersdorf')).to.equal(undefined);
    expect(profileOf({ ...emptySession('de'), district: 'Heinersdorf', districtPoint: districtPoint(faulty, 'Heinersdorf'), maxTravelMinutes: 30 }).home).to.deep.equal({ district: 'Heinersdorf' });
  });

  it('keeps the results of "Weißensee, up to 30 minutes" when one provider there has lat and lon swapped', async () => {
    const data = fairWithPlaces();
    const workshop = data.providers.find((p) => p.id === 'werkstatt-weissensee')!;
    const faulty = { ...data, providers: [...data.providers, { ...workshop, id: 'werkstatt-vertauscht', place: { district: 'Weißensee', lat: 13.456, lon: 52.55, remote: false } }] };
    const el = await kiosk(faulty);
    await answer(el, 'Weißensee', kioskCatalog.t('de', 'travel.minutes', { n: 30 }));
    // As without the swapped address: only Buch, 46 minutes away, is removed (the plain mean, (42.78, 23.23), removed all).
    const excluded = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-excluded]')].map((e) => e.dataset.excluded);
    expect(excluded).to.deep.equal(['lager-logistik']);
    expect(el.shadowRoot!.querySelectorAll('.offer[data-offer]').length).to.equal(data.offers.length - 1);
    expect(el.session.districtPoint!.lat).to.be.closeTo(52.555, 1e-9);
  });

  it('removes an offer farther than "up to 30 minutes" from the chosen district and says why, as the SDK counts it', async () => {
    const data = fairWithPlaces();
    const el = await kiosk(data);
    await answer(el, 'Weißensee', kioskCatalog.t('de', 'travel.minutes', { n: 30 }));
    expect(el.session.district).to.equal('Weißensee');
    expect(el.session.maxTravelMinutes).to.equal(30);

    // Buch is 9.2 km from the middle of Weißensee: 10 + 9.2 × 1.3 / 20 km/h = 46 minutes; everything else is within 27.
    const excluded = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-excluded]')];
    expect(excluded.map((e) => e.dataset.excluded)).to.deep.equal(['lager-logistik']);
    const why = [...excluded[0]!.querySelectorAll('[data-reason]')].map((r) => r.textContent?.trim());
    expect(why).to.deep.equal([reasonText({ key: 'excluded.travel', params: { minutes: 46, max: 30 } }, 'de')]);
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.offer[data-offer]')].map((o) => o.dataset.offer);
    expect(shown).to.have.members(data.offers.map((o) => o.id).filter((id) => id !== 'lager-logistik'));

    // The nearest offers are named as near, from the district's middle: about 11 minutes to the two in Weißensee.
    const reasons = rankOffers(data, el.session, 'de', { radar: buildRadar(data.radar) }).results.flatMap((r) => r.reasons.map((x) => ({ id: r.offer.id, ...x })));
    expect(reasons.filter((r) => r.key === 'fit.nearby' && r.params['minutes'] === 11).map((r) => r.id)).to.have.members(['kita-helfer', 'fahrrad-werkstatt']);
  });

  it('never removes an offer in the visitor\'s own district as too far, while others beyond "up to 15 minutes" go', async () => {
    const data = fairWithPlaces();
    const course = data.offers.find((o) => o.id === 'deutsch-b1-beruf')!;
    // In the north of Prenzlauer Berg, 2.75 km from the median of the district's places (52.541, 13.42): kept in its middle.
    const north: Offer = { ...course, id: 'deutsch-nord', place: { district: 'Prenzlauer Berg', lat: 52.565, lon: 13.41, remote: false } };
    const fair = { ...data, offers: [...data.offers, north] };
    const el = await kiosk(fair);
    await answer(el, 'Prenzlauer Berg', kioskCatalog.t('de', 'travel.minutes', { n: 15 }));
    // The middle: ((52.539 + 52.541 + 52.565) / 3, (13.424 + 13.42 + 13.41) / 3) = (52.548333, 13.418).
    expect(el.session.districtPoint!.lat).to.be.closeTo(52.548333333333, 1e-9);
    expect(el.session.districtPoint!.lon).to.be.closeTo(13.418, 1e-9);
    // From there the northern course is 1.93 km: 10 + 1.93 × 1.3 / 20 km/h = 17.5 minutes, "18 – more than your 15"
    // before; in the visitor's own district it stays. Pankow's and Weißensee's offers (18–23 minutes) and Buch (53) go.
    const excluded = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-excluded]')].map((e) => e.dataset.excluded);
    expect(excluded).to.have.members(['kita-helfer', 'fahrrad-werkstatt', 'altenpflege-helfer', 'schulden-beratung', 'buero-kaufleute', 'lager-logistik']);
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.offer[data-offer]')].map((o) => o.dataset.offer);
    expect(shown).to.have.members(['erzieher-quereinstieg', 'deutsch-b1-beruf', 'deutsch-nord', 'online-beratung']);
    const schulden = [...el.shadowRoot!.querySelectorAll('[data-excluded="schulden-beratung"] [data-reason]')].map((r) => r.textContent?.trim());
    expect(schulden).to.deep.equal([reasonText({ key: 'excluded.travel', params: { minutes: 18, max: 15 } }, 'de')]);
    // Named near at most at the visitor's own limit, never with a figure beyond it.
    const ranking = rankOffers(fair, el.session, 'de', { radar: buildRadar(fair.radar) });
    const near = ranking.results.find((r) => r.offer.id === 'deutsch-nord')!.reasons.find((r) => r.key === 'fit.nearby');
    expect(near?.params).to.deep.equal({ minutes: 15 });
  });

  it('says nothing about travel for a district where nothing has coordinates, even with "up to 30 minutes"', async () => {
    const data = fairWithPlaces();
    const el = await kiosk(data);
    await answer(el, 'Blankenfelde', kioskCatalog.t('de', 'travel.minutes', { n: 30 }));
    expect(el.session.district).to.equal('Blankenfelde');
    expect(el.session.districtPoint).to.equal(undefined);
    // Nothing removed for a travel time nobody can tell, every offer shown.
    expect(el.shadowRoot!.querySelectorAll('[data-excluded]').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('.offer[data-offer]').length).to.equal(data.offers.length);
    // Neither "near" nor "online, no way to go" when nearness cannot be told: the online offer is not pushed up.
    const ranking = rankOffers(data, el.session, 'de', { radar: buildRadar(data.radar) });
    expect(ranking.excluded).to.deep.equal([]);
    const keys = ranking.results.flatMap((r) => r.reasons.map((x) => x.key));
    expect(keys.filter((k) => TRAVEL_KEYS.includes(k))).to.deep.equal([]);
    const shownText = [...el.shadowRoot!.querySelectorAll('[data-reason]')].map((r) => r.textContent?.trim());
    expect(shownText).not.to.include(reasonText({ key: 'fit.remote', params: {} }, 'de'));
  });

  it('forgets the district and the travel limit when the visitor then answers "elsewhere" and "any"', async () => {
    const data = fairWithPlaces();
    const el = await kiosk(data);
    await answer(el, 'Weißensee', kioskCatalog.t('de', 'travel.minutes', { n: 30 }));
    // Back to the district question (the third), then change both answers.
    el.extrasIndex = 2;
    el.go('extras');
    await settle(el);
    expect($(el, 'h1').textContent).to.contain(kioskCatalog.t('de', 'district.title'));
    await press(el, kioskCatalog.t('de', 'district.other'));
    await press(el, kioskCatalog.t('de', 'travel.any'));
    expect(el.session.district).to.equal('');
    expect(el.session.districtPoint).to.equal(undefined);
    expect(el.session.maxTravelMinutes).to.equal(0);
    const profile = profileOf(el.session);
    expect(profile.home).to.equal(undefined);
    expect(profile.maxTravelMinutes).to.equal(undefined);
  });

  it('shows "elsewhere" and "any" as chosen when the visitor comes back to those questions, and nothing chosen when skipped', async () => {
    const data = fairWithPlaces();
    const el = await kiosk(data);
    const pressed = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('main .grid button[aria-pressed="true"]')].map((b) => b.textContent?.trim());
    await answer(el, kioskCatalog.t('de', 'district.other'), kioskCatalog.t('de', 'travel.any'));
    el.extrasIndex = 2;
    el.go('extras');
    await settle(el);
    expect($(el, 'h1').textContent).to.contain(kioskCatalog.t('de', 'district.title'));
    expect(pressed()).to.deep.equal([kioskCatalog.t('de', 'district.other')]);
    await tap(el, '[data-skip]');
    expect($(el, 'h1').textContent).to.contain(kioskCatalog.t('de', 'travel.title'));
    expect(pressed()).to.deep.equal([kioskCatalog.t('de', 'travel.any')]);
    // A district chosen instead: only it is pressed, "elsewhere" no longer.
    el.extrasIndex = 2;
    el.go('extras');
    await settle(el);
    await press(el, 'Pankow');
    el.extrasIndex = 2;
    el.go('extras');
    await settle(el);
    expect(pressed()).to.deep.equal(['Pankow']);
    // Skipped questions (a new visitor) show nothing pressed.
    const fresh = await kiosk(data);
    await tap(fresh, '.attract');
    await tap(fresh, '[data-locale="de"]');
    fresh.extrasIndex = 2;
    fresh.go('extras');
    await settle(fresh);
    expect([...fresh.shadowRoot!.querySelectorAll('main .grid button[aria-pressed="true"]')].length).to.equal(0);
  });

  it('keeps a 32-hour offer with no stated times for "until 15:00 (kita)" and removes a 39-hour one, with no "part time" reason', async () => {
    const data = fairWithPlaces();
    const lager = data.offers.find((o) => o.id === 'lager-logistik')!;
    const offer32: Offer = { ...lager, id: 'lager-32', schedule: { partTime: false, flexible: false, hoursPerWeek: 32 } };
    const offer39: Offer = { ...lager, id: 'lager-39', schedule: { partTime: false, flexible: true, hoursPerWeek: 39 } };
    const offers = [...data.offers, offer32, offer39];
    const el = await kiosk({ ...data, offers });
    await tap(el, '.attract');
    await tap(el, '[data-locale="de"]');
    for (let i = 0; i < 100 && el.locale !== 'de'; i += 1) await wait(20);
    el.go('extras');
    await settle(el);
    await press(el, kioskCatalog.t('de', 'hours.kita'));
    expect(el.session.hours).to.equal('kita');
    el.go('results');
    await settle(el);
    const profile = profileOf(el.session);
    expect(profile.availability).to.deep.equal({ from: '08:00', until: '15:00', days: [1, 2, 3, 4, 5] });
    expect(profile.partTimeOnly).to.equal(undefined);
    // 08:00-15:00 on five weekdays holds 35 hours: what the answer allows, no more.
    expect(profile.maxHoursPerWeek).to.equal(35);
    const ranking = rankOffers({ ...data, offers }, el.session, 'de', {});
    const removed39 = ranking.excluded.find((r) => r.offer.id === 'lager-39');
    expect(removed39?.reasons.map((r) => [r.key, r.params['max']])).to.deep.include(['excluded.hours', 35]);
    expect(ranking.excluded.map((r) => r.offer.id)).not.to.include('lager-32');
    expect(ranking.excluded.flatMap((r) => r.reasons.map((x) => x.key))).not.to.include('excluded.fullTime');
    expect(ranking.results.map((r) => r.offer.id)).to.include('lager-32');
    // On screen: not among the removed offers, and no "Sie suchen Teilzeit" anywhere.
    expect(el.shadowRoot!.querySelector('[data-excluded="lager-32"]')).to.equal(null);
    const allText = [...el.shadowRoot!.querySelectorAll('[data-excluded] [data-reason]')].map((r) => r.textContent ?? '').join(' | ');
    expect(allText).not.to.match(/Teilzeit/);
  });

  for (const hours of ['morning'] as const) {
    it(`says "you are looking for part time", never a number of hours the visitor did not give, for "${hours}"`, async () => {
      const data = fairWithPlaces();
      const lager = data.offers.find((o) => o.id === 'lager-logistik')!;
      // Full time with no stated times (only the time window cannot tell), and 28 hours with none either.
      const fullTime: Offer = { ...lager, id: 'lager-vollzeit', schedule: { partTime: false, flexible: false, hoursPerWeek: 38 } };
      const some: Offer = { ...lager, id: 'lager-28', schedule: { partTime: false, flexible: false, hoursPerWeek: 28 } };
      const el = await kiosk({ ...data, offers: [...data.offers, fullTime, some] });
      await tap(el, '.attract');
      await tap(el, '[data-locale="de"]');
      for (let i = 0; i < 100 && el.locale !== 'de'; i += 1) await wait(20);
      el.go('extras');
      await settle(el);
      await press(el, kioskCatalog.t('de', `hours.${hours}`));
      expect(el.session.hours).to.equal(hours);
      el.go('results');
      await settle(el);
      const profile = profileOf(el.session);
      expect(profile.maxHoursPerWeek).to.equal(undefined);
      expect(profile.partTimeOnly).to.equal(true);

      const ranking = rankOffers({ ...data, offers: [...data.offers, fullTime, some] }, el.session, 'de', {});
      const keys = ranking.excluded.flatMap((r) => r.reasons.map((x) => x.key));
      expect(keys).not.to.include('excluded.hours');
      const full = ranking.excluded.find((r) => r.offer.id === 'lager-vollzeit')!;
      expect(full.reasons).to.deep.equal([{ key: 'excluded.fullTime', params: { hours: 38 } }]);
      // On screen, in German: the offer's 38 hours and "part time", no "mehr als Ihre 25" (or 32).
      const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-excluded="lager-vollzeit"] [data-reason]')].map((r) => r.textContent?.trim());
      expect(shown).to.deep.equal([reasonText({ key: 'excluded.fullTime', params: { hours: 38 } }, 'de')]);
      const allText = [...el.shadowRoot!.querySelectorAll('[data-excluded] [data-reason]')].map((r) => r.textContent ?? '').join(' | ');
      expect(allText).not.to.match(/mehr als Ihre/);
      // 28 hours with no stated times is no longer removed on the invented 25 (below the SDK's 30 for part time).
      expect(ranking.results.map((r) => r.offer.id)).to.include('lager-28');
    });
  }
});
