import { expect } from '@open-wc/testing';
import { ApiClient } from './api-client.js';
import { Outbox, type SendOutcome } from './outbox.js';
import { memoryStorage, until } from './test-helpers.js';

interface Visit {
  token: string;
}

describe('Outbox', () => {
  it('keeps an item queued while sending fails and delivers it once when the network is back', async () => {
    const storage = memoryStorage();
    let online = false;
    const sent: string[] = [];
    const outbox = new Outbox<Visit>({
      name: 'offline',
      storage,
      retryDelay: () => 20,
      send: async (_item, key) => {
        if (!online) throw new TypeError('Failed to fetch');
        sent.push(key);
        return 'ok';
      },
    });
    const delivered: string[] = [];
    outbox.addEventListener('delivered', (e) => delivered.push(e.detail.key));
    const key = await outbox.enqueue({ token: 't1' });
    await new Promise((r) => setTimeout(r, 100));
    expect(outbox.pending).to.equal(1);
    expect(outbox.entries()[0]?.attempts).to.be.greaterThan(1);
    online = true;
    await until(() => outbox.pending === 0);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).to.deep.equal([key]);
    expect(delivered).to.deep.equal([key]);
    outbox.stop();
  });

  it('survives a reload: a new Outbox over the same storage sends what the old one could not', async () => {
    const storage = memoryStorage();
    const before = new Outbox<Visit>({ name: 'reload', storage, retryDelay: () => 60_000, send: async () => 'retry' });
    const key = await before.enqueue({ token: 't2' });
    await before.flush();
    before.stop(); // the page goes away
    expect(storage.map.get('markt.outbox.reload')).to.contain(key);

    const received: [Visit, string][] = [];
    const after = new Outbox<Visit>({
      name: 'reload',
      storage,
      send: async (item, k) => {
        received.push([item, k]);
        return 'ok';
      },
    });
    await until(() => after.pending === 0);
    expect(received).to.deep.equal([[{ token: 't2' }, key]]);
    after.stop();
  });

  it('never sends one key twice at the same time, even with flush, online and a second outbox racing', async () => {
    const storage = memoryStorage();
    const inFlight = new Set<string>();
    let overlaps = 0;
    let calls = 0;
    const send = async (_item: Visit, key: string): Promise<SendOutcome> => {
      calls += 1;
      if (inFlight.has(key)) overlaps += 1;
      inFlight.add(key);
      await new Promise((r) => setTimeout(r, 30));
      inFlight.delete(key);
      return calls < 4 ? 'retry' : 'ok';
    };
    const a = new Outbox<Visit>({ name: 'race', storage, send, retryDelay: () => 5 });
    const b = new Outbox<Visit>({ name: 'race', storage, send, retryDelay: () => 5 });
    await a.enqueue({ token: 't3' });
    void a.flush();
    void b.flush();
    window.dispatchEvent(new Event('online'));
    void a.flush();
    await until(() => a.pending === 0);
    expect(overlaps).to.equal(0);
    expect(calls).to.equal(4);
    a.stop();
    b.stop();
  });

  it('sends what is pending as soon as the browser says it is online again', async () => {
    let up = false;
    const sent: string[] = [];
    const outbox = new Outbox<Visit>({
      name: 'online',
      storage: memoryStorage(),
      retryDelay: () => 60_000, // no timer would retry within this test: only the online event can
      send: async (_item, key) => {
        if (!up) return 'retry';
        sent.push(key);
        return 'ok';
      },
    });
    const key = await outbox.enqueue({ token: 't4' });
    await outbox.flush();
    expect(outbox.pending).to.equal(1);
    up = true;
    window.dispatchEvent(new Event('online'));
    await until(() => outbox.pending === 0);
    expect(sent).to.deep.equal([key]);
    outbox.stop();
  });

  it('still delivers when storage refuses to write (full, or private mode)', async () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const sent: Visit[] = [];
    const outbox = new Outbox<Visit>({ name: 'full', storage, send: async (item) => (sent.push(item), 'ok') });
    await outbox.enqueue({ token: 't5' });
    await until(() => outbox.pending === 0);
    expect(sent).to.deep.equal([{ token: 't5' }]);
    outbox.stop();
  });

  it('drops an item the server refuses for good and says so with a rejected event', async () => {
    const storage = memoryStorage();
    const outbox = new Outbox<Visit>({ name: 'reject', storage, send: async () => 'reject' });
    const rejected: Visit[] = [];
    outbox.addEventListener('rejected', (e) => rejected.push(e.detail.item));
    await outbox.enqueue({ token: 'gone' });
    await until(() => outbox.pending === 0);
    expect(rejected).to.deep.equal([{ token: 'gone' }]);
  });

  it("passes the server's reason for a refusal on with the rejected event, and drops the item all the same", async () => {
    const storage = memoryStorage();
    let calls = 0;
    const outbox = new Outbox<Visit>({
      name: 'refused',
      storage,
      retryDelay: () => 5,
      send: async (item) => ((calls += 1), item.token === 'closed' ? { outcome: 'reject', code: 'EVENT_CLOSED' } : 'reject'),
    });
    const rejected: { key: string; item: Visit; code?: string }[] = [];
    outbox.addEventListener('rejected', (e) => rejected.push(e.detail));
    const closedKey = await outbox.enqueue({ token: 'closed' });
    const plainKey = await outbox.enqueue({ token: 'plain' });
    await until(() => rejected.length === 2);
    await outbox.flush();
    expect(rejected).to.deep.equal([
      { key: closedKey, item: { token: 'closed' }, code: 'EVENT_CLOSED' },
      { key: plainKey, item: { token: 'plain' } },
    ]);
    expect(calls, 'each tried once, never again').to.equal(2);
    expect(storage.map.get('markt.outbox.refused')).to.equal('[]');
    outbox.stop();
  });

  it('over HTTP (against the /__test__/ stand-in API): 503s are retried and the visit is recorded once', async () => {
    const api = new ApiClient({ baseUrl: '/__test__/api' });
    await api.post('/reset', {});
    await api.post('/fail-next', { count: 2 });
    const outbox = new Outbox<{ token: string; deviceId: string }>({
      name: 'http',
      storage: memoryStorage(),
      retryDelay: () => 20,
      send: (v, key) => api.deliver(`/stand/${v.token}/visits`, { deviceId: v.deviceId, idempotencyKey: key }),
    });
    const key = await outbox.enqueue({ token: 'stand-7', deviceId: 'device-abcdefghijklmnop' });
    await until(() => outbox.pending === 0);
    // Sending the same key again (a resend after a lost answer) still leaves one visit.
    expect(await api.deliver('/stand/stand-7/visits', { deviceId: 'device-abcdefghijklmnop', idempotencyKey: key })).to.equal('ok');
    const log = await api.get<{ attempts: number; visits: { key: string; token: string }[] }>('/visits');
    expect(log.attempts).to.equal(4);
    expect(log.visits).to.have.length(1);
    expect(log.visits[0]).to.include({ key, token: 'stand-7' });
    outbox.stop();
  });
});

describe('Outbox maximum age (privacy: nothing of a visitor waits on a shared device for ever)', () => {
  const aged = (key: string, item: Visit, ageMs: number) => ({ key, item, attempts: 58, queuedAt: new Date(Date.now() - ageMs).toISOString() });

  it('removes an entry past maxAgeMs from storage without sending it and fires an expired event', async () => {
    const storage = memoryStorage();
    storage.setItem('markt.outbox.aged', JSON.stringify([aged('old-key-0123456789', { token: 'erika' }, 2000), aged('new-key-0123456789', { token: 'fresh' }, 0)]));
    const sent: string[] = [];
    const outbox = new Outbox<Visit>({ name: 'aged', storage, maxAgeMs: 1000, autoStart: false, send: async (_item, key) => (sent.push(key), 'retry') });
    // Even before a pass, an expired entry is no longer counted as pending.
    expect(outbox.entries().map((e) => e.key)).to.deep.equal(['new-key-0123456789']);
    const expired: { key: string; item: Visit }[] = [];
    outbox.addEventListener('expired', (e) => expired.push(e.detail));
    await outbox.flush();
    expect(expired).to.deep.equal([{ key: 'old-key-0123456789', item: { token: 'erika' } }]);
    expect(sent).to.deep.equal(['new-key-0123456789']); // the old one was never tried
    expect(storage.map.get('markt.outbox.aged')).not.to.contain('erika');
    // "Nothing acknowledged is ever lost": the unsent entry within its time stays queued.
    expect(storage.map.get('markt.outbox.aged')).to.contain('new-key-0123456789');
    outbox.stop();
  });

  it('expires an entry while it keeps failing (the network never comes back), with the age computed per entry', async () => {
    const storage = memoryStorage();
    const outbox = new Outbox<Visit>({
      name: 'aging',
      storage,
      retryDelay: () => 20,
      // A function of the entry: here "120 ms after it was queued" for one kind of item, never for the other.
      maxAgeMs: (entry) => (entry.item.token === 'lead' ? 120 : Number.POSITIVE_INFINITY),
      send: async () => 'retry',
    });
    const expired: string[] = [];
    outbox.addEventListener('expired', (e) => expired.push(e.detail.item.token));
    await outbox.enqueue({ token: 'lead' });
    await outbox.enqueue({ token: 'count' });
    await until(() => expired.length === 1);
    expect(expired).to.deep.equal(['lead']);
    expect(outbox.entries().map((e) => e.item.token)).to.deep.equal(['count']);
    expect(storage.map.get('markt.outbox.aging')).not.to.contain('"lead"');
    outbox.stop();
  });

  it('without maxAgeMs keeps an old entry (the default is unchanged)', async () => {
    const storage = memoryStorage();
    storage.setItem('markt.outbox.forever', JSON.stringify([aged('old-key-0123456789', { token: 'old' }, 400 * 86_400_000)]));
    const outbox = new Outbox<Visit>({ name: 'forever', storage, autoStart: false, send: async () => 'retry' });
    await outbox.flush();
    expect(outbox.pending).to.equal(1);
    outbox.stop();
  });
});
