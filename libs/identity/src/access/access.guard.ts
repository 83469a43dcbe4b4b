import { DomainError } from '@app/common';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthService } from '../auth/auth.service';
import { ACCESS_KEY, AccessLevel } from './access.decorator';
import { Actor, isCoordinator } from './actor';
import { AccessSession, ActorLoader } from './actor-loader.service';

export type RequestWithActor = Request & { actor?: Actor | null; id?: string; session?: AccessSession };

/** Global guard: authenticates the bearer token and enforces the handler's declared access level. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!level) throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no @Access level`);
    const req = context.switchToHttp().getRequest<RequestWithActor>();
    req.actor = await this.authenticate(req, level !== 'public');
    if (level === 'public' || level === 'user') return true;
    if (level === 'coordinator' && isCoordinator(req.actor)) return true;
    if (level === 'admin' && req.actor?.isAdmin) return true;
    throw DomainError.forbidden();
  }

  private async authenticate(req: RequestWithActor, required: boolean): Promise<Actor | null> {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) {
      if (required) throw new DomainError('UNAUTHENTICATED');
      return null;
    }
    const { sub, session } = this.auth.verifyAccessToken(token);
    const actor = await this.actors.load(sub, session);
    if (!actor) throw new DomainError('TOKEN_INVALID');
    req.session = session;
    return actor;
  }
}
