import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QuizError } from '../errors/markt-error.js';
import { RIASEC, STRENGTHS } from '../model/vocabulary.js';
import { quizItems, quizItemText } from '../quiz-texts.js';
import { scoreQuiz, type QuizAnswer } from './index.js';

describe('quizItems', () => {
  it('has 12–18 items with unique ids covering all six dimensions at least twice', () => {
    expect(quizItems.length).toBeGreaterThanOrEqual(12);
    expect(quizItems.length).toBeLessThanOrEqual(18);
    expect(new Set(quizItems.map((i) => i.id)).size).toBe(quizItems.length);
    for (const d of RIASEC) expect(quizItems.filter((i) => i.dimension === d).length).toBeGreaterThanOrEqual(2);
  });

  it('every item has a kebab-case pictogram, a known strength or none, and short texts in all three languages', () => {
    for (const i of quizItems) {
      expect(i.pictogram).toMatch(/^[a-z]+(-[a-z]+)*$/);
      if (i.strength) expect(STRENGTHS).toContain(i.strength);
      for (const text of [i.text.de, i.text.en]) {
        expect(text.length).toBeGreaterThan(5);
        expect(text.length).toBeLessThanOrEqual(60);
      }
      // Leichte Sprache says one thing per sentence, so it may take two short sentences.
      expect(i.text['de-x-ls'].length).toBeLessThanOrEqual(80);
    }
  });

  it('Leichte Sprache texts use short sentences without abbreviations or passive voice', () => {
    for (const i of quizItems) {
      const ls = i.text['de-x-ls'];
      for (const sentence of ls.split(/(?<=[.?!])\s+/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(8);
      expect(ls).not.toMatch(/\b(z\.\s?B\.|usw\.|bzw\.|etc\.|d\.\s?h\.)/);
      expect(ls).not.toMatch(/\b(wird|werden|wurde|wurden)\b/);
      expect(ls).not.toMatch(/,/); // one statement per sentence: no subordinate clauses
      // Every sentence is a whole sentence with a subject, not a fragment ("Oder Fotos.").
      for (const sentence of ls.split(/(?<=[.?!:])\s+/)) expect(sentence).toMatch(/^(Ich|Andere|Das|Wie)\b/);
    }
  });

  it('quizItemText picks German, Leichte Sprache or English, and English for the other languages', () => {
    const item = quizItems.find((i) => i.id === 'help-people');
    if (!item) throw new Error('help-people is missing');
    expect(quizItemText(item, 'de')).toBe('Ich helfe gern anderen Menschen.');
    expect(quizItemText(item, 'de-x-ls')).toBe(item.text['de-x-ls']);
    expect(quizItemText(item, 'en')).toBe('I like helping people.');
    expect(quizItemText(item, 'tr')).toBe('I like helping people.');
  });

  it('names at least five different strengths', () => {
    expect(new Set(quizItems.flatMap((i) => (i.strength ? [i.strength] : []))).size).toBeGreaterThanOrEqual(5);
  });
});

describe('scoreQuiz', () => {
  it('skipping everything gives a neutral profile, answered 0 and an empty code', () => {
    const r = scoreQuiz({});
    expect(r.answered).toBe(0);
    expect(r.skipped).toBe(quizItems.length);
    expect(r.code).toBe('');
    expect(r.strengths).toEqual([]);
    for (const d of RIASEC) expect(r.interests[d]).toBe(0.5);
    expect(scoreQuiz(Object.fromEntries(quizItems.map((i) => [i.id, null])))).toEqual(r);
  });

  it('scores the mean answer per dimension and orders the code by it', () => {
    const r = scoreQuiz({ 'help-people': 4, 'care-for-others': 3, 'sell-advise': 2, 'fix-things': 0, 'own-ideas': 4 });
    expect(r.interests.S).toBeCloseTo(7 / 8);
    expect(r.interests.E).toBeCloseTo(0.5);
    expect(r.interests.R).toBe(0);
    expect(r.interests.A).toBe(1);
    expect(r.interests.I).toBe(0.5); // not answered: neutral
    expect(r.code).toBe('ASE');
    expect(r.answered).toBe(5);
    expect(r.skipped).toBe(quizItems.length - 5);
  });

  it('names the strengths of items answered 3 or 4, strongest first', () => {
    const r = scoreQuiz({ 'care-for-others': 3, 'help-people': 4, 'fix-things': 2, 'work-numbers': 4 });
    expect(r.strengths).toEqual(['helping', 'numbers', 'caring']);
  });

  it('breaks ties in the code in R-I-A-S-E-C order', () => {
    expect(scoreQuiz({ 'keep-order': 3, 'fix-things': 3, 'help-people': 3, 'own-ideas': 3 }).code).toBe('RAS');
  });

  it('throws QUIZ_UNKNOWN_ITEM for an id outside the bank', () => {
    expect(() => scoreQuiz({ 'no-such-item': 2 })).toThrow(QuizError);
    try {
      scoreQuiz({ 'no-such-item': null });
    } catch (e) {
      expect((e as QuizError).code).toBe('QUIZ_UNKNOWN_ITEM');
    }
    expect.assertions(2);
  });

  it.each([5, -1, 2.5, Number.NaN, '3'])('throws QUIZ_BAD_VALUE for %s', (value) => {
    const answers = { 'help-people': value } as unknown as Record<string, QuizAnswer>;
    expect(() => scoreQuiz(answers)).toThrow(expect.objectContaining({ code: 'QUIZ_BAD_VALUE' }));
  });

  it('property: every score lies in [0, 1] and answered + skipped is the bank size', () => {
    const answer = fc.constantFrom<QuizAnswer>(0, 1, 2, 3, 4, null);
    const answers = fc.dictionary(fc.constantFrom(...quizItems.map((i) => i.id)), answer);
    fc.assert(
      fc.property(answers, (a) => {
        const r = scoreQuiz(a);
        for (const d of RIASEC) {
          expect(r.interests[d]).toBeGreaterThanOrEqual(0);
          expect(r.interests[d]).toBeLessThanOrEqual(1);
        }
        expect(r.answered + r.skipped).toBe(quizItems.length);
        expect(r.answered).toBe(Object.values(a).filter((x) => x !== null).length);
        expect(r.code).toMatch(/^(?!.*(.).*\1)[RIASEC]{0,3}$/);
      }),
    );
  });

  it('property: answering one item higher never lowers its dimension', () => {
    fc.assert(
      fc.property(fc.constantFrom(...quizItems), fc.integer({ min: 0, max: 3 }), (item, low) => {
        const a = scoreQuiz({ [item.id]: low as QuizAnswer }).interests[item.dimension];
        const b = scoreQuiz({ [item.id]: (low + 1) as QuizAnswer }).interests[item.dimension];
        expect(b).toBeGreaterThan(a);
      }),
    );
  });
});
