/** Marks, in a margin's key, a dimension that the margin sums over. */
export const TOTAL = '*';

/** A cell's place in the table: one category per dimension, or `TOTAL` where a margin sums it. */
export type CellKey = Readonly<Record<string, string>>;

/** One row of the GROUP BY: its categories and how many records fall in them. */
export interface CountCell {
  readonly key: CellKey;
  readonly count: number;
}

/** Why a count is withheld: below the threshold itself, or to protect a cell that is. */
export type Suppression = 'primary' | 'secondary';

/** A cell as published: a withheld count is `null`, never zero, and says why it is withheld. */
export interface PublishedCell {
  readonly key: CellKey;
  readonly count: number | null;
  readonly suppressed: Suppression | null;
}

export interface ProtectTableInput {
  /** The breakdown, one to three dimensions, in the order the keys are sorted by. */
  readonly dimensions: readonly string[];
  /** The GROUP BY rows; a combination that is absent counts zero. */
  readonly cells: readonly CountCell[];
  /** Counts with 0 < count < threshold are withheld (the default of 5 is configured elsewhere). */
  readonly threshold: number;
  /**
   * Every category of a dimension, in display order, so that a region with no records still shows
   * its zeros; without it a dimension has the categories present in `cells`, sorted.
   */
  readonly categories?: Readonly<Record<string, readonly string[]>>;
}

/** The protected table: the inner cells and every margin, each in key order. */
export interface ProtectedTable {
  readonly dimensions: readonly string[];
  readonly cells: readonly PublishedCell[];
  /** Subtotals over every non-empty set of dimensions, their keys holding `TOTAL` there. */
  readonly totals: readonly PublishedCell[];
}

export interface ProtectSeriesInput {
  readonly dimension: string;
  readonly cells: readonly CountCell[];
  readonly threshold: number;
  readonly categories?: readonly string[];
}

/** A protected one-dimensional breakdown and its total. */
export interface ProtectedSeries {
  readonly dimension: string;
  readonly cells: readonly PublishedCell[];
  readonly total: PublishedCell;
}

/** A withheld cell whose count a reader of the published table can work out exactly. */
export interface RecoveredCell {
  readonly key: CellKey;
  readonly count: number;
}
