/**
 * Hands bytes (or a Blob, such as a backup built from parts) to the browser as a file download. The object URL is released on the next tick,
 * after the click has started the download (revoking at once cancels it in some browsers).
 */
export function downloadFile(fileName: string, bytes: Uint8Array | string | Blob, type: string): void {
  const blob = bytes instanceof Blob && bytes.type === type ? bytes : new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
