// Clickjacking: another site could show Boxpilot in an invisible iframe and trick a technician
// into pressing its buttons. A <meta> CSP cannot carry frame-ancestors (browsers ignore it
// there), and the app may be deployed to hosts that send no headers, so the app checks for
// itself before it mounts (the README's deployment section gives the headers a host should send).

/** The parts of `window` the check reads (a test passes its own). */
export interface FrameView {
  readonly self: unknown;
  readonly top: { readonly location: { readonly origin: string } } | null;
  readonly location: { readonly origin: string; readonly ancestorOrigins?: { readonly length: number; item(i: number): string | null } };
}

/** True when any frame around this page belongs to another origin (or cannot be read). */
export function isFramedByAnotherOrigin(view: FrameView): boolean {
  if (view.top === null) return true;
  if (view.top === view.self) return false;
  const own = view.location.origin;
  // A sandboxed frame gives the page the opaque origin "null": never trusted.
  if (own === 'null') return true;
  const ancestors = view.location.ancestorOrigins;
  if (ancestors) {
    for (let i = 0; i < ancestors.length; i++) if (ancestors.item(i) !== own) return true;
  }
  try {
    // Throws (SecurityError) when the top page is of another origin.
    return view.top.location.origin !== own;
  } catch {
    return true;
  }
}

/** Shows why the app does not start, with a way to open it on its own. */
export function showFramedRefusal(target: HTMLElement, texts: { title: string; body: string; open: string }): void {
  const main = document.createElement('main');
  main.className = 'framed-refusal';
  const h1 = document.createElement('h1');
  h1.textContent = texts.title;
  const p = document.createElement('p');
  p.textContent = texts.body;
  const a = document.createElement('a');
  a.href = location.href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = texts.open;
  main.append(h1, p, a);
  target.replaceChildren(main);
}
