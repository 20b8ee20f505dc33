'use client';

/** Saves a file in the browser: the export never goes through a server. */
export function download(data: BlobPart, type: string, filename: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "pifa-sourcing-list-2026-12-01" */
export function exportName(now = new Date()): string {
  return `pifa-sourcing-list-${now.toISOString().slice(0, 10)}`;
}
