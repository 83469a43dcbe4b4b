import { AuthService, ActorLoader } from '@app/identity';
import { ALL_QUEUES, JobDispatcher } from '@app/queue';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const PATH = '/admin/queues';
const SESSION_MS = 10 * 60 * 1000;

/** Bull Board for platform admins, behind HTTP Basic sign-in with an admin account. */
export function mountQueueDashboard(app: INestApplication): void {
  const jobs = app.get(JobDispatcher);
  const auth = app.get(AuthService);
  const actors = app.get(ActorLoader);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(PATH);
  createBullBoard({ queues: ALL_QUEUES.map((q) => new BullMQAdapter(jobs.queue(q))), serverAdapter });

  const admitted = new Map<string, number>();
  const challenge = (res: Response) => res.status(401).setHeader('WWW-Authenticate', 'Basic realm="queues"').send('Admin sign-in required');
  const guard = async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Basic ')) return challenge(res);
    const key = createHash('sha256').update(header).digest('hex');
    if ((admitted.get(key) ?? 0) > Date.now()) return next();
    const [account, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    try {
      const { user } = await auth.login(account, rest.join(':'));
      const actor = await actors.load(user.id);
      if (!actor?.isAdmin) return res.status(403).send('Admins only');
      admitted.set(key, Date.now() + SESSION_MS);
      return next();
    } catch {
      return challenge(res);
    }
  };
  app.use(PATH, guard, serverAdapter.getRouter());
}
