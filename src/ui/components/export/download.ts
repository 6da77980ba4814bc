// Hands written files to the browser as downloads. Several files are several downloads, one
// after another (a zip would need unpacking on a tablet before Partner Center takes the CSVs).
import type { DeviceFile } from '../../../core';

const GAP_MS = 300; // browsers drop downloads started in the same instant

export function fileUrl(file: DeviceFile): string {
  return URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }));
}

export async function downloadFiles(files: readonly DeviceFile[]): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    const url = fileUrl(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later, not at once: the download reads the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
