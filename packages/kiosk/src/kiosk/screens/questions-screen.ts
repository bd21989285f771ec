import { html, nothing, type TemplateResult } from 'lit';
import { TARGET_GROUPS, type TargetGroup } from '@markt/sdk';
import { quizItems } from '@markt/sdk/quiz-texts';
import { face, pictogram } from '../../pictograms/index.js';
import { SDK_WORDED, type KioskKey } from '../i18n.js';
import { GERMAN_CHOICES, HOURS_CHOICES, TRAVEL_CHOICES, districtPoint } from '../session.js';
import type { KioskView } from './view.js';

/** The optional steps after the quiz. */
export const EXTRAS = ['hours', 'german', 'district', 'travel', 'group'] as const;

/**
 * A quiz item's statement in the visitor's language: the SDK's own text in de/en/Leichte Sprache, else the catalogue's.
 * @param v the kiosk view
 * @param index the item's place in `quizItems`
 * @returns the statement
 * @example itemText(view, 0) // 'Bir şeyleri tamir etmeyi severim.' in Turkish
 */
export function itemText(v: KioskView, index: number): string {
  const item = quizItems[index];
  if (!item) return '';
  return SDK_WORDED.has(v.locale) ? item.text[v.locale as 'de' | 'en' | 'de-x-ls'] : v.t(`quiz.${item.id}` as KioskKey);
}

/**
 * One quiz statement with its pictogram, five answers with faces, skip and back.
 * @param v the kiosk view
 * @param index the item's place in `quizItems`
 * @param on what an answer (`null` = skipped) and "previous question" do
 * @returns the screen's template
 * @example quizScreen(view, 0, { answer: (a) => kiosk.answer(a), previous: () => {} })
 */
export function quizScreen(v: KioskView, index: number, on: { answer: (value: 0 | 1 | 2 | 3 | 4 | null) => void; previous: () => void }): TemplateResult {
  const item = quizItems[index];
  if (!item) return html``;
  const text = itemText(v, index);
  const current = v.session.answers[item.id];
  const answers = [0, 1, 2, 3, 4] as const;
  return html`${v.heading(v.t('quiz.title'))}
    <p class="progress" aria-live="polite" data-progress>${v.t('quiz.progress', { n: index + 1, total: quizItems.length })}</p>
    <progress max=${quizItems.length} value=${index} aria-hidden="true"></progress>
    <div class="item">
      ${pictogram(item.pictogram)}
      <p id="item-text" tabindex="-1">${text}</p>
      ${v.speak(text)}
    </div>
    <div class="answers" role="group" aria-labelledby="item-text">
      ${answers.map(
        (value) =>
          html`<button type="button" data-answer=${value} aria-pressed=${current === value ? 'true' : 'false'} @click=${() => on.answer(value)}>
            ${face(value)}<span>${v.t(`quiz.a${value}`)}</span>
          </button>`,
      )}
    </div>
    <div class="row">
      ${index > 0 ? html`<button type="button" @click=${on.previous}>${v.t('quiz.previous')}</button>` : nothing}
      <button type="button" data-skip @click=${() => on.answer(null)}>${v.t('quiz.skip')}</button>
      <button type="button" @click=${() => v.go('extras')}>${v.t('quiz.toResults')}</button>
    </div>`;
}

function choice<T>(options: readonly T[], label: (o: T) => string, chosen: (o: T) => boolean, pick: (o: T) => void): TemplateResult {
  return html`<div class="grid">
    ${options.map((o) => html`<button type="button" aria-pressed=${chosen(o) ? 'true' : 'false'} @click=${() => pick(o)}>${label(o)}</button>`)}
  </div>`;
}

/** Pankow's Ortsteile (or any fair's districts) from the radar and the offers' places. */
function districts(v: KioskView): string[] {
  const names = new Set<string>();
  for (const row of v.data.radar) if (row.regionLevel === 'ortsteil') names.add(row.regionName);
  for (const offer of v.data.offers) if (offer.place.district) names.add(offer.place.district);
  return [...names].sort((a, b) => a.localeCompare(b, 'de'));
}

/**
 * One optional question (hours, German, district, travel time, target group); every one can be skipped.
 * @param v the kiosk view
 * @param index the step in `EXTRAS`
 * @param next moves on to the next step (or the results after the last)
 * @returns the screen's template
 * @example extrasScreen(view, 1, () => step++) // "How well do you speak German?"
 */
export function extrasScreen(v: KioskView, index: number, next: () => void): TemplateResult {
  const step = EXTRAS[index] ?? 'hours';
  const s = v.session;
  let title: KioskKey;
  let body: TemplateResult;
  switch (step) {
    case 'hours':
      title = 'hours.title';
      body = choice(HOURS_CHOICES, (h) => v.t(`hours.${h}`), (h) => s.hours === h, (hours) => v.set({ hours }, true));
      break;
    case 'german':
      title = 'german.title';
      body = choice(GERMAN_CHOICES, (g) => v.t(`german.${g}` as KioskKey), (g) => s.germanLevel === g, (germanLevel) => v.set({ germanLevel }, true));
      break;
    case 'district':
      title = 'district.title';
      // "Elsewhere" is stored as '' (and "any" below as 0): no district and no limit for `profileOf`, yet shown as
      // chosen when the visitor comes back, unlike a skipped question (undefined).
      body = choice([...districts(v), ''], (d) => d || v.t('district.other'), (d) => s.district === d, (d) =>
        v.set({ district: d, districtPoint: d ? districtPoint(v.data, d) : undefined }, true),
      );
      break;
    case 'travel':
      title = 'travel.title';
      body = choice(
        [...TRAVEL_CHOICES, 0],
        (m) => (m ? v.t('travel.minutes', { n: m }) : v.t('travel.any')),
        (m) => s.maxTravelMinutes === m,
        (m) => v.set({ maxTravelMinutes: m }, true),
      );
      break;
    default:
      title = 'group.title';
      body = html`<p>${v.t('group.lead')}</p>
        ${choice(TARGET_GROUPS, (g) => v.t(`group.${g}`), (g) => s.targetGroups.includes(g), (g: TargetGroup) =>
          v.set({ targetGroups: s.targetGroups.includes(g) ? s.targetGroups.filter((x) => x !== g) : [...s.targetGroups, g] }),
        )}`;
  }
  const last = index === EXTRAS.length - 1;
  return html`${v.heading(v.t(title))}
    <p class="progress" aria-live="polite">${v.t('extras.step', { n: index + 1, total: EXTRAS.length })} · ${v.t('extras.lead')}</p>
    ${body}
    <div class="row">
      <button type="button" data-skip @click=${next}>${v.t(last ? 'extras.done' : 'extras.skip')}</button>
      ${last ? nothing : html`<button type="button" data-to-results @click=${() => v.go('results')}>${v.t('extras.done')}</button>`}
    </div>`;
}
