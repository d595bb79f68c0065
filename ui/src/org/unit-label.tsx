import { useUnitName } from './use-unit-name';

/** A unit named in the UI language (see {@link useUnitName}); `empty` when there is none. */
export function UnitLabel({ unitId, fallback, empty = '—' }: { unitId: string | null | undefined; fallback: string | null | undefined; empty?: string }) {
  return <>{useUnitName(unitId, fallback) ?? empty}</>;
}
