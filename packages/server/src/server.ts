import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import { serve } from '@hono/node-server';
import type { Server as SocketServer } from 'socket.io';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import { connectRedis } from './live/redis.js';
import { attachLive } from './live/socket.js';
import { closeServices, createServices, type Services } from './services.js';

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  services: Services;
  io: SocketServer;
  close(): Promise<void>;
}

/**
 * Starts the whole server: database and migrations, HTTP (Hono), socket.io on the same port.
 * @param config the configuration (`port: 0` for a free port)
 * @returns the running server; `close()` stops it and drains the write queue
 * @example const server = await startServer(loadConfig(process.env, { port: 0, dbUrl: 'file:/tmp/t.db' }));
 */
export async function startServer(config: ServerConfig, services?: Services): Promise<RunningServer> {
  const svc = services ?? (await createServices(config));
  const app = createApp(svc);
  const httpServer = await new Promise<HttpServer>((resolve) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(server as HttpServer),
    ) as HttpServer;
  });
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, config.log) : undefined;
  const io = attachLive(httpServer, svc, { adapter: redis?.adapter });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}`,
    port,
    services: svc,
    io,
    async close() {
      await io.close();
      await redis?.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await closeServices(svc);
    },
  };
}
