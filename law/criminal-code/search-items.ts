import { parseArticleRef } from './article-ref';
import type { CodeLang, CriminalCodeItem } from './criminal-code-types';

/** Lower case, `ё` as `е`: what a person types and what the titles say compare alike. */
function fold(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е');
}

type Term = { article: string; part: number | null } | { word: string };

/** `CC 205(1)` as one term; else each word, a number (`205`, `20`, `205(3)`) naming articles. */
function terms(query: string): Term[] {
  const whole = parseArticleRef(query);
  if (whole) return [{ article: String(whole.article), part: whole.part }];
  return fold(query).split(/\s+/).filter(Boolean).map((word) => {
    const ref = parseArticleRef(`CC ${word}`);
    return ref ? { article: String(ref.article), part: ref.part } : { word };
  });
}

function matches(item: CriminalCodeItem, term: Term, text: string): boolean {
  if ('word' in term) return text.includes(term.word);
  return String(item.article).startsWith(term.article) && (term.part === null || item.part === term.part);
}

/**
 * The items a picker offers for what was typed, in code order. Every term must match: a number
 * (`205`, `20` for 205 and 209, `205(3)`, or the reference `CC 205(3)`) the article and part, a
 * word (`краж`, `уурд`, `theft`) the title or the chapter title in `lang`, ignoring case. An empty
 * query offers every item.
 */
export function searchItems(items: readonly CriminalCodeItem[], query: string, lang: CodeLang): CriminalCodeItem[] {
  const wanted = terms(query.trim());
  return items.filter((item) => {
    const text = fold(`${item.title[lang]} ${item.chapterTitle[lang]}`);
    return wanted.every((term) => matches(item, term, text));
  });
}
