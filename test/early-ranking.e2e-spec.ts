import { SearchSyncService } from '@app/search';
import { randomUUID } from 'node:crypto';
import { TestStack } from './support/stack';

/**
 * A need can be ranked as soon as its batch is sent to Meilisearch, before its own document is applied, when no
 * provider or capability change before it is still pending: ranking searches providers only. Drains are run here
 * by hand (no worker), on index changes of records that do not exist (their documents are deleted).
 */
describe('needs ranked before their own documents are applied', () => {
  let stack: TestStack;
  let sync: SearchSyncService;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    sync = stack.api.get(SearchSyncService);
    await sync.drain(); // whatever earlier test files left pending
  });
  afterAll(async () => {
    await stack.stop();
  });

  const change = async (type: 'need' | 'provider' | 'capability', id = randomUUID()) => {
    await stack.db.query('insert into outbox_events (aggregate_type, aggregate_id) values ($1, $2)', [type, id]);
    return id;
  };

  const drainCollectingRankable = async () => {
    const rankable: string[][] = [];
    const indexed: string[][] = [];
    await sync.drain({
      sent: async (needIds) => {
        rankable.push(needIds);
      },
      indexed: async (batch) => {
        indexed.push(batch.indexed.need);
      },
    });
    return { rankable: rankable.flat(), indexed: indexed.flat() };
  };

  it('offers the needs that no pending provider or capability change precedes, and only those', async () => {
    const first = await change('need');
    await change('provider');
    const afterProvider = await change('need');
    const updatedTwice = await change('need');
    await change('capability');
    await change('need', updatedTwice); // its latest change comes after a pending capability change

    const { rankable, indexed } = await drainCollectingRankable();
    expect(rankable).toEqual([first]);
    expect(indexed.sort()).toEqual([first, afterProvider, updatedTwice].sort());
  });

  it('offers every need of a small batch when nothing else is pending', async () => {
    const ids = [await change('need'), await change('need')];
    const { rankable } = await drainCollectingRankable();
    expect(rankable.sort()).toEqual(ids.sort());
  });

  it('leaves the needs of a bulk batch to be ranked once the batch is applied', async () => {
    for (let i = 0; i < 25; i++) await change('need');
    const { rankable, indexed } = await drainCollectingRankable();
    expect(rankable).toEqual([]);
    expect(indexed).toHaveLength(25);
  });
});
