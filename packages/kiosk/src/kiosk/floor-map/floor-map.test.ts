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
});
