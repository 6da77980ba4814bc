// Which devices have a label photo (the "keep a photo of the label" setting). Rows ask as they
// are drawn; the asks of one moment go to the app layer as one read of keys (no image is
// loaded), and its events keep the answers current: a photo kept here, or in another tab.
import { SvelteMap } from 'svelte/reactivity';
import { getApp, type App } from '../../../app';

class LabelPhotos {
  readonly #known = new SvelteMap<string, boolean>();
  readonly #pending = new Set<string>();
  #scheduled = false;
  #listening = false;

  /** Whether the device has a photo; false until known (the answer follows within a moment). */
  has(deviceId: string): boolean {
    const known = this.#known.get(deviceId);
    if (known === undefined) this.#ask(deviceId);
    return known === true;
  }

  #ask(deviceId: string): void {
    this.#pending.add(deviceId);
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Out of the render that asked: state is written only outside it.
    setTimeout(() => void this.#flush(), 0);
  }

  async #flush(): Promise<void> {
    this.#scheduled = false;
    const ids = [...this.#pending];
    this.#pending.clear();
    const app = await getApp();
    if (!app.ok) return;
    this.#listen(app.value);
    const found = await app.value.evidence.which(ids);
    if (!found.ok) return;
    for (const id of ids) this.#known.set(id, found.value.has(id));
  }

  #listen(app: App): void {
    if (this.#listening) return;
    this.#listening = true;
    app.events.on('evidence-saved', (e) => this.#known.set(e.deviceId, true));
    // Gone for good or only to the trash: asked again when a row shows the device.
    app.events.on('devices-removed', (e) => e.ids.forEach((id) => this.#known.delete(id)));
    app.events.on('list-changed-elsewhere', (e) => {
      if (!e.changed && !e.removed) this.#known.clear();
      for (const id of [...(e.changed ?? []), ...(e.removed ?? [])]) this.#known.delete(id);
    });
  }
}

export const labelPhotos = new LabelPhotos();
