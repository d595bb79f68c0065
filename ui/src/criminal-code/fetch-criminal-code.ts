import { apiFetch } from '../api/api-fetch';
import type { CriminalCodeCatalogue } from '../../../law/criminal-code/criminal-code-types';

// The catalogue changes only with a deployment: one fetch per page load is enough.
let pending: Promise<CriminalCodeCatalogue> | undefined;

/** Fetches (once, then from memory) the Criminal Code catalogue (`GET /api/law/criminal-code`). */
export function fetchCriminalCode(): Promise<CriminalCodeCatalogue> {
  if (!pending) {
    pending = apiFetch<CriminalCodeCatalogue>('/api/law/criminal-code');
    // a failure is not kept: the next caller tries again
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}
