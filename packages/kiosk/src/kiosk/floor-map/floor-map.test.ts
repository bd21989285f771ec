import { expect, fixture, html } from '@open-wc/testing';
import { planRoute } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { fixtureData } from '../test-fixture.js';
import type { MarktFloorMap } from './floor-map.component.js';
import './floor-map.js';

describe('<markt-floor-map>', () => {
  const data = fixtureData();
  const plan = data.event.floorPlan!;

  it('is accessible: one labelled image', async () => {
    const el = await fixture<MarktFloorMap>(html`<markt-floor-map .plan=${plan} .stands=${data.stands} label="Hallenplan"></markt-floor-map>`);
    await expectAccessible(el);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Hallenplan');
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${plan.width} ${plan.height}`);
  });

  it('draws each stand as a numbered rectangle centred on its position, and highlights the chosen ones', async () => {
    const el = await fixture<MarktFloorMap>(html`<markt-floor-map .plan=${plan} .stands=${data.stands} .highlighted=${['s2', 's5']}></markt-floor-map>`);
    const stands = [...el.shadowRoot!.querySelectorAll<SVGGElement>('.stand')];
    expect(stands.map((g) => g.querySelector('text')!.textContent)).to.deep.equal(data.stands.map((s) => s.number));
    const s2 = el.shadowRoot!.querySelector('[data-stand="s2"] rect')!;
    expect([s2.getAttribute('x'), s2.getAttribute('y')]).to.deep.equal(['30', '40']);
    expect([...el.shadowRoot!.querySelectorAll<SVGGElement>('.stand.highlighted')].map((g) => g.dataset.stand)).to.deep.equal(['s2', 's5']);
  });

  it('draws the route from "you are here" (the entrance) through the stands', async () => {
    const stands = data.stands.filter((s) => ['s2', 's4', 's5'].includes(s.id));
    const route = planRoute(stands, plan.entrance!);
    const el = await fixture<MarktFloorMap>(html`<markt-floor-map .plan=${plan} .stands=${data.stands} .route=${route.path} here-label="Sie sind hier"></markt-floor-map>`);
    const points = el.shadowRoot!.querySelector('polyline.route')!.getAttribute('points')!.split(' ');
    expect(points[0]).to.equal('200,290');
    expect(points).to.have.length(4);
    const here = el.shadowRoot!.querySelector('.here')!;
    expect(here.querySelector('circle')!.getAttribute('cx')).to.equal('200');
    expect(here.textContent).to.contain('Sie sind hier');
  });

  describe('"you are here" on the edge of the plan (review L1)', () => {
    const hall = { width: 800, height: 500 };
    /** The marker's drawn box (circle with its outline, and label) in plan units. */
    function hereBox(el: MarktFloorMap): { left: number; top: number; right: number; bottom: number } {
      const here = el.shadowRoot!.querySelector<SVGGElement>('.here')!;
      const circle = here.querySelector('circle')!;
      const outline = Number(circle.getAttribute('stroke-width')) / 2;
      const c = circle.getBBox();
      const t = here.querySelector('text')!.getBBox();
      return {
        left: Math.min(c.x - outline, t.x),
        top: Math.min(c.y - outline, t.y),
        right: Math.max(c.x + c.width + outline, t.x + t.width),
        bottom: Math.max(c.y + c.height + outline, t.y + t.height),
      };
    }

    for (const [where, entrance] of [
      ['the bottom edge (the demo fair)', { x: 400, y: 500 }],
      ['the right edge', { x: 800, y: 250 }],
      ['the top left corner', { x: 0, y: 0 }],
      ['the bottom right corner', { x: 800, y: 500 }],
    ] as const) {
      it(`draws the whole marker and its label inside the plan when the entrance is on ${where}`, async () => {
        const el = await fixture<MarktFloorMap>(
          html`<div style="width: 800px"><markt-floor-map .plan=${{ ...hall, entrance }} .stands=${[]} here-label="Ви тут"></markt-floor-map></div>`,
        ).then((wrapper) => wrapper.querySelector<MarktFloorMap>('markt-floor-map')!);
        const box = hereBox(el);
        expect(box.left, 'left').to.be.at.least(0);
        expect(box.top, 'top').to.be.at.least(0);
        expect(box.right, 'right').to.be.at.most(hall.width);
        expect(box.bottom, 'bottom').to.be.at.most(hall.height);
        // Still at the entrance: the marker's centre is within its own radius and outline of it.
        const circle = el.shadowRoot!.querySelector('.here circle')!;
        const reach = Number(circle.getAttribute('r')) + Number(circle.getAttribute('stroke-width'));
        expect(Math.abs(Number(circle.getAttribute('cx')) - entrance.x)).to.be.at.most(reach);
        expect(Math.abs(Number(circle.getAttribute('cy')) - entrance.y)).to.be.at.most(reach);
        expect(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')).to.equal('0 0 800 500');
      });
    }

    it('starts a route that begins at the entrance at the marker, inside the plan', async () => {
      const route = [{ x: 400, y: 500 }, { x: 200, y: 100 }];
      const el = await fixture<MarktFloorMap>(html`<markt-floor-map .plan=${{ ...hall, entrance: { x: 400, y: 500 } }} .stands=${[]} .route=${route}></markt-floor-map>`);
      const circle = el.shadowRoot!.querySelector('.here circle')!;
      const first = el.shadowRoot!.querySelector('polyline.route')!.getAttribute('points')!.split(' ')[0];
      expect(first).to.equal(`${circle.getAttribute('cx')},${circle.getAttribute('cy')}`);
      await expectAccessible(el);
    });
  });
});
