/**
 * The database schema as versioned migrations, applied in order at start (see migrate.ts).
 * Never edit a migration that has shipped: add the next one.
 *
 * Domain records are stored as validated JSON (`data`), with the columns that queries need beside it.
 * Secrets (session ids, device tokens, pairing codes, stand QR tokens) are stored only as SHA-256 hashes;
 * passwords as scrypt hashes.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  allowed_origins TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  data TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  retention_days INTEGER NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,
  purged_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX events_tenant ON events(tenant_id);

CREATE TABLE providers (
  event_id TEXT NOT NULL REFERENCES events(id),
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (event_id, id)
);

CREATE TABLE offers (
  event_id TEXT NOT NULL REFERENCES events(id),
  id TEXT NOT NULL,
  provider_id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (event_id, id)
);
CREATE INDEX offers_provider ON offers(event_id, provider_id);

CREATE TABLE stands (
  event_id TEXT NOT NULL REFERENCES events(id),
  id TEXT NOT NULL,
  provider_id TEXT NOT NULL,
  data TEXT NOT NULL,
  token_rev INTEGER NOT NULL DEFAULT 1,
  token_hash TEXT NOT NULL UNIQUE,
  PRIMARY KEY (event_id, id)
);

CREATE TABLE radar_rows (
  event_id TEXT NOT NULL REFERENCES events(id),
  line INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (event_id, line)
);

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id),
  role TEXT NOT NULL CHECK (role IN ('booth', 'kiosk')),
  provider_id TEXT,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT,
  revoked_at TEXT
);
CREATE INDEX devices_event ON devices(event_id);

CREATE TABLE pairing_codes (
  code_hash TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id),
  role TEXT NOT NULL CHECK (role IN ('booth', 'kiosk')),
  provider_id TEXT,
  name TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id),
  seq INTEGER NOT NULL,
  stand_id TEXT NOT NULL,
  provider_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  source TEXT NOT NULL,
  at TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  UNIQUE (event_id, idempotency_key),
  UNIQUE (event_id, seq)
);
CREATE INDEX visits_provider_seq ON visits(event_id, provider_id, seq);
CREATE INDEX visits_device ON visits(device_id);

CREATE TABLE leads (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id),
  seq INTEGER NOT NULL,
  provider_id TEXT NOT NULL,
  stand_id TEXT,
  offer_id TEXT,
  device_id TEXT NOT NULL,
  contact TEXT NOT NULL,
  locale TEXT NOT NULL,
  message TEXT,
  consent_text TEXT NOT NULL,
  consent_locale TEXT NOT NULL,
  consent_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  rating INTEGER,
  notes TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'new',
  UNIQUE (event_id, idempotency_key),
  UNIQUE (event_id, seq)
);
CREATE INDEX leads_provider_seq ON leads(event_id, provider_id, seq);
CREATE INDEX leads_device ON leads(device_id);

CREATE TABLE quizzes (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id),
  code TEXT NOT NULL,
  interests TEXT NOT NULL,
  at TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  UNIQUE (event_id, idempotency_key)
);

CREATE TABLE searches (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id),
  query TEXT NOT NULL,
  result_count INTEGER NOT NULL,
  locale TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id),
  rating INTEGER NOT NULL,
  missing TEXT,
  locale TEXT NOT NULL,
  at TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  UNIQUE (event_id, idempotency_key)
);

CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'rota_shifts',
    // Staff names are employees' data, not visitors': the visit purge leaves them; they go with the event (or stand).
    sql: `
CREATE TABLE rota_shifts (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  stand_id TEXT NOT NULL,
  staff_name TEXT NOT NULL CHECK (length(staff_name) BETWEEN 1 AND 80),
  role TEXT CHECK (role IS NULL OR length(role) <= 80),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  starts_ms INTEGER NOT NULL,
  ends_ms INTEGER NOT NULL CHECK (ends_ms > starts_ms),
  PRIMARY KEY (event_id, id)
);
CREATE INDEX rota_shifts_stand ON rota_shifts(event_id, stand_id, starts_ms);
`,
  },
  {
    version: 3,
    name: 'floor_plan_images',
    // The organizer's uploaded floor-plan image (PNG or checked SVG), served at /api/events/<id>/floor-plan-image.
    sql: `
CREATE TABLE floor_plan_images (
  event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('image/png', 'image/svg+xml')),
  bytes BLOB NOT NULL,
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
  },
  {
    version: 4,
    name: 'search_idempotency',
    // A kiosk resends a search whose answer it did not get: the key keeps it from counting twice. Rows from
    // before (and from kiosks that send no key) have none.
    sql: `
ALTER TABLE searches ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX searches_idempotency ON searches(event_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
`,
  },
  {
    version: 5,
    name: 'lead_change_keys',
    // The idempotency keys of booth tablets' lead changes (PATCH /api/booth/leads/:id): a tablet that resends a
    // change whose answer it lost must not undo what a colleague changed since. Only the key and its lead, no
    // content. The rows go with their lead: deleted explicitly by the erasure and the purge (ON DELETE CASCADE
    // as well, for any other way a lead is deleted).
    sql: `
CREATE TABLE lead_changes (
  lead_id TEXT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  PRIMARY KEY (lead_id, idempotency_key)
) WITHOUT ROWID;
CREATE INDEX lead_changes_event ON lead_changes(event_id);
`,
  },
  {
    version: 6,
    name: 'delete_after',
    // The deletion date the consent promised ("spätestens {days} Tage nach dem Markt"), kept with each lead and
    // visit as written: the purge deletes a row when its own date or the event's current rule has passed,
    // whichever comes first, so a later change of the event cannot keep data longer than promised.
    // events.delete_after is the current rule (endsAt + retentionDays), so a write can compare it in SQL; the
    // server sets it in JS, and the triggers fill it for rows written by other code (strftime reads the offsets
    // `Z` and `±HH:MM`; for any other form it stays NULL and the purge falls back on ends_at + retention_days).
    // Existing rows get the event's current values.
    sql: `
ALTER TABLE events ADD COLUMN delete_after TEXT;
ALTER TABLE leads ADD COLUMN delete_after TEXT;
ALTER TABLE visits ADD COLUMN delete_after TEXT;
UPDATE events SET delete_after = strftime('%Y-%m-%dT%H:%M:%fZ', ends_at, '+' || retention_days || ' days');
UPDATE leads SET delete_after = (SELECT e.delete_after FROM events e WHERE e.id = leads.event_id);
UPDATE visits SET delete_after = (SELECT e.delete_after FROM events e WHERE e.id = visits.event_id);
CREATE TRIGGER events_delete_after_insert AFTER INSERT ON events WHEN NEW.delete_after IS NULL BEGIN UPDATE events SET delete_after = strftime('%Y-%m-%dT%H:%M:%fZ', NEW.ends_at, '+' || NEW.retention_days || ' days') WHERE id = NEW.id; END;
CREATE TRIGGER events_delete_after_update AFTER UPDATE OF ends_at, retention_days ON events WHEN NEW.delete_after IS OLD.delete_after BEGIN UPDATE events SET delete_after = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', NEW.ends_at, '+' || NEW.retention_days || ' days'), NEW.delete_after) WHERE id = NEW.id; END;
`,
  },
  {
    version: 7,
    name: 'pairing_code_ids',
    // The organizer lists the codes not yet used and can withdraw one (GET/DELETE …/pairing-codes): they need an id
    // that is neither the code nor its hash (the hash of a short code can be guessed back offline, so it never
    // leaves the server). Random, not the rowid: VACUUM (`markt purge`) may renumber rowids. The server sets the id
    // on insert; the trigger fills it for rows written by other code, and existing rows get one now.
    sql: `
ALTER TABLE pairing_codes ADD COLUMN id TEXT;
UPDATE pairing_codes SET id = lower(hex(randomblob(16))) WHERE id IS NULL;
CREATE UNIQUE INDEX pairing_codes_id ON pairing_codes(id);
CREATE TRIGGER pairing_codes_id_insert AFTER INSERT ON pairing_codes WHEN NEW.id IS NULL BEGIN UPDATE pairing_codes SET id = lower(hex(randomblob(16))) WHERE code_hash = NEW.code_hash; END;
`,
  },
  {
    version: 8,
    name: 'search_sessions_refused_leads',
    // searches.session: the random id of the kiosk visitor session a search came from (made at the session's start,
    // forgotten by the kiosk at its wipe), so the report counts a term once per visitor (COUNT DISTINCT
    // coalesce(session, id)): one visitor typing a term five times no longer publishes it. Rows from before, and from
    // kiosks that send none, have NULL and count each on its own.
    // devices.refused_leads / last_refused_at: how many contact requests of this kiosk the server refused with a 4xx
    // the kiosk drops (400, 404, 409, 410, 422), and when the last was: staff learn that a kiosk is losing requests
    // (a broken build, the wrong event). A count and a time only, nothing of the request.
    sql: `
ALTER TABLE searches ADD COLUMN session TEXT;
ALTER TABLE devices ADD COLUMN refused_leads INTEGER NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN last_refused_at TEXT;
`,
  },
];
