/**
 * The regions a unit serves: the report's `region` values (law/schemas/report-registration.schema.json),
 * each labelled by `enum.<region>`; test/ui/regions.test.ts keeps the two the same.
 */
export const REGIONS = ['bishkek', 'osh-city', 'batken', 'jalal-abad', 'issyk-kul', 'naryn', 'osh', 'talas', 'chui'] as const;
