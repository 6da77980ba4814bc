// Moves keyboard focus to a heading on the page and brings it to the top of the view. A button
// does this, not a link to "#id": the URL hash is the router's, and changing it would leave the
// screen. The jump is instant, like an in-page link: no long animated scroll on a 10,000 px page.
export function focusHeading(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'start' });
}
