import { useEffect, useSyncExternalStore } from 'react';
import type { UnitItem } from '../api/admin-types';
import { loadUnits, subscribeUnits, unitsSnapshot } from './units-store';

/** Every unit (`GET /api/units`, shared by the whole app), or undefined until loaded; only for signed-in pages. */
export function useUnits(): UnitItem[] | undefined {
  const units = useSyncExternalStore(subscribeUnits, unitsSnapshot);
  useEffect(loadUnits, []);
  return units;
}
