/**
 * Saves bytes as a file through a Blob and an object URL: no network, works in the
 * pane's CSP (blob: navigation is same-origin), and frees the URL afterwards.
 */
import type { Download } from './host/paneHost';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveDownload(download: Download): void {
  const url = URL.createObjectURL(new Blob([download.data], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = download.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
