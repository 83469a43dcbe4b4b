import { Role } from './types';

/** Shorthands for the usual rows of the matrix. "Owner" is the member of the record's organisation. */
export const everyone = (status: number): Record<Role, number> => ({
  anonymous: status,
  member: status,
  otherMember: status,
  coordinator: status,
  foreignCoordinator: status,
  admin: status,
});

export const signedIn = (status: number): Record<Role, number> => ({ ...everyone(status), anonymous: 401 });

export const ownerAndAdmin = (status: number): Record<Role, number> => ({
  anonymous: 401,
  member: status,
  otherMember: 403,
  coordinator: 403,
  foreignCoordinator: 403,
  admin: status,
});

export const ownerCoordinatorInChargeAndAdmin = (status: number): Record<Role, number> => ({
  anonymous: 401,
  member: status,
  otherMember: 403,
  coordinator: status,
  foreignCoordinator: 403,
  admin: status,
});

export const coordinatorInChargeAndAdmin = (status: number): Record<Role, number> => ({
  anonymous: 401,
  member: 403,
  otherMember: 403,
  coordinator: status,
  foreignCoordinator: 403,
  admin: status,
});

export const anyCoordinator = (status: number): Record<Role, number> => ({
  anonymous: 401,
  member: 403,
  otherMember: 403,
  coordinator: status,
  foreignCoordinator: status,
  admin: status,
});

export const adminsOnly = (status: number): Record<Role, number> => ({
  anonymous: 401,
  member: 403,
  otherMember: 403,
  coordinator: 403,
  foreignCoordinator: 403,
  admin: status,
});
