import categoriesData from './personal-data-categories.json';

/**
 * The categories of personal data the `x-personal` marks name (personal-data-categories.json):
 * whether a category is sealed with its subject's key, why it is held, its names in ru and en.
 * Read by the record store (what to seal) and by the register (what to tell).
 */
interface CategoryText { name: string; says: string }
export interface Category { sealed: boolean; purpose: 'procedure' | 'statistics' | 'authorship'; en: CategoryText; ru: CategoryText }

export const categories = Object.fromEntries(Object.entries(categoriesData).filter(([k]) => !k.startsWith('$'))) as Record<string, Category>;
