// Moves keyboard focus to a heading on the page and brings it into view. A button does this,
// not a link to "#id": the URL hash is the router's, and changing it would leave the screen.
export function focusHeading(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.focus({ preventScroll: true });
  const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView?.({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}
