import { IdentityReads } from '@app/identity';
import { regionAncestorCodes } from '@app/reference';
import { EntityManager } from 'typeorm';

export interface StaffedAssociation {
  id: string;
  name: string;
  jurisdictionRegionCode: string;
}

export interface Coordinator {
  userId: string;
  displayName: string;
}

/**
 * Associations and their coordinators, read once per request: which association is in charge of a region (the most
 * local one whose jurisdiction contains it; among several on one region, the oldest, as JurisdictionDirectory decides)
 * and who serves it (members in the order they joined; the first is the default assignee).
 */
export class Staffing {
  private constructor(
    private readonly associations: StaffedAssociation[],
    private readonly byRegion: Map<string, StaffedAssociation>,
    private readonly byId: Map<string, StaffedAssociation>,
    private readonly members: Map<string, Coordinator[]>,
  ) {}

  static async load(m: EntityManager): Promise<Staffing> {
    const associations: StaffedAssociation[] = await IdentityReads.associationsWithJurisdiction(m);
    const byRegion = new Map<string, StaffedAssociation>();
    for (const a of associations)
      if (!byRegion.has(a.jurisdictionRegionCode)) byRegion.set(a.jurisdictionRegionCode, a);
    const rows = await IdentityReads.membersWithNames(
      m,
      associations.map((a) => a.id),
    );
    const members = new Map<string, Coordinator[]>();
    for (const r of rows)
      members.set(r.organizationId, [
        ...(members.get(r.organizationId) ?? []),
        { userId: r.userId, displayName: r.displayName },
      ]);
    return new Staffing(associations, byRegion, new Map(associations.map((a) => [a.id, a])), members);
  }

  inCharge(regionCode: string | null): StaffedAssociation | null {
    for (const code of regionCode ? regionAncestorCodes(regionCode) : []) {
      const found = this.byRegion.get(code);
      if (found) return found;
    }
    return null;
  }

  /** Every association whose jurisdiction is exactly this region, oldest first. */
  allOn(regionCode: string): StaffedAssociation[] {
    return this.associations.filter((a) => a.jurisdictionRegionCode === regionCode);
  }

  association(id: string): StaffedAssociation | null {
    return this.byId.get(id) ?? null;
  }

  coordinatorsOf(associationId: string): Coordinator[] {
    return this.members.get(associationId) ?? [];
  }

  serves(associationId: string, userId: string): boolean {
    return this.coordinatorsOf(associationId).some((c) => c.userId === userId);
  }
}
