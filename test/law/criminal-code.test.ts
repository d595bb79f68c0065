import assert from 'node:assert/strict';
import {
  criminalCode, criminalCodeCatalogue, findArticlePart, formatArticleRef, iccsOf, parseArticleRef, proposedGravity,
  searchArticles, validateCriminalCode,
} from '../../law/criminal-code';

const clone = () => JSON.parse(JSON.stringify(criminalCode));
const refs = (items: { ref: string }[]) => items.map((i) => i.ref);

describe('the Criminal Code catalogue (CC KR 2021 as data, validated by its own JSON Schema)', () => {
  it('the shipped catalogue is valid, and every part has a gravity, an ICCS code of a valid shape and titles in ru, ky and en', () => {
    assert.deepEqual(validateCriminalCode(criminalCode), []);
    const { items } = criminalCodeCatalogue();
    assert.ok(items.length >= 25, `${items.length} parts`);
    for (const i of items) {
      assert.ok(['small', 'less-grave', 'grave', 'especially-grave'].includes(i.gravity), i.ref);
      assert.match(i.iccs.code, /^(0[1-9]|1[01])([0-9]{2}([0-9]{1,2})?)?$/, i.ref);
      assert.equal(i.iccs.code.slice(0, 2), i.iccs.section, i.ref);
      assert.ok(i.title.ru && i.title.ky && i.title.en, i.ref);
      assert.ok(i.chapterTitle.ru && i.chapterTitle.ky && i.chapterTitle.en, i.ref);
    }
  });

  it('every article names where its number was checked, and cites only sources the catalogue lists', () => {
    for (const s of criminalCode.sections) for (const c of s.chapters) for (const a of c.articles) {
      const cited = a.source.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? [];
      assert.ok(cited.length > 0, `CC ${a.article} cites no source`);
      for (const id of cited) assert.ok(id in criminalCode.sources, `CC ${a.article} cites ${id}`);
    }
  });

  it('holds the articles the demo and the tests use, with their 2021 numbers (theft 205, fraud 209, murder 122)', () => {
    for (const ref of ['CC 205(1)', 'CC 205(3)', 'CC 122(1)', 'CC 209(1)']) assert.ok(findArticlePart(ref), ref);
    assert.equal(findArticlePart('CC 205(1)')?.title.ru, 'Кража');
    assert.equal(findArticlePart('CC 209(1)')?.title.ru, 'Мошенничество');
    assert.equal(findArticlePart('CC 280(1)')?.title.ru, 'Хулиганство');
  });

  it('refuses an article twice, a part twice, a gravity outside art. 19 and a malformed ICCS code', () => {
    const twice = clone();
    twice.sections[0].chapters[0].articles.push(twice.sections[0].chapters[0].articles[0]);
    assert.deepEqual(validateCriminalCode(twice).map((e) => e.code), ['duplicate']);

    const partTwice = clone();
    const murder = partTwice.sections[0].chapters[0].articles[0];
    murder.parts.push({ ...murder.parts[0] });
    assert.deepEqual(validateCriminalCode(partTwice).map((e) => e.code), ['duplicate']);

    const badGravity = clone();
    badGravity.sections[0].chapters[0].articles[0].parts[0].gravity = 'awful';
    assert.deepEqual(validateCriminalCode(badGravity).map((e) => e.path), ['/sections/0/chapters/0/articles/0/parts/0/gravity']);

    const badIccs = clone();
    badIccs.sections[0].chapters[0].articles[0].parts[0].iccs = '12';
    assert.deepEqual(validateCriminalCode(badIccs).map((e) => e.path), ['/sections/0/chapters/0/articles/0/parts/0/iccs']);

    const noKyrgyz = clone();
    delete noKyrgyz.sections[0].chapters[0].articles[0].title.ky;
    assert.deepEqual(validateCriminalCode(noKyrgyz).map((e) => e.path), ['/sections/0/chapters/0/articles/0/title/ky']);
  });
});

describe('criminal code - references and lookups', () => {
  it('reads a reference with and without a part, as stored or as typed, and writes it back as stored', () => {
    assert.deepEqual(parseArticleRef('CC 122(1)'), { article: 122, part: 1 });
    assert.deepEqual(parseArticleRef('CC 122'), { article: 122, part: null });
    assert.deepEqual(parseArticleRef(' cc 205 (3) '), { article: 205, part: 3 });
    assert.equal(formatArticleRef({ article: 205, part: 3 }), 'CC 205(3)');
    assert.equal(formatArticleRef({ article: 205, part: null }), 'CC 205');
    for (const bad of ['', '122', 'CC', 'CC 0', 'CC 1234', 'CC 12(0)', 'УК 122(1)', 'CC 122(1) x']) assert.equal(parseArticleRef(bad), null, bad);
  });

  it('murder, part 1, is especially grave and ICCS 0101 (intentional homicide, section 01)', () => {
    const part = findArticlePart('CC 122(1)');
    assert.equal(part?.gravity, 'especially-grave');
    assert.equal(part?.title.en, 'Murder');
    assert.equal(proposedGravity('CC 122(1)'), 'especially-grave');
    assert.deepEqual(iccsOf('CC 122(1)'), { code: '0101', section: '01' });
    assert.deepEqual(iccsOf('CC 154(1)'), { code: '03011', section: '03' });
    assert.deepEqual(iccsOf('CC 205(1)'), { code: '0502', section: '05' });
  });

  it('a part the catalogue does not hold, an article without a part and a malformed reference find nothing and propose no gravity', () => {
    for (const ref of ['CC 205(9)', 'CC 234(2)', 'CC 205', 'theft', '']) {
      assert.equal(findArticlePart(ref), null, ref);
      assert.equal(proposedGravity(ref), null, ref);
      assert.equal(iccsOf(ref), null, ref);
    }
  });
});

describe('criminal code - search for the picker', () => {
  it('finds by number: the article, a prefix of it, a part, or the whole reference', () => {
    assert.deepEqual(refs(searchArticles('205', 'ru')), ['CC 205(1)', 'CC 205(2)', 'CC 205(3)']);
    assert.deepEqual(refs(searchArticles('20', 'ru')), ['CC 205(1)', 'CC 205(2)', 'CC 205(3)', 'CC 209(1)', 'CC 209(2)', 'CC 209(3)']);
    assert.deepEqual(refs(searchArticles('205(3)', 'ru')), ['CC 205(3)']);
    assert.deepEqual(refs(searchArticles('CC 122(1)', 'en')), ['CC 122(1)']);
  });

  it('finds by words of the title in Russian, Kyrgyz and English, ignoring case', () => {
    assert.deepEqual(refs(searchArticles('КРАЖ', 'ru')), ['CC 205(1)', 'CC 205(2)', 'CC 205(3)']);
    assert.deepEqual(refs(searchArticles('уурд', 'ky')), ['CC 205(1)', 'CC 205(2)', 'CC 205(3)']);
    assert.deepEqual(refs(searchArticles('Theft', 'en')), ['CC 205(1)', 'CC 205(2)', 'CC 205(3)']);
    assert.deepEqual(refs(searchArticles('менее тяжкого вреда', 'ru')), ['CC 131(1)', 'CC 131(2)']);
    assert.deepEqual(refs(searchArticles('130 вреда', 'ru')), ['CC 130(1)', 'CC 130(2)', 'CC 130(3)']);
  });

  it('a word of another language, or one no title holds, finds nothing; an empty query offers every part', () => {
    assert.deepEqual(searchArticles('кража', 'en'), []);
    assert.deepEqual(searchArticles('piracy', 'en'), []);
    assert.equal(searchArticles('  ', 'ru').length, criminalCodeCatalogue().items.length);
  });
});
