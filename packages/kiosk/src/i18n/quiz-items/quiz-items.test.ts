import { expect } from '@open-wc/testing';
import { quizItems } from '@markt/sdk/quiz-texts';
import embedQuizEn from '../../embed/messages/quiz/en.js';
import kioskEn from '../../kiosk/messages/en.js';
import { quizItemsAr } from './ar.js';
import { quizItemsRu } from './ru.js';
import { quizItemsTr } from './tr.js';
import { quizItemsUk } from './uk.js';

describe('quiz statements in the catalogues', () => {
  const english = Object.fromEntries(quizItems.map((item) => [`quiz.${item.id}`, item.text.en]));

  it("keep the SDK item bank's English text in the kiosk's and the embed's catalogues (their keys and fallback)", () => {
    for (const catalogue of [kioskEn, embedQuizEn] as Record<string, string>[]) {
      const quizEntries = Object.fromEntries(Object.entries(catalogue).filter(([key]) => key in english));
      expect(quizEntries).to.deep.equal(english);
    }
  });

  it('translate every item of the bank, and only those, into Turkish, Arabic, Ukrainian and Russian', () => {
    for (const translated of [quizItemsTr, quizItemsAr, quizItemsUk, quizItemsRu]) {
      expect(Object.keys(translated).sort()).to.deep.equal(Object.keys(english).sort());
      expect(Object.values(translated).every((text) => text.trim().length > 0)).to.equal(true);
    }
  });
});
