import { expect } from '@open-wc/testing';
import { buildRadar, createSearchIndex } from '@markt/sdk';
import { areaOf, langOf, rankOffers, routeThrough, standOf } from './offers.js';
import { reasonText } from './reason-text.js';
import { kioskCatalog } from './i18n.js';
import { emptySession, profileOf } from './session.js';
import { listLink, qrSvg } from './take-home.js';
import { fixtureData } from './test-fixture.js';

describe('kiosk offers', () => {
  const data = fixtureData();
  const tools = { radar: buildRadar(data.radar), index: createSearchIndex(data.offers) };

  it('ranks people-minded answers towards care and childcare, and the search order wins while a query is typed', () => {
    const session = { ...emptySession('de'), answers: { 'help-people': 4 as const, 'care-for-others': 4 as const, 'fix-things': 0 as const } };
    const ranked = rankOffers(data, session, 'de', tools);
    expect(ranked.results.slice(0, 2).map((r) => r.offer.id)).to.have.members(['altenpflege-helfer', 'erzieher-quereinstieg']);
    const searched = rankOffers(data, { ...session, query: 'Fahrad' }, 'de', tools);
    expect(searched.results[0]!.offer.id).to.equal('fahrrad-werkstatt');
    expect(searched.excluded).to.deep.equal([]);
  });

  it('filters by kind, funding and part time, and keeps hard-rule exclusions apart with their reasons', () => {
    const session = { ...emptySession('de'), germanLevel: 'A1' as const, filters: { kinds: [], fundings: ['bildungsgutschein' as const], partTime: true } };
    const { results, excluded } = rankOffers(data, session, 'de', tools);
    expect(results.map((r) => r.offer.id).sort()).to.deep.equal(['buero-kaufleute']);
    expect(excluded.map((r) => r.offer.id)).to.include('altenpflege-helfer');
    expect(excluded.find((r) => r.offer.id === 'altenpflege-helfer')!.reasons.map((r) => r.key)).to.include('excluded.germanLevel');
  });

  it('turns the optional answers into the anonymous profile match reads', () => {
    const profile = profileOf({ ...emptySession('ar'), hours: 'kita', district: 'Weißensee', maxTravelMinutes: 30, targetGroups: ['single-parents'] });
    expect(profile).to.deep.include({ locale: 'ar', maxTravelMinutes: 30, targetGroups: ['single-parents'], home: { district: 'Weißensee' } });
    expect(profile.availability).to.deep.equal({ from: '08:00', until: '15:00', days: [1, 2, 3, 4, 5] });
    expect(profile.interests).to.equal(undefined);
  });

  it('finds the stand, its area seen from the entrance, and a walk through the stands', () => {
    const offer = data.offers.find((o) => o.id === 'schulden-beratung')!;
    expect(standOf(data, offer)!.number).to.equal('4');
    const plan = data.event.floorPlan;
    expect(areaOf(data.stands.find((s) => s.id === 's4'), plan)).to.equal('back');
    expect(areaOf(data.stands.find((s) => s.id === 's6'), plan)).to.equal('middle');
    expect(areaOf({ ...data.stands[0]!, position: { x: 210, y: 270 } }, plan)).to.equal('front');
    const walk = routeThrough(data, ['schulden-beratung', 'altenpflege-helfer', 'kita-helfer']);
    expect(walk.path[0]).to.deep.equal(plan!.entrance);
    expect(walk.stands.map((s) => s.number)).to.have.members(['1', '2', '4']);
    expect(walk.path).to.have.length(4);
  });

  it('says reasons in the catalogue languages with translated words, and in the SDK\u2019s own words in German', async () => {
    await kioskCatalog.load('tr');
    expect(reasonText({ key: 'fit.strength', params: { strength: 'caring' } }, 'tr')).to.equal(
      kioskCatalog.t('tr', 'reason.fit.strength', { strength: kioskCatalog.t('tr', 'strength.caring') }),
    );
    expect(reasonText({ key: 'fit.language', params: { language: 'ar' } }, 'tr')).to.equal('Şu dilde de: Arapça');
    expect(reasonText({ key: 'fit.partTime', params: {} }, 'de')).to.equal('Auch in Teilzeit');
    // Someone with no German yet reads that in their language, not the SDK's vocabulary word "none".
    expect(reasonText({ key: 'excluded.germanLevel', params: { required: 'B2', yours: 'none' } }, 'tr')).to.equal('Almanca B2 gerekli (sizinki: Henüz yok)');
    expect(reasonText({ key: 'fit.germanCourse', params: { level: 'none' } }, 'tr')).to.equal('Seviyenize uygun Almanca kursu (Henüz yok)');
    expect(langOf({ de: 'Pflege', en: 'Care' }, 'tr')).to.equal('en');
    expect(langOf({ de: 'Pflege' }, 'de-x-ls')).to.equal('de');
  });

  it('names the occupation of a KldB reason in Turkish and Arabic, not in English', async () => {
    await Promise.all([kioskCatalog.load('tr'), kioskCatalog.load('ar')]);
    const shortage = { key: 'radar.shortage', params: { kldb: '82102', region: 'Pankow' } } as const;
    const turkish = reasonText(shortage, 'tr');
    expect(turkish).to.equal('Yaşlı bakımı: Pankow bölgesindeki işverenler acilen eleman arıyor');
    expect(turkish).not.to.include('Care for the elderly');
    const arabic = reasonText({ key: 'fit.wishedOccupation', params: { kldb: '43' } }, 'ar');
    expect(arabic).to.include('علوم الحاسوب وتكنولوجيا المعلومات');
    expect(arabic).not.to.include('Computer science');
    expect(reasonText(shortage, 'en')).to.include('Care for the elderly');
  });

  it('builds the take-home link from ids and language only, and a QR code of it', async () => {
    const link = listLink('https://markt.example', 'pankow-2026', 'uk', ['o1', 'o2']);
    expect(link).to.equal('https://markt.example/list#v=1&e=pankow-2026&l=uk&o=o1,o2');
    expect(listLink('https://markt.example', 'pankow-2026', 'uk', [], ['o3', 'o4'])).to.equal('https://markt.example/list#v=1&e=pankow-2026&l=uk&o=&r=o3,o4');
    const svg = new DOMParser().parseFromString(await qrSvg(link), 'image/svg+xml').documentElement;
    expect(svg.nodeName).to.equal('svg');
    expect(svg.querySelectorAll('script, foreignObject')).to.have.length(0);
  });
});
