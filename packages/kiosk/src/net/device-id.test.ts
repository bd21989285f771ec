import { expect } from '@open-wc/testing';
import { base64url, deviceId, forgetDeviceId, knownDeviceIds, newIdempotencyKey } from './device-id.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('deviceId', () => {
  it('makes a 128-bit base64url id once per event and keeps it', () => {
    const storage = memoryStorage();
    const id = deviceId('pankow-2026', storage);
    expect(id).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(deviceId('pankow-2026', storage)).to.equal(id);
    forgetDeviceId(storage);
    expect(deviceId('pankow-2026', storage)).not.to.equal(id);
  });

  it('gives two events two different ids (visits cannot be linked across fairs), the same event the same id again', () => {
    const storage = memoryStorage();
    const pankow = deviceId('pankow-2026', storage);
    const spandau = deviceId('spandau-2026', storage);
    expect(spandau).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(spandau).not.to.equal(pankow);
    expect(deviceId('pankow-2026', storage)).to.equal(pankow);
    expect(deviceId('spandau-2026', storage)).to.equal(spandau);
    expect(knownDeviceIds(storage).sort()).to.deep.equal([pankow, spandau].sort());
  });

  it('makes an id for events called "__proto__" or "constructor" too (own entries only, nothing inherited)', () => {
    const storage = memoryStorage();
    for (const eventId of ['__proto__', 'constructor', 'toString']) {
      const id = deviceId(eventId, storage);
      expect(id, eventId).to.match(/^[A-Za-z0-9_-]{22}$/);
      expect(deviceId(eventId, storage), eventId).to.equal(id);
    }
  });

  it('lists an id kept by an older version (one id for all fairs) so erasure still finds it, and forgets it too', () => {
    const storage = memoryStorage();
    storage.setItem('markt.deviceId', 'old_0123456789abcdefghij');
    const id = deviceId('pankow-2026', storage);
    expect(id, 'a new event never reuses the old shared id').not.to.equal('old_0123456789abcdefghij');
    expect(knownDeviceIds(storage).sort()).to.deep.equal([id, 'old_0123456789abcdefghij'].sort());
    forgetDeviceId(storage);
    expect(knownDeviceIds(storage)).to.deep.equal([]);
  });

  it('keeps one id per event for the page when storage refuses to write', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const id = deviceId('pankow-2026', storage);
    expect(deviceId('pankow-2026', storage)).to.equal(id);
    expect(deviceId('spandau-2026', storage)).not.to.equal(id);
    expect(knownDeviceIds(storage)).to.include(id);
  });

  it('gives a different idempotency key every time, valid for the server schema', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(200);
    for (const key of keys) expect(key).to.match(/^[A-Za-z0-9_-]{16,64}$/);
  });

  it('encodes base64url without padding or + and /', () => {
    expect(base64url(new Uint8Array([251, 255, 191]))).to.equal('-_-_');
    expect(base64url(new Uint8Array([0]))).to.equal('AA');
  });
});
