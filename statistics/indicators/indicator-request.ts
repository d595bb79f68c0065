import { BISHKEK_OFFSET_MS } from '../../law/bishkek-time';
import { InputError } from '../../domain/errors';
import type { FieldError } from '../../law/record-schemas';
import { isDimension, type Dimension } from './dimensions';
import type { IndicatorRequest } from './indicator-query';

const DAY = 86_400_000;
const MAX_BREAKDOWNS = 3;

/** 00:00 in Bishkek of a yyyy-mm-dd day, or null. */
function bishkekMidnight(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return null;
  return new Date(ms - BISHKEK_OFFSET_MS);
}

/** Today (Bishkek) as yyyy-mm-dd. */
function bishkekToday(now: Date): string {
  return new Date(now.getTime() + BISHKEK_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * An indicator's query string: `from` and `to` (yyyy-mm-dd, Bishkek days, both included; by
 * default the year so far), `by` (up to three breakdowns of those the indicator allows, comma
 * separated), and any allowed breakdown as a filter (`sex=female`). Anything else is a 400 naming
 * the parameter, so a mistyped filter never silently counts the whole country.
 */
export function indicatorRequest(query: Record<string, unknown>, allowed: readonly Dimension[], now: Date): Omit<IndicatorRequest, 'region'> {
  const errors: FieldError[] = [];
  const bad = (name: string, message: string, code = 'invalid') => errors.push({ path: `/${name}`, message, code, params: {} });
  const text = (name: string): string | undefined => {
    const v = query[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      bad(name, 'must be given once, as text');
      return undefined;
    }
    return v;
  };
  const today = bishkekToday(now);
  const fromDay = text('from') ?? `${today.slice(0, 4)}-01-01`;
  const toDay = text('to') ?? today;
  const from = bishkekMidnight(fromDay);
  const toStart = bishkekMidnight(toDay);
  if (!from) bad('from', 'must be a day, yyyy-mm-dd', 'format');
  if (!toStart) bad('to', 'must be a day, yyyy-mm-dd', 'format');
  if (from && toStart && toStart.getTime() < from.getTime()) bad('to', 'must not be before from', 'range');
  if (from && from.getUTCFullYear() < 1990) bad('from', 'must be 1990 or later', 'range');
  if (toStart && toStart.getTime() > now.getTime() + 366 * DAY) bad('to', 'must not lie more than a year ahead', 'range');

  const by: Dimension[] = [];
  const byText = text('by');
  if (byText) {
    for (const d of byText.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!isDimension(d) || !allowed.includes(d)) bad('by', `${d} is not a breakdown of this indicator (allowed: ${allowed.join(', ')})`, 'enum');
      else if (by.includes(d)) bad('by', `${d} is named twice`, 'unique');
      else by.push(d);
    }
    if (by.length > MAX_BREAKDOWNS) bad('by', `at most ${MAX_BREAKDOWNS} breakdowns`, 'maxItems');
  }
  const filters: Partial<Record<Dimension, string>> = {};
  for (const name of Object.keys(query)) {
    if (name === 'from' || name === 'to' || name === 'by') continue;
    const value = text(name);
    if (!isDimension(name) || !allowed.includes(name)) bad(name, `is not a filter of this indicator (allowed: ${allowed.join(', ')})`, 'enum');
    else if (value !== undefined) {
      if (!/^[a-z0-9][a-z0-9.-]{0,63}$/.test(value)) bad(name, 'must be a category code', 'pattern');
      else filters[name] = value;
    }
  }
  if (errors.length > 0) throw new InputError('The indicator query is invalid', errors, 400, 'statistics-query-invalid');
  return { from: from!, to: new Date(toStart!.getTime() + DAY), by, filters };
}
