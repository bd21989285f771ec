import { expect } from '@open-wc/testing';
import type { FeedMessage } from './feed-log.js';
import { io } from 'socket.io-client';
import { LiveFeed } from './live-feed.js';
import { memoryStorage, until } from './test-helpers.js';

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

  it('over real socket.io (the /__test__/ stand-in server): ordered, no duplicates, replays only what is missing after a reconnect', async () => {
    const control = io({ path: '/__test__/socket.io', auth: { token: 'control' } });
    await new Promise<void>((resolve) => control.emit('test:reset', () => resolve()));
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead>({ token: 'ok', storage, path: '/__test__/socket.io' });
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
    const reloaded = new LiveFeed<Lead>({ token: 'ok', storage, path: '/__test__/socket.io' });
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

  it('signals revoked and wipes its data when the server refuses the device as revoked', async () => {
    const storage = memoryStorage();
    const feed = new LiveFeed<Lead>({ token: 'revoked', storage, path: '/__test__/socket.io' });
    feed.apply([lead(1)]);
    let revoked = '';
    feed.addEventListener('revoked', (e) => (revoked = e.detail.reason));
    feed.start();
    await until(() => feed.revoked);
    expect(revoked).to.contain('revoked');
    expect(feed.leads()).to.deep.equal([]);
    expect(storage.map.has('markt.booth.feed')).to.equal(false);
  });
});
