import data from './catalogue.json';
import { indicatorSpecs, type IndicatorSpec } from './indicator-specs';
import type { Dimension } from './dimensions';

type Text = { en: string; ru: string; ky: string };

/** An indicator as the catalogue describes it (its written definition) and the breakdowns it allows. */
export interface IndicatorEntry {
  id: string;
  group: string;
  unit: string;
  title: Text;
  definition: Text;
  /** A human-rights indicator (the dashboard's panel). */
  humanRights: boolean;
  /** Counted at the end of the period rather than over it. */
  stock: boolean;
  target: number | null;
  dimensions: readonly Dimension[];
  spec: IndicatorSpec;
}

export const indicatorCatalogue: readonly IndicatorEntry[] = data.indicators.map((i) => {
  const spec = indicatorSpecs[i.id];
  if (!spec) throw new Error(`the catalogue names ${i.id}, which has no spec in indicator-specs.ts`);
  const entry = i as typeof i & { humanRights?: boolean; stock?: boolean; target?: number };
  return {
    id: i.id, group: i.group, unit: i.unit, title: i.title, definition: i.definition,
    humanRights: entry.humanRights ?? false, stock: entry.stock ?? false, target: entry.target ?? null,
    dimensions: spec.dimensions, spec,
  };
});

/** The catalogue entry of an id, or undefined. */
export function indicatorEntry(id: string): IndicatorEntry | undefined {
  return indicatorCatalogue.find((i) => i.id === id);
}
