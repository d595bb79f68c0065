import { en } from './en';
import { ky } from './ky';
import type { Lang } from './lang';
import type { Messages } from './messages';
import { ru } from './ru';

/** Every language's dictionary, by language code. */
export const dictionaries: Record<Lang, Messages> = { ru, ky, en };
