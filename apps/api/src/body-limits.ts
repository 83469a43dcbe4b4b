import { DomainError } from '@app/common';
import { ActorLoader, AuthService, isCoordinator } from '@app/identity';
import { NestExpressApplication } from '@nestjs/platform-express';
import { json, NextFunction, Request, Response, urlencoded } from 'express';

/**
 * How much JSON a request may send, decided before it is read: the API's heap is small, and a body is parsed before
 * any guard runs. Anonymous callers get the default; a valid access token earns room for the longest listing or
 * profile the API accepts (20 000-character texts written in Chinese, sent \u-escaped by some clients); only
 * coordinators and admins sending to /import get room for bulk imports.
 */
export const BODY_LIMITS = { anonymous: '100kb', signedIn: '1mb', importer: '30mb' } as const;
type Tier = keyof typeof BODY_LIMITS;

const IMPORT_PATH = /^\/api\/v1\/import\//;

/** A body that is not a JSON object or array answers like any other bad field. */
function unparsable(err: unknown): unknown {
  if ((err as { type?: string } | undefined)?.type !== 'entity.parse.failed') return err;
  return DomainError.validation([{ field: '(body)', constraint: 'isJsonObject' }]);
}

export function mountBodyParsers(app: NestExpressApplication): void {
  const auth = app.get(AuthService);
  const actors = app.get(ActorLoader);
  const parsers: Record<Tier, ReturnType<typeof json>> = {
    anonymous: json({ limit: BODY_LIMITS.anonymous }),
    signedIn: json({ limit: BODY_LIMITS.signedIn }),
    importer: json({ limit: BODY_LIMITS.importer }),
  };

  const tierOf = async (req: Request): Promise<Tier> => {
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) return 'anonymous';
    let token: ReturnType<AuthService['verifyAccessToken']>;
    try {
      token = auth.verifyAccessToken(header.slice(7).trim());
    } catch {
      return 'anonymous'; // the guard answers 401 for the bad token once the small body is read
    }
    if (!IMPORT_PATH.test(req.path)) return 'signedIn';
    return isCoordinator(await actors.load(token.sub, token.session)) ? 'importer' : 'signedIn';
  };

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!req.headers['content-type']) return next();
    tierOf(req).then((tier) => parsers[tier](req, res, (err?: unknown) => next(unparsable(err))), next);
  });
  app.use(urlencoded({ extended: false, limit: BODY_LIMITS.anonymous }));
}
