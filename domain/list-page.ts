import { InputError } from './errors';

/** How many rows a work list shows unless asked (`?size=`), and the most it shows at once. */
export const LIST_PAGE = 100;
export const LIST_MAX = 500;

/** The `size` query parameter of a work list: a whole number from 1 to LIST_MAX, else a 400 naming it. */
export function pageSizeOf(size: unknown): number | undefined {
  if (size === undefined) return undefined;
  if (typeof size !== 'string' || !/^[1-9][0-9]{0,2}$/.test(size) || Number(size) > LIST_MAX) {
    const allowed = `a whole number from 1 to ${LIST_MAX}`;
    throw new InputError('Unknown value of size', [{ path: '/size', message: `must be ${allowed}`, code: 'enum', params: { allowed } }], 400);
  }
  return Number(size);
}

/** The first `size` of rows read with one more than asked, and whether there were more. */
export function pageOf<T>(rows: T[], size: number): { items: T[]; more: boolean } {
  return { items: rows.slice(0, size), more: rows.length > size };
}
