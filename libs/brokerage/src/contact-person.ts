import { IdentityReads } from '@app/identity';
import { DomainError } from '@app/common';
import { EntityManager } from 'typeorm';
import type { EngagementContext } from './engagement-context';
import type { Side } from './engagement-pipeline';

/** Who to call about an introduction, for one side: a named person with a role, and at least a phone or an e-mail. */
export interface ContactPerson {
  name: string | null;
  role: string | null;
  phone: string | null;
  email: string | null;
}

const blank = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);

export function reachable(c: Pick<ContactPerson, 'phone' | 'email'> | null | undefined): boolean {
  return !!c && !!(blank(c.phone) || blank(c.email));
}

/** The named fields over the fallback, field by field (an empty field keeps the fallback's value). */
export function mergeContact(named: Partial<ContactPerson> | undefined, fallback: ContactPerson): ContactPerson {
  return {
    name: blank(named?.name) ?? fallback.name,
    role: blank(named?.role) ?? fallback.role,
    phone: blank(named?.phone) ?? fallback.phone,
    email: blank(named?.email) ?? fallback.email,
  };
}

interface UserRow {
  displayName: string;
  email: string | null;
  mobile: string | null;
}

async function user(m: EntityManager, id: string | null): Promise<UserRow | null> {
  if (!id) return null;
  return IdentityReads.userContact(m, id);
}

/**
 * What a side's contact person is when it names nobody: for the provider, its profile's contact details (an expert
 * is its own contact person) and else the account that answers; for the enterprise, the member that answers.
 */
export async function defaultContact(
  m: EntityManager,
  ctx: EngagementContext,
  side: Side,
  responderId: string | null,
): Promise<ContactPerson> {
  const responder = await user(m, responderId);
  if (side === 'enterprise') {
    return {
      name: responder?.displayName ?? null,
      role: null,
      phone: blank(responder?.mobile),
      email: blank(responder?.email),
    };
  }
  const p = ctx.provider;
  const own = p.kind === 'expert' ? await user(m, p.userId) : null;
  const person = p.kind === 'expert' ? p.name : (responder?.displayName ?? null);
  const role = p.kind === 'expert' ? p.title : null;
  if (reachable({ phone: p.contactPhone, email: p.contactEmail }))
    return { name: person, role, phone: blank(p.contactPhone), email: blank(p.contactEmail) };
  const account = own ?? responder;
  return { name: person, role, phone: blank(account?.mobile), email: blank(account?.email) };
}

/** A provider can be introduced only when someone can reach it: contact details on its profile, or an account behind it. */
export async function assertProviderReachable(
  m: EntityManager,
  provider: EngagementContext['provider'],
): Promise<void> {
  if (reachable({ phone: provider.contactPhone, email: provider.contactEmail }) || provider.userId) return;
  if (provider.organizationId) {
    if (await IdentityReads.hasMembers(m, provider.organizationId)) return;
  }
  throw new DomainError('PROVIDER_UNREACHABLE', { name: provider.name }, [], { providerId: provider.id });
}

export function assertReachable(contact: ContactPerson): void {
  if (!reachable(contact)) throw DomainError.validation([{ field: 'contact.phone', constraint: 'contactRequired' }]);
}
