import { setFlagsFromString } from 'node:v8';

/**
 * Tunes V8 for a long-running markt server process; called once, before the server starts.
 *
 * `--no-allocation-site-pretenuring`: V8 learns per allocation site whether its objects tend to live long and
 * then allocates them straight in the old generation. The 1,000 tablets' WebSocket upgrade requests live as long
 * as their connections, so the request objects of every later HTTP request (a visit, a lead) were allocated old
 * as well; dead at once, they still pointed at young objects, which every young-generation collection then kept
 * and promoted (~0.9 MB each at 200 visits/s, ~2.5 ms pauses). Without pretenuring those collections keep ~60 KB
 * and pause ~1.6 ms (`npm run bench -w @markt/server`, docs/architecture.md, Live sync).
 * @returns nothing
 * @example tuneServerRuntime(); const server = await startServer(config);
 */
export function tuneServerRuntime(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
