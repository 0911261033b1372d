/**
 * One add-in setting in the open document through `Office.context.document.settings`
 * (Office.Settings): saved per add-in and per document, so every reviewer who opens the
 * workbook reads the same value. `set` changes only the in-memory copy; `saveAsync`
 * persists it. Values may be strings, numbers, booleans, null, objects or arrays.
 */

/** The part of Office.Settings used here (injectable for tests). */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

/** `Office.context.document.settings` when office.js provides it, else null. */
export function documentSettings(): OfficeSettingsLike | null {
  if (typeof Office === 'undefined') return null;
  const settings = (Office as unknown as { context?: { document?: { settings?: OfficeSettingsLike } } }).context?.document?.settings;
  return settings && typeof settings.get === 'function' && typeof settings.saveAsync === 'function' ? settings : null;
}

export class DocumentSetting {
  constructor(
    private readonly settings: OfficeSettingsLike,
    private readonly name: string,
  ) {}

  /** The stored value, or null when the workbook has none. */
  read(): unknown {
    return this.settings.get(this.name) ?? null;
  }

  /** Sets the value and saves the document's settings; rejects when Office reports a failure. */
  write(value: unknown): Promise<void> {
    this.settings.set(this.name, value);
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        // Office.AsyncResultStatus.Failed is the string "failed".
        if (String(result.status).toLowerCase() === 'failed') {
          reject(new Error(`Office.Settings.saveAsync failed: ${result.error?.message ?? 'unknown error'}`));
        } else resolve();
      });
    });
  }
}
