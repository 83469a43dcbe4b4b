import { AuthService, ActorLoader, User } from '@app/identity';
import { ALL_QUEUES, JobDispatcher } from '@app/queue';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const PATH = '/admin/queues';
const SESSION_MS = 10 * 60 * 1000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Bull Board for platform admins, behind HTTP Basic sign-in with an admin account. */
export function mountQueueDashboard(app: INestApplication): void {
  const jobs = app.get(JobDispatcher);
  const auth = app.get(AuthService);
  const actors = app.get(ActorLoader);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(PATH);
  createBullBoard({ queues: ALL_QUEUES.map((q) => new BullMQAdapter(jobs.queue(q))), serverAdapter });

  const db = app.get<DataSource>(getDataSourceToken());
  // A remembered sign-in holds while the account is still an admin with the same password (checked on every request).
  const admitted = new Map<string, { userId: string; stamp: string; expiresAt: number }>();
  const currentStamp = async (userId: string): Promise<string | null> => {
    const user = await db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOne();
    return user?.isPlatformAdmin ? sha256(user.passwordHash) : null;
  };
  const challenge = (res: Response) =>
    res.status(401).setHeader('WWW-Authenticate', 'Basic realm="queues"').send('Admin sign-in required');
  const guard = async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Basic ')) return challenge(res);
    const key = sha256(header);
    const remembered = admitted.get(key);
    if (remembered && remembered.expiresAt > Date.now() && (await currentStamp(remembered.userId)) === remembered.stamp)
      return next();
    admitted.delete(key);
    const [account, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    try {
      const { user } = await auth.login(account, rest.join(':'), { address: req.ip ?? 'unknown' });
      const actor = await actors.load(user.id);
      const stamp = await currentStamp(user.id);
      if (!actor?.isAdmin || !stamp) return res.status(403).send('Admins only');
      admitted.set(key, { userId: user.id, stamp, expiresAt: Date.now() + SESSION_MS });
      return next();
    } catch {
      return challenge(res);
    }
  };
  app.use(PATH, guard, serverAdapter.getRouter());
}
