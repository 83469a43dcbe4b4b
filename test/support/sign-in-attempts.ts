import { RedisStore } from '@app/queue';
import { TestStack } from './stack';

/**
 * Forgets every sign-in attempt counted for this run. The tests sign in from one address (127.0.0.1), so a file that
 * counts attempts per address starts from a clean slate, and one that fails many sign-ins leaves none behind.
 */
export async function forgetSignInAttempts(stack: TestStack | undefined): Promise<void> {
  if (!stack) return;
  const client = stack.api.get(RedisStore).client;
  if (client.status !== 'ready') await new Promise((ready) => client.once('ready', ready));
  const prefix = client.options.keyPrefix ?? '';
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}login:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) await client.del(...keys.map((key) => key.slice(prefix.length)));
  } while (cursor !== '0');
}
