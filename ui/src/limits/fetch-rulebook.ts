import { apiFetch } from '../api/api-fetch';
import type { Rulebook } from '../../../law/rulebook-types';

// The rulebook changes only with a deployment: one fetch per page load is enough.
let pending: Promise<Rulebook> | undefined;

/** Fetches (once, then from memory) the legal time limits the system applies (`GET /api/law/limits`). */
export function fetchRulebook(): Promise<Rulebook> {
  if (!pending) {
    pending = apiFetch<Rulebook>('/api/law/limits');
    // a failure is not kept: the next caller tries again
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}
