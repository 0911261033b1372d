import { detectHost, type OfficeLike } from './detectHost';

const office = (onReady: OfficeLike['onReady']): OfficeLike => ({ onReady, HostType: { Excel: 'Excel' } });

describe('detectHost', () => {
  it('chooses preview mode when office.js did not load', async () => {
    await expect(detectHost(undefined, 50)).resolves.toEqual({ mode: 'preview', reason: 'no-office-js' });
  });

  it('chooses Office mode when Office.onReady reports Excel', async () => {
    await expect(
      detectHost(
        office(async () => ({ host: 'Excel', platform: 'PC' })),
        50,
      ),
    ).resolves.toEqual({ mode: 'office' });
  });

  it('chooses preview mode when office.js runs outside Office (host null)', async () => {
    await expect(
      detectHost(
        office(async () => ({ host: null, platform: null })),
        50,
      ),
    ).resolves.toEqual({ mode: 'preview', reason: 'not-excel' });
  });

  it('chooses preview mode for another Office host', async () => {
    await expect(
      detectHost(
        office(async () => ({ host: 'Word', platform: 'PC' })),
        50,
      ),
    ).resolves.toEqual({ mode: 'preview', reason: 'not-excel' });
  });

  it('does not hang when Office.onReady never resolves', async () => {
    const started = Date.now();
    await expect(
      detectHost(
        office(() => new Promise(() => undefined)),
        60,
      ),
    ).resolves.toEqual({ mode: 'preview', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('chooses preview mode when Office.onReady rejects', async () => {
    await expect(
      detectHost(
        office(async () => Promise.reject(new Error('boom'))),
        50,
      ),
    ).resolves.toEqual({ mode: 'preview', reason: 'office-error' });
  });
});
