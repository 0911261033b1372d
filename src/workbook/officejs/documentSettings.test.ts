import { DocumentSetting, type OfficeSettingsLike } from './documentSettings';

function fakeSettings(status: 'succeeded' | 'failed'): OfficeSettingsLike & { saved: number } {
  const bag = new Map<string, unknown>();
  return {
    saved: 0,
    get: (name) => (bag.has(name) ? bag.get(name) : null),
    set: (name, value) => void bag.set(name, value),
    saveAsync(callback) {
      this.saved += 1;
      callback?.({ status, error: status === 'failed' ? { message: 'read-only document' } : null });
    },
  };
}

describe('a document setting (Office.Settings)', () => {
  it('reads null when the workbook has none, then what was written and saved', async () => {
    const settings = fakeSettings('succeeded');
    const setting = new DocumentSetting(settings, 'rencanaMutasi.policy');
    expect(setting.read()).toBeNull();
    await setting.write({ version: 1, policy: {} });
    expect(setting.read()).toEqual({ version: 1, policy: {} });
    expect(settings.saved).toBe(1);
  });

  it("rejects with Office's message when saving fails", async () => {
    const setting = new DocumentSetting(fakeSettings('failed'), 'rencanaMutasi.policy');
    await expect(setting.write(1)).rejects.toThrow(/read-only document/);
  });
});
