/**
 * Whether an error means PostgreSQL could not be reached or is restarting (rather than a bad query): the request
 * failed as a whole, its transaction never committed, and the same request will succeed once the server is back.
 */
const UNREACHABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);
/** SQLSTATE: connection exceptions (08…), shutdown or start-up in progress (57P01–57P03), too many connections. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
/**
 * "Release called on client …" is pg-pool's answer when TypeORM hands back a client that its connection-error handler
 * already gave back: it replaces the transaction's own error when the server goes away under it.
 */
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Release called on client which has already been released to the pool|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/**
 * TypeORM releases a query runner whose connection the server closed; the transaction that still held it then fails
 * with one of these on its next statement (or its commit), which is how a restart mid-transaction shows: the first
 * from the runner's own methods, the second from `manager.query` on the transaction's entity manager.
 */
const RELEASED_RUNNER = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as
        { name?: unknown; code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined,
      depth = 0;
    e && depth < 4;
    depth++
  ) {
    if (typeof e.name === 'string' && RELEASED_RUNNER.has(e.name)) return true;
    if (typeof e.code === 'string' && (UNREACHABLE_NODE_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code)))
      return true;
    if (typeof e.message === 'string' && UNREACHABLE_MESSAGES.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

/** SQLSTATE: deadlock, serialization failure, lock not available. The same work succeeds when tried again. */
const CONTENTION_SQLSTATE = new Set(['40P01', '40001', '55P03']);

/** An error that says nothing about the work itself: the server was away or two transactions collided. */
export function isTransientDatabaseError(err: unknown): boolean {
  if (isDatabaseUnavailable(err)) return true;
  for (
    let e = err as { code?: unknown; driverError?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth++, e = e.driverError as typeof e
  ) {
    if (typeof e.code === 'string' && CONTENTION_SQLSTATE.has(e.code)) return true;
  }
  return false;
}
