import assert from 'node:assert/strict';
import { rulebookData } from '../../law/rulebook-data';
import { escalationSentence, type EscalationFacts } from '../../ui/src/escalations/escalation-sentence';
import { LANGS } from '../../ui/src/i18n/lang';
import { limitTitle } from '../../ui/src/limits/limit-title';

const DUE = '2026-11-28T17:30:00.000Z'; // 23:30 in Bishkek
const warning: EscalationFacts = {
  severity: 'warning', limitId: 'detention.max', dueAt: DUE, personLabel: 'Testov A.',
  message: `Testov A.: detention.max expires at ${DUE}`,
};
const say = (e: EscalationFacts, lang: (typeof LANGS)[number]) =>
  escalationSentence(e, lang, e.limitId ? limitTitle(e.limitId, lang, rulebookData) : undefined);

describe('ui escalationSentence (an escalation said in the UI language from its structured fields)', () => {
  it('names the limit by its rulebook title in quotes, the due instant in Bishkek time and the person', () => {
    assert.equal(say(warning, 'ru'), 'Срок «Предельный срок задержания» истекает 28.11.2026 23:30 — Testov A.');
    assert.equal(say(warning, 'en'), 'The time limit “Maximum detention without a court order” expires at 28.11.2026 23:30 — Testov A.');
    assert.equal(say(warning, 'ky'), '«Кармоонун чектүү мөөнөтү» мөөнөтү 28.11.2026 23:30 аяктайт — Testov A.');
  });

  it('says an expired limit in the past tense', () => {
    const expired = { ...warning, severity: 'expired' as const, limitId: 'detention.record-to-prosecutor', personLabel: null };
    assert.equal(say(expired, 'ru'), 'Срок «Направление протокола задержания прокурору» истёк 28.11.2026 23:30');
  });

  it('never shows the UTC ISO instant or the English message, whatever the severity and whichever facts are missing', () => {
    for (const severity of ['warning', 'expired', 'alert'] as const) {
      for (const limitId of ['custody.term', null]) {
        for (const dueAt of [DUE, null]) {
          for (const lang of LANGS) {
            const text = say({ ...warning, severity, limitId, dueAt }, lang);
            assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}T/, text);
            assert.ok(!text.includes('{') && text !== warning.message, `${severity}/${limitId}/${dueAt}/${lang}: ${text}`);
            if (lang !== 'en') assert.doesNotMatch(text.replace('Testov A.', ''), /[A-Za-z]/, text);
          }
        }
      }
    }
  });

  it('says that a supervisor must step in when the procedure needs a person and no limit is involved', () => {
    const alert: EscalationFacts = { severity: 'alert', limitId: null, dueAt: null, personLabel: null, message: 'The procedure cannot continue at Gateway_1' };
    assert.equal(say(alert, 'ru'), 'Процедура остановилась: требуется вмешательство руководителя');
  });

  it('names a limit the rulebook lacks by its id rather than dropping it', () => {
    assert.equal(say({ ...warning, limitId: 'no.such-limit', personLabel: null }, 'en'), 'The time limit “no.such-limit” expires at 28.11.2026 23:30');
  });
});
