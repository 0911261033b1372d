/**
 * Decides between Office mode and preview mode without ever hanging (docs/pane.md#two-modes).
 * office.js may be missing (CDN unreachable: `Office` undefined), loaded outside Office
 * (`Office.onReady` resolves with `host: null`), or blocked in a way that leaves
 * `onReady` pending forever; a timeout covers the last case.
 */

export type HostInfo = { readonly mode: 'office' } | { readonly mode: 'preview'; readonly reason: PreviewReason };

export type PreviewReason = 'no-office-js' | 'not-excel' | 'timeout' | 'office-error';

/** The part of the `Office` global that detection needs (injectable for tests). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
}

export const OFFICE_READY_TIMEOUT_MS = 3000;

/** The `Office` global when office.js loaded, else undefined. */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
}

export async function detectHost(office: OfficeLike | undefined = officeGlobal(), timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  if (!office || typeof office.onReady !== 'function') return { mode: 'preview', reason: 'no-office-js' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === 'timeout') return { mode: 'preview', reason: 'timeout' };
    const excel = office.HostType?.Excel ?? 'Excel';
    return info.host === excel ? { mode: 'office' } : { mode: 'preview', reason: 'not-excel' };
  } catch {
    return { mode: 'preview', reason: 'office-error' };
  } finally {
    clearTimeout(timer);
  }
}
