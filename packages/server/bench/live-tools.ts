/** Small helpers for the benchmarks: HTTP POST over a keep-alive agent, percentiles, sleep. */
import { request, type Agent } from 'node:http';

/** p50, p95, p99 and max in milliseconds, with the number of samples. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
}

/**
 * Nearest-rank percentiles of a sample, rounded to 0.01 ms.
 * @param samples durations in milliseconds (not changed)
 * @returns p50, p95, p99, max and count (all 0 for no samples)
 * @example percentiles([1, 2, 3]).p50 // 2
 */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { p50: r(at(50)), p95: r(at(95)), p99: r(at(99)), max: r(sorted.at(-1) ?? 0), count: sorted.length };
}

/**
 * POSTs a JSON body and reads the JSON answer.
 * @param agent a keep-alive agent (one connection per concurrent sender)
 * @param url the full URL
 * @param body the JSON body
 * @param headers more request headers
 * @returns the status and the parsed body
 * @example const { status } = await postJson(agent, `${url}/api/stand/${token}/visits`, { deviceId, idempotencyKey });
 */
export function postJson(agent: Agent, url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as unknown) : undefined });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Waits.
 * @param ms milliseconds
 * @returns a promise that resolves after `ms`
 * @example await sleep(1000);
 */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
