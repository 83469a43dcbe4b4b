import { composeSchema, migrationTimestamp } from './database-schema';

/** A migration that does nothing: only its class name matters here. */
class Noop {
  up(): Promise<void> {
    return Promise.resolve();
  }
  down(): Promise<void> {
    return Promise.resolve();
  }
}
class Later1795500000000 extends Noop {}
class Earlier1795400000000 extends Noop {}
class AlsoLater1795500000000 extends Noop {}
class NoTimestamp extends Noop {}
class Thing {}

describe('composeSchema', () => {
  it('orders migrations by timestamp, whichever module lists them', () => {
    const schema = composeSchema([
      { migrations: [Later1795500000000] },
      { entities: [Thing], migrations: [Earlier1795400000000] },
    ]);
    expect(schema.migrations).toEqual([Earlier1795400000000, Later1795500000000]);
    expect(schema.entities).toEqual([Thing]);
  });

  it('refuses a timestamp or an entity listed twice', () => {
    expect(() =>
      composeSchema([{ migrations: [Later1795500000000] }, { migrations: [AlsoLater1795500000000] }]),
    ).toThrow('1795500000000');
    expect(() => composeSchema([{ entities: [Thing] }, { entities: [Thing] }])).toThrow('Thing');
  });

  it('refuses a migration whose name does not end with its timestamp', () => {
    expect(() => migrationTimestamp(NoTimestamp)).toThrow('NoTimestamp');
  });
});
