import assert from 'node:assert/strict';
import { rulebookData } from '../../law/rulebook-data';
import { LANGS } from '../../ui/src/i18n/lang';
import { limitBasis } from '../../ui/src/limits/limit-basis';
import { limitTitle } from '../../ui/src/limits/limit-title';

describe('ui limitTitle and limitBasis (a legal time limit named and cited in the UI language)', () => {
  it('names every limit of the rulebook by its own title in every language, never by its id', () => {
    for (const rule of rulebookData.limits) {
      for (const lang of LANGS) assert.equal(limitTitle(rule.id, lang, rulebookData), rule.title[lang]);
      assert.doesNotMatch(limitTitle(rule.id, 'ru', rulebookData), /[A-Za-z]/, rule.id);
    }
  });

  it('uses the short message while the rulebook is not loaded, and the id for a limit nobody knows', () => {
    assert.equal(limitTitle('detention.max', 'ru'), 'Предельный срок задержания');
    assert.equal(limitTitle('no.such-limit', 'ru', rulebookData), 'no.such-limit');
  });

  it('cites the articles of a limit with the codes localised', () => {
    assert.equal(limitBasis('detention.record-to-prosecutor', 'ru', rulebookData), 'УПК КР 97(1), (4)');
    assert.equal(limitBasis('detention.record-to-prosecutor', 'ky', rulebookData), 'ЖПК КР 97(1), (4)');
    assert.equal(limitBasis('detention.max', 'en'), undefined);
  });
});
