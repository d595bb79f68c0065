/**
 * What the legal lint rules check a diagram against: plain data, so the same rules run in Node (from
 * law/, see shipped-catalogue.ts) and in the browser modeler (from the API).
 */
export interface LegalCatalogue {
  /** Record types with a schema in law/schemas. */
  recordTypes: string[];
  /** Roles a user can have. */
  roles: string[];
  /** Service actions of the allow-list (bpmn/service-actions.ts). */
  actions: string[];
  /** The rulebook's limits, with what the rules need of each. */
  limits: CatalogueLimit[];
}

export interface CatalogueLimit {
  id: string;
  /** The limit bounds someone's liberty (detention, custody). */
  libertyTerm: boolean;
  /** What the law counts the limit from, in words. */
  startsAt: string;
  /** The rulebook's own warnings before expiry. */
  warnings: string[];
}
