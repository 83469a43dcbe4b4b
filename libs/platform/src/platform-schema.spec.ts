import { migrationTimestamp } from '@app/database';
import { getMetadataArgsStorage } from 'typeorm';
import { platformSchema } from './platform-schema';

describe('platformSchema', () => {
  it('maps every entity a module declares', () => {
    const declared = new Set(getMetadataArgsStorage().tables.map((t) => t.target));
    expect(new Set(platformSchema.entities)).toEqual(declared);
  });

  it('lists the migrations in timestamp order, the order deployed databases recorded them in', () => {
    const stamps = platformSchema.migrations.map(migrationTimestamp);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(platformSchema.migrations[0].name).toBe('Initial1795433366908');
  });
});
