import assert from 'node:assert/strict';
import type { UnitItem } from '../../ui/src/api/admin-types';
import { unitAndDescendants, unitTree } from '../../ui/src/org/unit-tree';

const unit = (id: string, code: string, parentId: string | null): UnitItem => ({
  id, code, name: code, names: null, agency: null, kind: 'headquarters', rung: null, parentId, region: null, district: null, active: true, relations: {},
});

describe('ui units - the administrative tree', () => {
  it('lists each unit after its parent, deeper by one, siblings by code', () => {
    const units = [unit('b', 'BSK-01', 'g'), unit('m', 'MVD', null), unit('g', 'BGUVD', 'm'), unit('i', 'BIVS', 'g'), unit('p', 'GPO', null)];
    assert.deepEqual(unitTree(units).map((r) => `${'  '.repeat(r.depth)}${r.unit.code}`), ['GPO', 'MVD', '  BGUVD', '    BIVS', '    BSK-01']);
  });

  it('lists a unit whose parent is unknown at the top, and units in a cycle once each', () => {
    const units = [unit('a', 'AAA', 'missing'), unit('x', 'XXX', 'y'), unit('y', 'YYY', 'x')];
    const rows = unitTree(units);
    assert.deepEqual(rows.map((r) => r.unit.code).sort(), ['AAA', 'XXX', 'YYY']);
    assert.equal(rows.find((r) => r.unit.code === 'AAA')?.depth, 0);
  });

  it('knows a unit\'s descendants, which cannot become its parent', () => {
    const units = [unit('m', 'MVD', null), unit('g', 'BGUVD', 'm'), unit('b', 'BSK-01', 'g'), unit('p', 'GPO', null)];
    assert.deepEqual([...unitAndDescendants(units, 'm')].sort(), ['b', 'g', 'm']);
    assert.deepEqual([...unitAndDescendants(units, 'b')], ['b']);
  });
});
