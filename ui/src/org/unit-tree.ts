import type { UnitItem } from '../api/admin-types';

/** A unit in the administrative tree, with how deep it sits (0: no parent). */
export interface UnitTreeRow {
  unit: UnitItem;
  depth: number;
}

/**
 * The units as a tree, depth first: each unit followed by the units under it (`parentId`),
 * siblings by code. A unit whose parent is not in the list stands at the top; a cycle (which the
 * server refuses) cannot hide a unit: every unit is listed exactly once.
 */
export function unitTree(units: readonly UnitItem[]): UnitTreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitItem[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  const out: UnitTreeRow[] = [];
  const placed = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (placed.has(unit.id)) continue;
      placed.add(unit.id);
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  // units caught in a cycle have no way down from the top: list them at the top
  for (const unit of [...units].sort((a, b) => a.code.localeCompare(b.code))) {
    if (placed.has(unit.id)) continue;
    placed.add(unit.id);
    out.push({ unit, depth: 0 });
    walk(unit.id, 1);
  }
  return out;
}

/** The ids of a unit and every unit under it: none of them may become its parent. */
export function unitAndDescendants(units: readonly UnitItem[], id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units) {
      if (u.parentId !== null && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}
