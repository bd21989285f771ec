import { toJsonSchema } from '@valibot/to-json-schema';
import {
  EventSchema,
  FeedbackInputSchema,
  LeadInputSchema,
  OfferSchema,
  ProviderSchema,
  RadarRowSchema,
  StandSchema,
  VisitInputSchema,
} from '@markt/sdk/schemas';
import type * as v from 'valibot';
import { LoginSchema } from './routes/auth.js';
import { LeadPatchSchema } from './routes/booth.js';
import { QuizRecordSchema, SearchRecordSchema } from './routes/kiosk.js';
import { KioskSessionSchema } from './routes/kiosk-sessions.js';
import { CloneRequestSchema, DeviceRequestSchema, RadarTableSchema } from './routes/org.js';
import { PairSchema } from './routes/pair.js';
import { StandLeadSchema, StandVisitSchema } from './routes/stand.js';
import { ImportTemplateRequestSchema } from './routes/templates.js';
import { AllowedOriginsSchema } from './routes/tenant.js';
import { ErasureRequestSchema } from './store/erasure.js';
import { RotaShiftSchema } from './store/rota.js';

/** Who may call a route. */
export type RouteRole = 'public' | 'kiosk' | 'booth' | 'organizer';

/** One route of the HTTP API. */
export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, `{param}` style. */
  path: string;
  role: RouteRole;
  summary: string;
  /** Name of the request body schema in `components.schemas`. */
  body?: string;
  /** Content type of the body when it is not JSON. */
  bodyType?: string;
  /** Content type of a successful answer when it is not JSON. */
  produces?: string;
  status?: number;
}

const E = '/api/org/events/{eventId}';

/** Every route of the contract in docs/architecture.md, in one table (also used by the tests). */
export const apiRoutes: readonly ApiRoute[] = [
  { method: 'get', path: '/api/health', role: 'public', summary: 'Liveness check' },
  { method: 'get', path: '/api/openapi.json', role: 'public', summary: 'This document' },
  { method: 'get', path: '/api/events/{eventId}/public', role: 'public', summary: 'Public data of an event (ETag)' },
  { method: 'get', path: '/api/stand/{token}', role: 'public', summary: 'A stand by its QR token' },
  { method: 'post', path: '/api/stand/{token}/visits', role: 'public', summary: 'Record a visit from a phone', body: 'StandVisit', status: 201 },
  { method: 'post', path: '/api/stand/{token}/leads', role: 'public', summary: 'Ask the provider for contact', body: 'StandLead', status: 201 },
  { method: 'delete', path: '/api/visitor/{deviceId}', role: 'public', summary: "Erase a visitor device's visits and leads" },
  { method: 'post', path: '/api/pair', role: 'public', summary: 'Pair a booth tablet or kiosk with a code', body: 'Pair', status: 201 },
  { method: 'get', path: '/api/kiosk/me', role: 'kiosk', summary: 'The kiosk device and its event' },
  { method: 'post', path: '/api/kiosk/visits', role: 'kiosk', summary: 'Record a visit', body: 'VisitInput', status: 201 },
  { method: 'post', path: '/api/kiosk/leads', role: 'kiosk', summary: 'Record a contact request', body: 'LeadInput', status: 201 },
  { method: 'post', path: '/api/kiosk/quizzes', role: 'kiosk', summary: 'Record an anonymous quiz result', body: 'QuizRecord', status: 201 },
  { method: 'post', path: '/api/kiosk/searches', role: 'kiosk', summary: 'Record an anonymous search', body: 'SearchRecord', status: 201 },
  { method: 'post', path: '/api/kiosk/feedback', role: 'kiosk', summary: 'Record feedback', body: 'FeedbackInput', status: 201 },
  { method: 'post', path: '/api/kiosk/sessions', role: 'kiosk', summary: 'Report that a visitor session runs or ended (visitors now)', body: 'KioskSession' },
  { method: 'get', path: '/api/booth/me', role: 'booth', summary: 'The booth device, its provider and event' },
  { method: 'get', path: '/api/booth/leads', role: 'booth', summary: "The provider's leads after a sequence number (?after=)" },
  { method: 'patch', path: '/api/booth/leads/{leadId}', role: 'booth', summary: 'Rate, note, tag a lead', body: 'LeadPatch' },
  { method: 'delete', path: '/api/booth/leads/{leadId}', role: 'booth', summary: "Erase one of the provider's leads (the visitor withdrew consent)", status: 204 },
  { method: 'get', path: '/api/booth/leads.csv', role: 'booth', summary: "The provider's leads as CSV", produces: 'text/csv' },
  { method: 'post', path: '/api/auth/login', role: 'public', summary: 'Organizer login: sets the session cookie, returns the CSRF token', body: 'Login' },
  { method: 'post', path: '/api/auth/logout', role: 'organizer', summary: 'Log out' },
  { method: 'get', path: '/api/auth/me', role: 'organizer', summary: 'The logged-in organizer, tenant and CSRF token' },
  { method: 'get', path: '/api/org/tenant/origins', role: 'organizer', summary: "The websites (origins) that may embed this tenant's events (CORS)" },
  { method: 'put', path: '/api/org/tenant/origins', role: 'organizer', summary: 'Replace the embed origins (at most 20)', body: 'AllowedOrigins' },
  { method: 'get', path: '/api/org/events', role: 'organizer', summary: "The tenant's events" },
  { method: 'post', path: '/api/org/events', role: 'organizer', summary: 'Create an event (id optional)', body: 'Event', status: 201 },
  { method: 'get', path: E, role: 'organizer', summary: 'One event' },
  { method: 'patch', path: E, role: 'organizer', summary: "Change an event's settings (full Event or a top-level merge patch)", body: 'Event' },
  ...(['providers', 'offers', 'stands'] as const).flatMap((kind): ApiRoute[] => {
    const name = { providers: 'Provider', offers: 'Offer', stands: 'Stand' }[kind];
    const one = `${E}/${kind}/{${kind.slice(0, -1)}Id}`;
    return [
      { method: 'get', path: `${E}/${kind}`, role: 'organizer', summary: `List ${kind}` },
      { method: 'post', path: `${E}/${kind}`, role: 'organizer', summary: `Create a ${kind.slice(0, -1)}`, body: name, status: 201 },
      { method: 'get', path: one, role: 'organizer', summary: `One ${kind.slice(0, -1)}` },
      { method: 'put', path: one, role: 'organizer', summary: `Replace a ${kind.slice(0, -1)}`, body: name },
      { method: 'delete', path: one, role: 'organizer', summary: `Delete a ${kind.slice(0, -1)}`, status: 204 },
    ];
  }),
  { method: 'get', path: `${E}/radar`, role: 'organizer', summary: 'The radar rows' },
  { method: 'put', path: `${E}/radar`, role: 'organizer', summary: 'Replace the radar rows', body: 'RadarTable' },
  { method: 'get', path: `${E}/devices`, role: 'organizer', summary: 'Paired devices (online, revoked, contact requests refused for good)' },
  { method: 'post', path: `${E}/devices`, role: 'organizer', summary: 'A pairing code for a booth tablet or kiosk (10 minutes, or until expiresAt: at most the event end, 14 days)', body: 'DeviceRequest', status: 201 },
  { method: 'delete', path: `${E}/devices/{deviceId}`, role: 'organizer', summary: 'Revoke a device', status: 204 },
  { method: 'get', path: `${E}/pairing-codes`, role: 'organizer', summary: 'Pairing codes not used yet (id, role, provider, name, times; never the code)' },
  { method: 'delete', path: `${E}/pairing-codes`, role: 'organizer', summary: 'Withdraw every unused pairing code of the event (a lost code sheet); answers { withdrawn }' },
  { method: 'delete', path: `${E}/pairing-codes/{codeId}`, role: 'organizer', summary: 'Withdraw an unused pairing code (pairing with it then fails as unknown)', status: 204 },
  { method: 'post', path: `${E}/erasure`, role: 'organizer', summary: "Erase a person's leads of this event by e-mail or phone (Art. 17 GDPR); answers { deleted }", body: 'ErasureRequest' },
  { method: 'post', path: '/api/org/erasure', role: 'organizer', summary: "Erase a person's leads in all the tenant's events by e-mail or phone; answers { deleted }", body: 'ErasureRequest' },
  { method: 'get', path: `${E}/stands/{standId}/qr.svg`, role: 'organizer', summary: "A stand's QR code (SVG)", produces: 'image/svg+xml' },
  { method: 'get', path: `${E}/stands/{standId}/qr.png`, role: 'organizer', summary: "A stand's QR code (PNG)", produces: 'image/png' },
  { method: 'get', path: `${E}/posters`, role: 'organizer', summary: 'Data for the poster sheet' },
  { method: 'post', path: `${E}/clone`, role: 'organizer', summary: 'A new event from this one (never visits or leads)', body: 'CloneRequest', status: 201 },
  { method: 'get', path: `${E}/template`, role: 'organizer', summary: 'The event as a template file (?providers=0|1, ?offers=0|1; never visitor, device or staff data)' },
  { method: 'post', path: '/api/org/events/import-template', role: 'organizer', summary: "A new event of the caller's tenant from a template file (up to 2 MB)", body: 'ImportTemplateRequest', status: 201 },
  { method: 'get', path: `${E}/report`, role: 'organizer', summary: 'The evaluation (Auswertung)' },
  { method: 'get', path: `${E}/report.csv`, role: 'organizer', summary: 'The evaluation as CSV', produces: 'text/csv' },
  { method: 'get', path: `${E}/rota`, role: 'organizer', summary: 'The staffing rota (Dienstplan): shifts by start time' },
  { method: 'post', path: `${E}/rota`, role: 'organizer', summary: 'Add a shift (id optional)', body: 'RotaShift', status: 201 },
  { method: 'put', path: `${E}/rota/{shiftId}`, role: 'organizer', summary: 'Replace a shift', body: 'RotaShift' },
  { method: 'delete', path: `${E}/rota/{shiftId}`, role: 'organizer', summary: 'Delete a shift', status: 204 },
  { method: 'get', path: '/api/booth/rota', role: 'booth', summary: "Who is on duty at the provider's stands (and the Jobcenter's help desks)" },
  { method: 'post', path: `${E}/import`, role: 'organizer', summary: 'Import providers, offers, stands or radar rows from CSV (?kind=, ?mode=valid-only)', body: 'CsvFile', bodyType: 'text/csv' },
  { method: 'put', path: `${E}/floor-plan-image`, role: 'organizer', summary: 'Upload the floor-plan image (PNG, or SVG without scripts; up to 2 MB)', body: 'FloorPlanImage', bodyType: 'image/png' },
  { method: 'delete', path: `${E}/floor-plan-image`, role: 'organizer', summary: 'Remove the floor-plan image', status: 204 },
  { method: 'get', path: '/api/events/{eventId}/floor-plan-image', role: 'public', summary: 'The floor-plan image (ETag)', produces: 'image/png' },
];

// Built on demand: org.ts imports this module, and this one imports org.ts's schemas (an import cycle).
const requestSchemas = (): Record<string, v.GenericSchema> => ({
  Event: EventSchema,
  Provider: ProviderSchema,
  Offer: OfferSchema,
  Stand: StandSchema,
  RadarTable: RadarTableSchema,
  DeviceRequest: DeviceRequestSchema,
  CloneRequest: CloneRequestSchema,
  ImportTemplateRequest: ImportTemplateRequestSchema,
  Login: LoginSchema,
  Pair: PairSchema,
  StandVisit: StandVisitSchema,
  StandLead: StandLeadSchema,
  VisitInput: VisitInputSchema,
  LeadInput: LeadInputSchema,
  QuizRecord: QuizRecordSchema,
  KioskSession: KioskSessionSchema,
  SearchRecord: SearchRecordSchema,
  FeedbackInput: FeedbackInputSchema,
  LeadPatch: LeadPatchSchema,
  AllowedOrigins: AllowedOriginsSchema,
  RadarRow: RadarRowSchema,
  RotaShift: RotaShiftSchema,
  ErasureRequest: ErasureRequestSchema,
});

const security: Record<RouteRole, Record<string, string[]>[]> = {
  public: [],
  kiosk: [{ deviceToken: [] }],
  booth: [{ deviceToken: [] }],
  organizer: [{ session: [], csrf: [] }],
};

/**
 * The OpenAPI 3.1 document of the HTTP API; request bodies are the SDK's valibot schemas as JSON Schema.
 * Cross-field checks that JSON Schema cannot express are enforced by the server and left out here.
 * @returns the document (serve it as JSON)
 * @example app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
 */
export function openApiDocument(): Record<string, unknown> {
  const schemas: Record<string, unknown> = { Error: errorSchema, CsvFile: { type: 'string', description: 'CSV text, header line first; see docs/api.md' },
    FloorPlanImage: { type: 'string', contentMediaType: 'image/png', description: 'The raw PNG file, or an SVG file sent as image/svg+xml' },
  };
  for (const [name, schema] of Object.entries(requestSchemas())) {
    const { $schema: _ignored, ...json } = toJsonSchema(schema, { errorMode: 'ignore', typeMode: 'input', target: 'draft-2020-12' });
    schemas[name] = json;
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of apiRoutes) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const status = String(route.status ?? 200);
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: [route.role],
      security: security[route.role],
      ...(params.length > 0 ? { parameters: params } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { [route.bodyType ?? 'application/json']: { schema: { $ref: `#/components/schemas/${route.body}` } } } } }
        : {}),
      responses: {
        [status]: status === '204' ? { description: 'Done' } : { description: 'Success', content: { [route.produces ?? 'application/json']: {} } },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
    (paths[route.path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'markt API', version: '0.1.0', description: 'See docs/api.md for roles, errors and CSV columns.' },
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'markt_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token', description: 'Needed on POST, PUT, PATCH and DELETE' },
        deviceToken: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/pair' },
      },
    },
  };
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: {
          type: 'array',
          items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' }, line: { type: 'integer' } } },
        },
      },
    },
  },
};
