// Listens for handheld-scanner bursts typed while focus is on nothing editable (a button, the
// table, the page itself). Text fields keep their keys: "Add identifier" handles scans itself,
// and a person editing a cell must not lose what they type.
import { BurstCollector } from './scan-burst';

export interface WedgeOptions {
  onScan(text: string): void;
  /** True while keys must be left alone (a modal dialog is open …). */
  paused?: () => boolean;
  now?: () => number;
}

const MODIFIERS = new Set(['Shift', 'CapsLock', 'AltGraph']);

export function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const field = el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  if (!field) return false;
  // Checkboxes, radios and buttons made with <input> take no text.
  return !(field instanceof HTMLInputElement) || !/^(button|checkbox|radio|range|submit|reset|color|file|image)$/.test(field.type);
}

/** Installs the listener on `target` (the window); returns the function that removes it. */
export function listenForWedge(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, options: WedgeOptions): () => void {
  const collector = new BurstCollector();
  const now = options.now ?? (() => performance.now());
  const onKeydown = (event: KeyboardEvent) => {
    if (options.paused?.() || isEditable(event.target) || event.isComposing) return collector.reset();
    if (event.ctrlKey || event.metaKey || (event.altKey && event.key.length !== 1)) return collector.reset();
    const t = now();
    if (event.key === 'Enter' || event.key === 'Tab') {
      const text = collector.end(t);
      if (text === undefined) return;
      // The scanner's Enter must not also press the focused button, nor its Tab move focus.
      event.preventDefault();
      event.stopPropagation();
      options.onScan(text);
      return;
    }
    if (event.key.length === 1) {
      // A space inside a burst would press the focused button or scroll the page.
      if (collector.char(event.key, t) && event.key === ' ') event.preventDefault();
      return;
    }
    if (!MODIFIERS.has(event.key)) collector.reset();
  };
  target.addEventListener('keydown', onKeydown as EventListener, true);
  return () => target.removeEventListener('keydown', onKeydown as EventListener, true);
}
