import { expect } from '@open-wc/testing';
import { base64url, deviceId, forgetDeviceId, newIdempotencyKey } from './device-id.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('deviceId', () => {
  it('makes a 128-bit base64url id once and keeps it', () => {
    const storage = memoryStorage();
    const id = deviceId(storage);
    expect(id).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(deviceId(storage)).to.equal(id);
    forgetDeviceId(storage);
    expect(deviceId(storage)).not.to.equal(id);
  });

  it('keeps one id for the page when storage refuses to write', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const id = deviceId(storage);
    expect(deviceId(storage)).to.equal(id);
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
