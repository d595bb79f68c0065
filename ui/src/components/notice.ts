import type { MessageParams } from '../i18n/interpolate';
import type { MessageKey } from '../i18n/messages';

/** What went right, kept as a key so it is said again in another language after a switch. */
export interface Notice {
  key: MessageKey;
  params?: MessageParams;
}
