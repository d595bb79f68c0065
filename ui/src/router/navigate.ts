/** Event fired on `window` whenever the app changes the URL itself (pushState fires no popstate). */
export const NAVIGATE_EVENT = 'icj:navigate';

/** Moves the SPA to `to` (path + query) through the History API and re-renders the routes. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to !== current) {
    if (options.replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}
