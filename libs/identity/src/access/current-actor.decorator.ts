import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { RequestWithActor } from './access.guard';

/** The signed-in actor (null on public endpoints called without a token). */
export const CurrentActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<RequestWithActor>().actor ?? null,
);
