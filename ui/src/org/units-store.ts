import { apiFetch } from '../api/api-fetch';
import type { UnitItem } from '../api/admin-types';
import type { ItemList } from '../api/api-types';

// The units change rarely and are no one's personal data, so the app loads them once and shares
// them: every page names institutions in the UI language from the same list.
let units: UnitItem[] | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function publish(next: UnitItem[]) {
  units = next;
  for (const listener of listeners) listener();
}

/** Loads the units unless they are loaded or loading; a failure leaves them unloaded for the next caller. */
export function loadUnits(): void {
  if (units) return;
  fetchUnits();
}

/** Loads the units again (after an administrator changed one); the old list is shown until the new one arrives. */
export function reloadUnits(): void {
  fetchUnits();
}

function fetchUnits(): void {
  if (loading) return;
  loading = apiFetch<ItemList<UnitItem>>('/api/units')
    .then((list) => publish(list.items))
    .catch(() => {})
    .finally(() => {
      loading = undefined;
    });
}

/** For `useSyncExternalStore`. */
export function subscribeUnits(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The units as loaded, or undefined. */
export function unitsSnapshot(): UnitItem[] | undefined {
  return units;
}
