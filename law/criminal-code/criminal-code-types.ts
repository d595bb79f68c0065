import type { Gravity } from '../rulebook-types';

/** A text in the three languages of the system. */
export interface CodeTitles {
  ru: string;
  ky: string;
  en: string;
}

/** A language of {@link CodeTitles}. */
export type CodeLang = keyof CodeTitles;

/** One part of an article: its gravity (CC art. 19) and its ICCS code. */
export interface CodePart {
  part: number;
  gravity: Gravity;
  /** true: the gravity follows from the sanction as a cited source shows it; false: proposed, to be checked. */
  verified: boolean;
  /** ICCS code: section (2 digits), division (4), group (5) or class (6). */
  iccs: string;
  note?: string;
}

/** An article of the code with the parts the catalogue holds. */
export interface CodeArticle {
  article: number;
  title: CodeTitles;
  /** true: the number and the title are those of the 2021 code, as a cited source shows them. */
  verified: boolean;
  source: string;
  parts: CodePart[];
}

export interface CodeChapter {
  chapter?: number;
  title: CodeTitles;
  verified: boolean;
  articles: CodeArticle[];
}

export interface CodeSection {
  section?: number;
  title: CodeTitles;
  verified: boolean;
  chapters: CodeChapter[];
}

/** `law/criminal-code/criminal-code.json`, checked against its schema at load (law/criminal-code.ts). */
export interface CriminalCode {
  code: 'CC-KR-2021';
  law: string;
  version: number;
  iccsVersion: string;
  gravityRule: { basis: string; text: string; verified: boolean };
  notes?: string[];
  sources: Record<string, string>;
  sections: CodeSection[];
}

/** `CC 122(1)` read: the article and the part, or null when the reference names no part. */
export interface ArticleRef {
  article: number;
  part: number | null;
}

/** An ICCS code with its section (the first two digits, 01-11). */
export interface IccsCode {
  code: string;
  section: string;
}

/** One article part, flattened for a picker and for statistics (`GET /api/law/criminal-code`). */
export interface CriminalCodeItem {
  /** The value records store: `CC 122(1)`. */
  ref: string;
  article: number;
  part: number;
  title: CodeTitles;
  chapterTitle: CodeTitles;
  gravity: Gravity;
  iccs: IccsCode;
  /** The number and title are verified (article) and the gravity read from the sanction (part). */
  verified: { article: boolean; gravity: boolean };
}

/** The answer of `GET /api/law/criminal-code`. */
export interface CriminalCodeCatalogue {
  code: string;
  version: number;
  items: CriminalCodeItem[];
}
