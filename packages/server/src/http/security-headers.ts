import { ServerResponse } from 'node:http';
import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** The options of Hono's `secureHeaders`. */
export type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/** True when a CSP directive is computed per request (Hono's `NONCE`): those headers cannot be fixed once. */
function perRequest(options: SecureHeadersOptions): boolean {
  const policies = [options.contentSecurityPolicy, options.contentSecurityPolicyReportOnly];
  return policies.some((policy) => policy !== undefined && Object.values(policy).some((value) => typeof value === 'function' || (Array.isArray(value) && value.some((v) => typeof v === 'function'))));
}

/**
 * Hono's `secureHeaders`, the same headers with the same options, at a fraction of the cost per response.
 *
 * Hono's middleware sets each header on the finished response's `Headers` object (a `has` and a `set` each,
 * a dozen times per response), which on the busiest routes costs as much as the route itself. On Node this
 * one computes the headers once (by asking Hono's middleware) and puts them on the Node response with
 * `setHeader` before the route runs. Node merges them with the route's headers when it writes the head,
 * and the route's own value wins, as with `overwrite: false` (e.g. the floor-plan SVG's stricter CSP).
 * Off Node (`app.request()` in tests) and for per-request values (a CSP nonce), Hono's middleware runs as is.
 * @param options the options of Hono's `secureHeaders`; `overwrite` must be false (the route's header wins)
 * @returns the middleware
 * @example app.use('*', securityHeaders({ referrerPolicy: 'no-referrer', overwrite: false }));
 */
export function securityHeaders(options: SecureHeadersOptions): MiddlewareHandler {
  const hono = secureHeaders(options);
  if (options.overwrite !== false || perRequest(options)) return hono;
  let fixed: [string, string][] | undefined;
  const probe = new Hono().use(hono).get('/', (c) => c.body(null));
  const ready = Promise.resolve(probe.request('/')).then((res) => {
    fixed = [...res.headers].filter(([name]) => name !== 'content-type');
    return fixed;
  });
  return async (c, next) => {
    const outgoing = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
    if (!(outgoing instanceof ServerResponse) || outgoing.headersSent) return hono(c, next);
    for (const [name, value] of fixed ?? (await ready)) outgoing.setHeader(name, value);
    return next();
  };
}
