/**
 * The server as a child process for the crash test: starts on MARKT_DB_URL and a free port, prints
 * `READY <url>` once it listens. The test kills it with SIGKILL: no shutdown code runs.
 * Run: node --import tsx test/field/crash-server.ts
 */
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';

const server = await startServer(loadConfig(process.env, { port: 0, host: '127.0.0.1', log: () => undefined }));
process.stdout.write(`READY ${server.url}\n`);
