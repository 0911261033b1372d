/**
 * Where the pane keeps the Kebijakan settings: in the workbook in Office mode (every
 * reviewer sees the same settings), in memory in preview mode (nothing is written to the
 * browser's storage).
 */
export interface SettingsStore {
  /** Office mode saves into the workbook; preview mode only for this session. */
  readonly kind: 'workbook' | 'memory';
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}

export function memorySettings(): SettingsStore {
  let value: unknown = null;
  return {
    kind: 'memory',
    load: () => Promise.resolve(value),
    save(next) {
      value = next;
      return Promise.resolve();
    },
  };
}
