import { SetMetadata } from '@nestjs/common';

/**
 * Who may call an endpoint. Every handler must declare one; the guard refuses handlers that do not.
 * - public: anyone, signed in or not (the actor is attached when a token is sent)
 * - user: any signed-in user; record-level checks happen in the service
 * - coordinator: members of an association (科协), or admins
 * - admin: platform admins
 */
export type AccessLevel = 'public' | 'user' | 'coordinator' | 'admin';
export const ACCESS_KEY = 'access-level';
export const Access = (level: AccessLevel) => SetMetadata(ACCESS_KEY, level);
