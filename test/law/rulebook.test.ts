import assert from 'node:assert/strict';
import { rulebook, validateRulebook } from '../../law/rulebook';

const clone = () => JSON.parse(JSON.stringify(rulebook));

describe('the rulebook of time limits (data, validated by its own JSON Schema)', () => {
  it('the shipped rulebook is valid, and every limit cites an article and has a title in ru, ky and en', () => {
    assert.deepEqual(validateRulebook(rulebook), []);
    for (const l of rulebook.limits) {
      assert.ok(l.basis.length > 0, l.id);
      assert.ok(l.title.ru && l.title.ky && l.title.en, l.id);
    }
  });

  it('holds every limit of the reference table', () => {
    const ids = new Set(rulebook.limits.map((l) => l.id));
    for (const id of [
      'report.register', 'check.decide', 'case-opened.copy-to-prosecutor', 'detention.max', 'detention.record-to-prosecutor',
      'detention.notify-relatives', 'detention.to-court', 'detention.judge-legality', 'measure.judge-decides', 'measure.copy-to-defence',
      'custody.notify-relatives', 'custody.complaint-to-court', 'custody.term', 'custody.cap', 'investigation.term', 'charge.present',
      'complaint.investigator', 'prosecutor.review-indictment', 'case-to-court.in-custody', 'court.first-decision', 'trial.start',
      'trial.term', 'appeal.verdict', 'appeal.investigating-judge', 'appeal.court-decides', 'execution.send', 'cassation.forward',
      'cassation.decide', 'probation.first-report',
    ]) assert.ok(ids.has(id), id);
  });

  it('refuses a duplicate id, a malformed duration, a missing Kyrgyz title and a cap that does not exist', () => {
    const broken = clone();
    broken.limits.push({ ...broken.limits[0] });
    assert.deepEqual(validateRulebook(broken).map((e) => e.code), ['duplicate']);

    const badDuration = clone();
    badDuration.limits[0].duration = '48 hours';
    assert.deepEqual(validateRulebook(badDuration).map((e) => e.path), ['/limits/0/duration']);

    const noKyrgyz = clone();
    delete noKyrgyz.limits[1].title.ky;
    assert.deepEqual(validateRulebook(noKyrgyz).map((e) => e.path), ['/limits/1/title/ky']);

    const badCap = clone();
    const custody = badCap.limits.find((l: { id: string }) => l.id === 'custody.term');
    custody.extension.capLimit = 'custody.forever';
    assert.deepEqual(validateRulebook(badCap).map((e) => e.code), ['unknownLimit']);
  });

  it('liberty terms (detention, custody, hospital stay) are marked as never rolling over', () => {
    for (const id of ['detention.max', 'custody.term', 'custody.cap', 'hospital.stay', 'trial.custody', 'extradition.custody']) {
      assert.equal(rulebook.limits.find((l) => l.id === id)?.libertyTerm, true, id);
    }
  });
});
