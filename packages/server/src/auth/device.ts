import type { MiddlewareHandler } from 'hono';
import { HttpError, forbidden, unauthorized } from '../http/errors.js';
import type { Services } from '../services.js';
import { deviceByToken, touchDevice, type Device } from '../store/devices.js';

/** Hono environment of device routes: `c.get('device')` is the paired, unrevoked device. */
export interface DeviceEnv {
  Variables: {
    device: Device;
  };
}

/**
 * The token of an `Authorization: Bearer <token>` header.
 * @param header the header value
 * @returns the token, or undefined when there is none
 * @example bearerToken('Bearer abc') // 'abc'
 */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Checks a device token and returns the device, refusing unknown and revoked devices.
 * @param services the server services
 * @param token the token in clear
 * @returns the device
 * @throws HttpError 401 `UNAUTHORIZED` for a missing or unknown token, 401 `DEVICE_REVOKED` for a revoked device
 * @example const device = await authenticateDevice(services, token);
 */
export async function authenticateDevice(services: Services, token: string | undefined): Promise<Device> {
  if (!token) throw unauthorized('Pair this device first, then send "Authorization: Bearer <device token>".');
  const device = await deviceByToken(services, token);
  if (!device) throw unauthorized('This device token is not known: pair the device again.');
  if (device.revokedAt) throw new HttpError(401, 'DEVICE_REVOKED', 'The organizer revoked this device: pair it again with a new code.');
  return device;
}

/**
 * Middleware for booth and kiosk routes: a valid Bearer device token (401), not revoked (401
 * `DEVICE_REVOKED`), of the given role (403). Sets `device` on the context and notes `last_seen_at`
 * at most once a minute.
 * @param services the server services
 * @param role the role the routes need
 * @returns the middleware
 * @example app.use('/booth/*', requireDevice(services, 'booth'));
 */
export function requireDevice(services: Services, role: Device['role']): MiddlewareHandler<DeviceEnv> {
  return async (c, next) => {
    const device = await authenticateDevice(services, bearerToken(c.req.header('authorization')));
    if (device.role !== role) throw forbidden(`Only a ${role} device may do that; this one is paired as a ${device.role}.`);
    touchDevice(services, device.id);
    c.set('device', device);
    await next();
  };
}
