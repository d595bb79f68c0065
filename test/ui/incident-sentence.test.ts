import assert from 'node:assert/strict';
import { LANGS } from '../../ui/src/i18n/lang';
import { incidentSentence } from '../../ui/src/incidents/incident-sentence';

const incident = { activity: 'recordStep', attempts: 7, firstSeen: '2026-11-28T17:30:00.000Z', lastSeen: '2026-11-28T17:41:00.000Z' };

describe('ui incidentSentence (a step that keeps failing, said in the UI language)', () => {
  it('says what keeps failing, since when (Bishkek time) and how many attempts were made', () => {
    assert.equal(incidentSentence(incident, 'ru'), 'Запись документа в дело не выполняется с 28.11.2026 23:30; попыток: 7, последняя — 28.11.2026 23:41.');
    assert.equal(
      incidentSentence({ ...incident, activity: 'applyProjections' }, 'en'),
      "Updating the case's tasks and time limits has been failing since 28.11.2026 23:30; attempts: 7, the last at 28.11.2026 23:41.",
    );
  });

  it('names an activity it does not know as a processing step, never by its code name', () => {
    for (const lang of LANGS) {
      const text = incidentSentence({ ...incident, activity: 'someNewActivity' }, lang);
      assert.ok(!text.includes('someNewActivity'), text);
      if (lang !== 'en') assert.doesNotMatch(text, /[A-Za-z]/, text);
    }
  });
});
