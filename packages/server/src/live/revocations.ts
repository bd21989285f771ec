import { EventEmitter } from 'node:events';

/**
 * Tells the live layer that a device was revoked, so its sockets are disconnected at once.
 * The organizer routes emit it after the revocation is committed; `attachLive` listens.
 */
export const revokeEvents = new EventEmitter<{ revoked: [deviceId: string] }>();
revokeEvents.setMaxListeners(0);

/**
 * Disconnects every socket of a revoked device (in this process). Call it after `devices.revoked_at`
 * is committed; the device's token is refused from then on, so it cannot reconnect.
 * @param deviceId the revoked device
 * @example await queue.run(revoke); notifyRevoked(deviceId);
 */
export function notifyRevoked(deviceId: string): void {
  revokeEvents.emit('revoked', deviceId);
}
