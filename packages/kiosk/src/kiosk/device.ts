import type { ApiClient } from '../net/api-client.js';
import type { KeyValueStorage } from '../net/device-id.js';

/** A paired kiosk: its device token (for `/api/kiosk/*`) and the fair it shows. */
export interface KioskDevice {
  token: string;
  eventId: string;
}

/** Where a paired kiosk keeps its token: outside `markt.kiosk.session*`, so a visitor's wipe never unpairs it. */
export const DEVICE_KEY = 'markt.kioskDevice';

/** `POST /api/pair` answer. */
interface Pairing {
  token: string;
  role: 'booth' | 'kiosk';
  eventId: string;
}

/** Thrown when a pairing code belongs to a booth tablet, not a kiosk. */
export class WrongRoleError extends Error {
  constructor() {
    super('This code pairs a booth tablet, not a kiosk.');
    this.name = 'WrongRoleError';
  }
}

/**
 * The kiosk's stored pairing, if any.
 * @param storage where it lives, default `localStorage`
 * @returns the device, or undefined when this kiosk is not paired
 * @example storedDevice()?.eventId // 'pankow-2026'
 */
export function storedDevice(storage: KeyValueStorage = localStorage): KioskDevice | undefined {
  try {
    const raw = storage.getItem(DEVICE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    if (value && typeof value === 'object' && 'token' in value && 'eventId' in value) {
      const { token, eventId } = value as Record<string, unknown>;
      if (typeof token === 'string' && typeof eventId === 'string') return { token, eventId };
    }
  } catch {
    // A damaged entry counts as not paired.
  }
  return undefined;
}

/**
 * Pairs this kiosk with a code from the organizer (`POST /api/pair`) and keeps the token.
 * @param code the short code
 * @param api a client for the markt API
 * @param storage where to keep the pairing, default `localStorage`
 * @returns the paired device
 * @throws {WrongRoleError} when the code is a booth tablet's; {ApiError} for an unknown code
 * @example const device = await pairKiosk('K7Q2XZ', new ApiClient());
 */
export async function pairKiosk(code: string, api: ApiClient, storage: KeyValueStorage = localStorage): Promise<KioskDevice> {
  const pairing = await api.post<Pairing>('/api/pair', { code });
  if (pairing.role !== 'kiosk') throw new WrongRoleError();
  const device = { token: pairing.token, eventId: pairing.eventId };
  storage.setItem(DEVICE_KEY, JSON.stringify(device));
  return device;
}

/**
 * Forgets the kiosk's pairing (after the organizer revoked it): the page shows the pairing screen again.
 * @param storage where the pairing lives, default `localStorage`
 * @example forgetDevice(); storedDevice() // undefined
 */
export function forgetDevice(storage: KeyValueStorage = localStorage): void {
  storage.removeItem(DEVICE_KEY);
}
