/**
 * How a control that navigates from code (`router.push`) tells the navigation bar
 * (navigation-progress.tsx) that the next page is on its way: links are seen by the bar itself.
 * Apart from the bar, so that such controls bring neither the bar nor its texts with them.
 */
export const NAVIGATION_EVENT = 'pifa:navigation';

/** Call it with the address first. */
export function announceNavigation(href: string): void {
  window.dispatchEvent(new CustomEvent<string>(NAVIGATION_EVENT, { detail: href }));
}
