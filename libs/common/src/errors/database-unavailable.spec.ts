import { isDatabaseUnavailable, isTransientDatabaseError } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it('recognises a server that cannot be reached, is restarting, or cut the connection', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({
        name: 'QueryFailedError',
        message: 'x',
        driverError: { code: '57P01', message: 'terminating connection due to administrator command' },
      }),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    // node-postgres, for a query on a pooled client whose connection the server just closed.
    expect(isDatabaseUnavailable(new Error('Client was closed and is not queryable'))).toBe(true);
    // pg-pool, when a client whose connection broke is released a second time (after the connection's error event).
    expect(
      isDatabaseUnavailable(new Error('Release called on client which has already been released to the pool.')),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), {
          name: 'QueryRunnerAlreadyReleasedError',
        }),
      ),
    ).toBe(true);
    // A transaction's entity manager queried after its runner was released (seen in the PostgreSQL restart test).
    expect(
      isDatabaseUnavailable(
        Object.assign(
          new Error(
            'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.',
          ),
          { name: 'QueryRunnerProviderAlreadyReleasedError' },
        ),
      ),
    ).toBe(true);
  });

  it('leaves bad queries and other errors alone (they stay 500 or their own code)', () => {
    expect(
      isDatabaseUnavailable({
        name: 'QueryFailedError',
        message: 'duplicate key',
        code: '23505',
        driverError: { code: '23505' },
      }),
    ).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe('isTransientDatabaseError', () => {
  it('adds deadlocks and serialization failures to an unavailable server, and nothing else', () => {
    expect(
      isTransientDatabaseError({
        name: 'QueryFailedError',
        message: 'deadlock detected',
        code: '40P01',
        driverError: { code: '40P01' },
      }),
    ).toBe(true);
    expect(isTransientDatabaseError({ message: 'could not serialize access', code: '40001' })).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientDatabaseError({ message: 'duplicate key', code: '23505' })).toBe(false);
    expect(isTransientDatabaseError(new Error('no handler for reminder kind x'))).toBe(false);
  });
});
