import type { ArticleRef } from './criminal-code-types';

// The reference as records store it, the pattern of the record schemas' crimeArticle(s).
const STORED = /^CC [1-9][0-9]{0,2}(\([1-9][0-9]?\))?$/;
// What a person may type: any case, spaces optional, `ч.`/`part` not required.
const TYPED = /^cc\s*([1-9][0-9]{0,2})\s*(?:\(\s*([1-9][0-9]?)\s*\))?$/i;

/** Reads `CC 122(1)` (also typed as `cc 122 (1)` or `CC122`); null when it is no article reference. */
export function parseArticleRef(text: string): ArticleRef | null {
  const m = TYPED.exec(text.trim());
  if (!m) return null;
  return { article: Number(m[1]), part: m[2] === undefined ? null : Number(m[2]) };
}

/** The stored form of a reference: `CC 122(1)`, or `CC 122` without a part. */
export function formatArticleRef(ref: ArticleRef): string {
  return ref.part === null ? `CC ${ref.article}` : `CC ${ref.article}(${ref.part})`;
}

/** True when `text` is a reference exactly as records store it. */
export function isStoredArticleRef(text: string): boolean {
  return STORED.test(text);
}
