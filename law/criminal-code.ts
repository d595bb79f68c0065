import { ajv } from './ajv';
import { toFieldErrors, type FieldError } from './record-schemas';
import { formatArticleRef, parseArticleRef } from './criminal-code/article-ref';
import codeJson from './criminal-code/criminal-code.json';
import codeSchema from './criminal-code/criminal-code.schema.json';
import type {
  ArticleRef, CodeArticle, CodeLang, CodePart, CodeTitles, CriminalCode, CriminalCodeCatalogue, CriminalCodeItem, IccsCode,
} from './criminal-code/criminal-code-types';
import { searchItems } from './criminal-code/search-items';
import type { Gravity } from './rulebook-types';

export { formatArticleRef, parseArticleRef };
export type { ArticleRef, CriminalCode, CriminalCodeItem, IccsCode };

const validateShape = ajv.compile(codeSchema);

/** Checks a catalogue: its JSON Schema, then each article and each part of an article once only. */
export function validateCriminalCode(candidate: unknown): FieldError[] {
  if (!validateShape(candidate)) return toFieldErrors(validateShape.errors ?? []);
  const code = candidate as unknown as CriminalCode;
  const errors: FieldError[] = [];
  const articles = new Set<number>();
  code.sections.forEach((s, si) => s.chapters.forEach((c, ci) => c.articles.forEach((a, ai) => {
    const at = `/sections/${si}/chapters/${ci}/articles/${ai}`;
    if (articles.has(a.article)) errors.push({ path: `${at}/article`, message: `duplicate article ${a.article}`, code: 'duplicate' });
    articles.add(a.article);
    const parts = new Set<number>();
    a.parts.forEach((p, pi) => {
      if (parts.has(p.part)) errors.push({ path: `${at}/parts/${pi}/part`, message: `duplicate part ${p.part}`, code: 'duplicate' });
      parts.add(p.part);
    });
  })));
  return errors;
}

const problems = validateCriminalCode(codeJson);
if (problems.length > 0) {
  throw new Error(`law/criminal-code/criminal-code.json is invalid:\n${problems.map((p) => ` - ${p.path} ${p.message}`).join('\n')}`);
}

/** The Criminal Code catalogue (CC KR 2021), validated at load. */
export const criminalCode = codeJson as unknown as CriminalCode;

/** An ICCS code with its section (its first two digits). */
export function iccsCode(code: string): IccsCode {
  return { code, section: code.slice(0, 2) };
}

function flatten(code: CriminalCode): CriminalCodeItem[] {
  return code.sections.flatMap((s) => s.chapters.flatMap((c) => c.articles.flatMap((a) => a.parts.map((p): CriminalCodeItem => ({
    ref: formatArticleRef({ article: a.article, part: p.part }),
    article: a.article,
    part: p.part,
    title: a.title,
    chapterTitle: c.title,
    gravity: p.gravity,
    iccs: iccsCode(p.iccs),
    verified: { article: a.verified, gravity: p.verified },
  })))));
}

const items: readonly CriminalCodeItem[] = flatten(criminalCode);
const byRef = new Map(items.map((i) => [i.ref, i]));

/** Every article part of the catalogue, flattened for a picker (`GET /api/law/criminal-code`). */
export function criminalCodeCatalogue(): CriminalCodeCatalogue {
  return { code: criminalCode.code, version: criminalCode.version, items: [...items] };
}

/** An article of the catalogue by its number (from `CC 122` or `CC 122(1)`), or null. */
export function findArticle(ref: string): CodeArticle | null {
  const parsed = parseArticleRef(ref);
  if (!parsed) return null;
  for (const s of criminalCode.sections) for (const c of s.chapters) {
    const found = c.articles.find((a) => a.article === parsed.article);
    if (found) return found;
  }
  return null;
}

/** A part of the catalogue with its gravity, ICCS code and titles, or null (unknown, or no part named). */
export function findArticlePart(ref: string): (CodePart & { title: CodeTitles; chapterTitle: CodeTitles; ref: string }) | null {
  const parsed = parseArticleRef(ref);
  if (!parsed || parsed.part === null) return null;
  const item = byRef.get(formatArticleRef(parsed));
  if (!item) return null;
  const part = findArticle(item.ref)!.parts.find((p) => p.part === item.part)!;
  return { ...part, title: item.title, chapterTitle: item.chapterTitle, ref: item.ref };
}

/** The gravity the code gives the part (CC art. 19), proposed at registration and charge; null if unknown. */
export function proposedGravity(ref: string): Gravity | null {
  return findArticlePart(ref)?.gravity ?? null;
}

/** The ICCS code of the part and its section, or null if the catalogue does not hold it. */
export function iccsOf(ref: string): IccsCode | null {
  const part = findArticlePart(ref);
  return part ? iccsCode(part.iccs) : null;
}

/** The parts a picker offers for a number or words typed in `lang` (see {@link searchItems}). */
export function searchArticles(query: string, lang: CodeLang): CriminalCodeItem[] {
  return searchItems(items, query, lang);
}
