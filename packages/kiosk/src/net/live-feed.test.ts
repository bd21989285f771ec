import { expect } from '@open-wc/testing';
import type { FeedMessage } from './feed-log.js';
import { io } from 'socket.io-client';
import { LiveFeed, deleteAfterOf } from './live-feed.js';
import { ackingStandIn, memoryStorage, scriptedSocket, until } from './test-helpers.js';

interface Lead {
  id: string;
  name: string;
}

const lead = (seq: number): FeedMessage<Lead> => ({ seq, kind: 'lead', item: { id: `l${seq}`, name: `Lead ${seq}` } });
const visit = (seq: number): FeedMessage => ({ seq, kind: 'visit', item: { id: `v${seq}`, at: `2026-03-12T10:0${seq % 10}:00Z` } });

describe('LiveFeed', () => {
  it('applies pushed items in order without repeats and persists them for a reload', () => {
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead>({ token: 't', storage });
    feed.apply([lead(3), visit(1), lead(3), visit(2)]);
    feed.apply([visit(2), lead(5)]);
    expect(feed.lastSeq).to.equal(5);
    expect(feed.leads().map((l) => l.id)).to.deep.equal(['l5', 'l3']);
    expect(feed.visits().map((v) => v.seq)).to.deep.equal([1, 2]);
    const reloaded = new LiveFeed<Lead>({ token: 't', storage });
    expect(reloaded.lastSeq).to.equal(5);
    expect(reloaded.leads().map((l) => l.name)).to.deep.equal(['Lead 5', 'Lead 3']);
    reloaded.updateLead('l3', { name: 'Lead 3 (rated)' });
    expect(new LiveFeed<Lead>({ token: 't', storage }).leads()[1]?.name).to.equal('Lead 3 (rated)');
    // The server pushes a changed lead again with a new seq: it is replaced in place, not added, and not "new".
    let newLeads: Lead[] = [];
    reloaded.addEventListener('items', (e) => (newLeads = e.detail.newLeads));
    reloaded.apply([{ seq: 6, kind: 'lead', item: { id: 'l3', name: 'Lead 3 (done)' } }, lead(7)]);
    expect(reloaded.leads().map((l) => l.name)).to.deep.equal(['Lead 7', 'Lead 5', 'Lead 3 (done)']);
    expect(newLeads.map((l) => l.id)).to.deep.equal(['l7']);
  });

  it('does not put an older pushed state over a newer stored lead (its own change answered with seq 12, then a push of seq 10)', () => {
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead & { seq?: number; notes?: string }>({ token: 't', storage });
    feed.apply([lead(3)]);
    feed.updateLead('l3', { seq: 12, name: 'Lead 3', notes: 'call back Monday' }); // the PATCH answer
    feed.apply([{ seq: 10, kind: 'lead', item: { id: 'l3', name: 'Lead 3', seq: 10, notes: 'older' } }, visit(11)]);
    expect(feed.leads()).to.deep.equal([{ id: 'l3', name: 'Lead 3', seq: 12, notes: 'call back Monday' }]);
    expect(feed.lastSeq).to.equal(11); // the sequence still advances: seq 10 is not asked for again
    feed.apply([{ seq: 13, kind: 'lead', item: { id: 'l3', name: 'Lead 3', seq: 13, notes: 'newer' } }]);
    expect(feed.leads()[0]?.notes).to.equal('newer');
    expect(new LiveFeed<Lead & { notes?: string }>({ token: 't', storage }).leads()[0]?.notes).to.equal('newer');
  });

  it('over real socket.io (the /__test__/ stand-in server): ordered, no duplicates, replays only what is missing after a reconnect', async () => {
    const control = io({ path: '/__test__/socket.io', auth: { token: 'control' } });
    await new Promise<void>((resolve) => control.emit('test:reset', () => resolve()));
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead>({ token: 'ok', storage, path: '/__test__/socket.io', connect: ackingStandIn });
    const states: string[] = [];
    const applied: number[] = [];
    feed.addEventListener('state', (e) => states.push(e.detail.state));
    feed.addEventListener('items', (e) => applied.push(...e.detail.fresh.map((m) => m.seq)));
    feed.start();
    await until(() => feed.state === 'online');
    control.emit('test:push', [visit(1), lead(2), visit(3)]);
    await until(() => feed.lastSeq === 3);
    expect(applied).to.deep.equal([1, 2, 3]);

    feed.stop(); // a network drop: items 4 and 5 happen meanwhile
    control.emit('test:push', [lead(4), visit(5)]);
    await new Promise((r) => setTimeout(r, 50));
    const reloaded = new LiveFeed<Lead>({ token: 'ok', storage, path: '/__test__/socket.io', connect: ackingStandIn });
    const replayed: number[] = [];
    reloaded.addEventListener('items', (e) => replayed.push(...e.detail.fresh.map((m) => m.seq)));
    reloaded.start();
    await until(() => reloaded.lastSeq === 5);
    await new Promise((r) => setTimeout(r, 50));
    expect(replayed).to.deep.equal([4, 5]);
    expect(reloaded.leads().map((l) => l.id)).to.deep.equal(['l4', 'l2']);
    expect(reloaded.visits().map((v) => v.seq)).to.deep.equal([1, 3, 5]);
    expect(states.slice(0, 2)).to.deep.equal(['connecting', 'online']);
    reloaded.stop();
    control.disconnect();
  });

  it('says offline (once, without flapping) while the server cannot be reached', async () => {
    const feed = new LiveFeed<Lead>({ token: 'ok', storage: memoryStorage(), url: 'http://127.0.0.1:9' });
    const states: string[] = [];
    feed.addEventListener('state', (e) => states.push(e.detail.state));
    feed.start();
    await until(() => feed.state === 'offline');
    await new Promise((r) => setTimeout(r, 2500)); // socket.io retries meanwhile
    feed.stop();
    expect(states).to.deep.equal(['connecting', 'offline']);
    expect(feed.revoked).to.equal(false);
  });

  it('reports "live" only after a sync succeeded, and asks again after 1 s, 2 s … while the server answers with an error', async () => {
    const { socket, handlers, syncs } = scriptedSocket({ connected: true });
    const feed = new LiveFeed<Lead>({ token: 't', storage: memoryStorage(), connect: () => socket });
    feed.apply([lead(1)]);
    feed.start();
    handlers.get('connect')!();
    expect(feed.state).to.equal('connecting');
    syncs[0]!.ack({ ok: false, error: { code: 'INTERNAL', message: 'The server could not replay the feed; try again.' } });
    expect(feed.state).to.equal('connecting');
    await until(() => syncs.length === 2, 3000);
    expect(syncs[1]!.at - syncs[0]!.at).to.be.within(900, 1500);
    syncs[1]!.ack({ ok: false, error: { code: 'INTERNAL', message: 'again' } });
    await until(() => syncs.length === 3, 4000);
    expect(syncs[2]!.at - syncs[1]!.at).to.be.within(1800, 2600);
    expect(syncs.map((s) => s.after)).to.deep.equal([1, 1, 1]);
    expect(feed.state).to.equal('connecting');
    syncs[2]!.ack({ ok: true, replayed: 0, lastSeq: 1, leadIds: ['l1'] });
    expect(feed.state).to.equal('online');
    feed.stop();
  });

  it('leaves out a pushed lead its page cannot show (isLead), instead of storing it', async () => {
    const { socket, handlers } = scriptedSocket();
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead>({ token: 't', storage, connect: () => socket, isLead: (item) => typeof (item as Partial<Lead>).name === 'string' });
    feed.start();
    handlers.get('feed')!({ seq: 1, kind: 'lead', item: { id: 'l1', status: 'new' } }); // no name: a shape this page does not know
    handlers.get('feed')!({ seq: 2, kind: 'lead', item: { id: 'l2', name: 'Lead 2' } });
    await new Promise((r) => setTimeout(r, 60)); // past the gathering window
    expect(feed.leads().map((l) => l.id)).to.deep.equal(['l2']);
    expect(storage.map.get('markt.booth.feed')).not.to.contain('"l1"');
    feed.stop();
  });

  it('keeps an erased lead gone when a change of it was still being gathered as `erased` arrived', async () => {
    const { socket, handlers } = scriptedSocket();
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead>({ token: 't', storage, connect: () => socket });
    feed.apply([lead(1), lead(2)]);
    feed.start();
    handlers.get('feed')!({ seq: 3, kind: 'lead', item: { id: 'l1', name: 'Lead 1 (rated)' } }); // a PATCH echo, gathering
    handlers.get('erased')!({ leadIds: ['l1'] }); // the visitor erased their data right after
    await new Promise((r) => setTimeout(r, 60)); // past the gathering window
    expect(feed.leads().map((l) => l.id)).to.deep.equal(['l2']);
    expect(feed.lastSeq).to.equal(3);
    expect(storage.map.get('markt.booth.feed')).not.to.contain('Lead 1');
    feed.stop();
  });

  it('wipes its data only when the server refuses the device with DEVICE_REVOKED or UNAUTHORIZED, not when it could not check', async () => {
    // The real server refuses with `data: { code, message }` (packages/server/src/live/socket.ts); a scripted socket plays it.
    const refusal = (code: string, message: string) => Object.assign(new Error(code), { data: { code, message } });
    const storage = memoryStorage();
    const unavailable = scriptedSocket();
    const feed = new LiveFeed<Lead>({ token: 't', storage, connect: () => unavailable.socket });
    feed.apply([lead(1)]);
    let revoked = '';
    feed.addEventListener('revoked', (e) => (revoked = e.detail.reason));
    feed.start();
    // A database error on the server: "unauthorized" or "revoked" in the words must not matter, only the code.
    unavailable.handlers.get('connect_error')!(refusal('UNAVAILABLE', 'Could not check this connection (not unauthorized, not revoked).'));
    unavailable.handlers.get('error')!({ code: 'INTERNAL', message: 'device revoked? unknown' });
    expect(feed.revoked).to.equal(false);
    expect(feed.state).to.equal('offline');
    expect(feed.leads().map((l) => l.id)).to.deep.equal(['l1']);
    expect(storage.map.has('markt.booth.feed')).to.equal(true);
    feed.stop();

    const refused = scriptedSocket();
    const again = new LiveFeed<Lead>({ token: 't', storage, connect: () => refused.socket });
    again.addEventListener('revoked', (e) => (revoked = e.detail.reason));
    again.start();
    refused.handlers.get('connect_error')!(refusal('DEVICE_REVOKED', 'The organizer revoked this device.'));
    expect(again.revoked).to.equal(true);
    expect(revoked).to.equal('DEVICE_REVOKED');
    expect(again.leads()).to.deep.equal([]);
    expect(storage.map.has('markt.booth.feed')).to.equal(false);

    // An older server without `data`: the message is the code.
    const old = scriptedSocket();
    const third = new LiveFeed<Lead>({ token: 't', storage, connect: () => old.socket });
    third.start();
    old.handlers.get('connect_error')!(new Error('UNAUTHORIZED'));
    expect(third.revoked).to.equal(true);
  });

  it("drops stored leads the server deleted: those missing from the booth's sync ack, and those named by `erased`", async () => {
    // The /__test__/ stand-in neither acks `sync` nor sends `erased` (the real server's side is tested in
    // packages/server/test/field/erasure.test.ts): a scripted socket plays the server here.
    const { socket, handlers, syncs } = scriptedSocket();
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead>({ token: 't', storage, connect: () => socket });
    feed.apply([lead(1), lead(2), visit(3), lead(4)]);
    const shown: string[][] = [];
    feed.addEventListener('items', (e) => shown.push(e.detail.leads.map((l) => l.id)));
    feed.start();
    handlers.get('connect')!();
    expect(syncs.map((s) => s.after)).to.deep.equal([4]);
    // The replay brings l5 (pushed, still gathering) and the server, after it, holds l2, l4, l5, l6: l1 was purged.
    handlers.get('feed')!(lead(5));
    syncs[0]!.ack({ ok: true, replayed: 1, lastSeq: 5, leadIds: ['l2', 'l4', 'l5', 'l6'] });
    expect(feed.leads().map((l) => l.id)).to.deep.equal(['l5', 'l4', 'l2']);
    expect(shown.at(-1)).to.deep.equal(['l5', 'l4', 'l2']);
    // A lead newer than the server's list stays although the list does not name it.
    feed.apply([lead(7)]);
    feed.keepLeads(['l2', 'l4', 'l5'], 5);
    expect(feed.leads().map((l) => l.id)).to.deep.equal(['l7', 'l5', 'l4', 'l2']);
    // Live: a visitor erased their data.
    handlers.get('erased')!({ leadIds: ['l4', 'unknown'] });
    expect(feed.leads().map((l) => l.id)).to.deep.equal(['l7', 'l5', 'l2']);
    // A failed or foreign ack changes nothing; and the drop survives a reload.
    handlers.get('connect')!();
    syncs[1]!.ack({ ok: false, error: { code: 'INTERNAL', message: 'x' } });
    expect(feed.leads()).to.have.length(3);
    expect(new LiveFeed<Lead>({ token: 't', storage }).leads().map((l) => l.id)).to.deep.equal(['l7', 'l5', 'l2']);
    expect(storage.map.get('markt.booth.feed')).not.to.contain('Lead 4');
    feed.stop();
  });
});

describe('LiveFeed retention on the tablet (privacy review M4: no network needed)', () => {
  const DAY = 86_400_000;
  const stored = (deleteAfter?: string) =>
    JSON.stringify({
      lastSeq: 4,
      leads: [
        { seq: 2, lead: { id: 'l2', name: 'Erika Mustermann, 0170 5554321, Brauche Hilfe bei Sucht' } },
        { seq: 4, lead: { id: 'l4', name: 'Tablet Test' } },
      ],
      visits: [{ seq: 1, at: '2026-03-12T10:01:00Z' }, { seq: 3, at: '2026-03-12T10:02:00Z' }],
      ...(deleteAfter ? { deleteAfter } : {}),
    });

  it('deleteAfterOf: the event end plus its retention days (30 by default)', () => {
    expect(deleteAfterOf({ endsAt: '2026-03-12T15:00:00+01:00', retentionDays: 2 })).to.equal('2026-03-14T14:00:00.000Z');
    expect(deleteAfterOf({ endsAt: '2026-03-12T14:00:00Z' })).to.equal('2026-04-11T14:00:00.000Z');
    expect(deleteAfterOf({ endsAt: 'not a date' })).to.equal(undefined);
  });

  it('drops stored leads at load once the stored deletion date has passed, the socket never connected', () => {
    const storage = memoryStorage();
    storage.setItem('markt.booth.feed', stored(new Date(Date.now() - DAY).toISOString()));
    let connects = 0;
    const feed = new LiveFeed<Lead>({ token: 't', storage, connect: () => ((connects += 1), scriptedSocket().socket) });
    expect(feed.leads()).to.deep.equal([]);
    expect(feed.visits()).to.deep.equal([]);
    expect(feed.expired).to.equal(true);
    expect(storage.getItem('markt.booth.feed')).not.to.contain('5554321');
    expect(storage.getItem('markt.booth.feed')).not.to.contain('Tablet Test');
    expect(connects).to.equal(0);
  });

  it('retainUntil: the event data given later (the cached profile) drops leads at once and is kept with the feed', () => {
    const storage = memoryStorage();
    storage.setItem('markt.booth.feed', stored());
    const feed = new LiveFeed<Lead>({ token: 't', storage });
    expect(feed.leads()).to.have.length(2); // nothing known yet: kept
    const dropped: number[] = [];
    feed.addEventListener('items', (e) => dropped.push(e.detail.leads.length));
    feed.retainUntil(new Date(Date.now() + DAY).toISOString());
    expect(feed.leads()).to.have.length(2); // within retention: kept
    expect(JSON.parse(storage.getItem('markt.booth.feed')!).deleteAfter).to.be.a('string');
    feed.retainUntil(deleteAfterOf({ endsAt: new Date(Date.now() - 31 * DAY).toISOString(), retentionDays: 30 }));
    expect(feed.leads()).to.deep.equal([]);
    expect(dropped).to.deep.equal([0]);
    expect(storage.getItem('markt.booth.feed')).not.to.contain('Erika');
    // A lead pushed after the deletion date (a late sync) is not kept either.
    feed.apply([{ seq: 5, kind: 'lead', item: { id: 'l5', name: 'Late Lead' } }]);
    expect(feed.leads()).to.deep.equal([]);
    expect(storage.getItem('markt.booth.feed')).not.to.contain('Late Lead');
    expect(feed.lastSeq).to.equal(5);
  });

  it('drops the leads on its timer when the deletion date passes while it runs offline', async () => {
    const storage = memoryStorage();
    storage.setItem('markt.booth.feed', stored(new Date(Date.now() + DAY).toISOString()));
    let now = Date.now();
    const { socket } = scriptedSocket(); // never connects
    const feed = new LiveFeed<Lead>({ token: 't', storage, now: () => now, expiryCheckMs: 20, connect: () => socket });
    feed.start();
    await new Promise((r) => setTimeout(r, 60));
    expect(feed.leads()).to.have.length(2);
    now += 2 * DAY; // the tablet lies in a drawer past the retention period
    await until(() => feed.leads().length === 0);
    expect(storage.getItem('markt.booth.feed')).not.to.contain('5554321');
    feed.stop();
  });

  it("drops a single lead whose own deleteAfter has passed (the server's per-lead date), keeping the others", () => {
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead & { deleteAfter?: string }>({ token: 't', storage });
    feed.apply([
      { seq: 1, kind: 'lead', item: { id: 'old', name: 'Old', deleteAfter: new Date(Date.now() - 1000).toISOString() } },
      { seq: 2, kind: 'lead', item: { id: 'new', name: 'New', deleteAfter: new Date(Date.now() + DAY).toISOString() } },
    ]);
    expect(feed.leads().map((l) => l.id)).to.deep.equal(['new']);
    expect(storage.getItem('markt.booth.feed')).not.to.contain('Old');
  });
});
