import assert from 'node:assert/strict';
import { localizeBasis } from '../../ui/src/i18n/localize-basis';

describe('ui localizeBasis (legal bases in the UI language)', () => {
  it('writes the Criminal Procedure Code as УПК КР in Russian and ЖПК КР in Kyrgyz, keeping the articles as cited', () => {
    assert.equal(localizeBasis('CPC KR 97(1)', 'ru'), 'УПК КР 97(1)');
    assert.equal(localizeBasis('CPC KR 97(1)', 'ky'), 'ЖПК КР 97(1)');
    assert.equal(localizeBasis('CPC KR 106(1),(3), 114(1)', 'ru'), 'УПК КР 106(1),(3), 114(1)');
    assert.equal(localizeBasis('CPC KR 106(1),(3), 114(1)', 'en'), 'CPC KR 106(1),(3), 114(1)');
  });

  it('writes the Criminal Executive Code as УИК КР and ЖАК КР, and the Constitution and the Criminal Code likewise', () => {
    assert.equal(localizeBasis('CEC KR 166(1)', 'ru'), 'УИК КР 166(1)');
    assert.equal(localizeBasis('CEC KR 165', 'ky'), 'ЖАК КР 165');
    assert.equal(localizeBasis('Constitution KR 59(4); CPC KR 43(2), 100(2)-(3)', 'ru'), 'Конституция КР 59(4); УПК КР 43(2), 100(2)-(3)');
    assert.equal(localizeBasis('Constitution KR 59(4); CPC KR 43(2), 100(2)-(3)', 'ky'), 'КР Конституциясы 59(4); ЖПК КР 43(2), 100(2)-(3)');
    assert.equal(localizeBasis('CC KR 122(1)', 'ru'), 'УК КР 122(1)');
  });

  it('reads an amending law with its date as dd.mm.yyyy', () => {
    assert.equal(localizeBasis('CPC KR 115(11) (Law No. 49 of 16 Feb 2024)', 'ru'), 'УПК КР 115(11) (Закон № 49 от 16.02.2024)');
    assert.equal(localizeBasis('CPC KR 115(11) (Law No. 49 of 16 Feb 2024)', 'ky'), 'ЖПК КР 115(11) (16.02.2024 № 49 Мыйзам)');
  });

  it('leaves what it does not recognise as written: a code without an article, another text', () => {
    assert.equal(localizeBasis('CPC', 'ru'), 'CPC');
    assert.equal(localizeBasis('appeal-term-expired', 'ky'), 'appeal-term-expired');
    assert.equal(localizeBasis('', 'ru'), '');
  });
});
