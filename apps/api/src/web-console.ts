import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where `npx vite build apps/web` writes the console; WEB_DIST_DIR points elsewhere. */
export const webDistDir = () => path.resolve(process.env.WEB_DIST_DIR ?? path.join(process.cwd(), 'apps/web/dist'));

/**
 * Serves the built web console at `/` from the API's own origin (no CORS): hashed assets cached for a year,
 * and index.html for every other GET outside /api and /admin so that the console's routes survive a reload.
 * Does nothing when the console has not been built.
 */
export function mountWebConsole(app: NestExpressApplication): void {
  const dir = webDistDir();
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use('/assets', compression()); // the console's scripts travel gzip-compressed (first load)
  app.useStaticAssets(path.join(dir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d' });
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (/^\/(api|admin|assets)(\/|$)/.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
