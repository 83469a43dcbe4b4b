import 'reflect-metadata';
import { seedDemoData } from './seed-demo';

describe('seedDemoData (issue 17)', () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET };
  afterEach(() => {
    Object.assign(process.env, saved);
    if (!saved.JWT_SECRET) delete process.env.JWT_SECRET;
  });

  it('refuses to run in production, before it connects to anything', async () => {
    Object.assign(process.env, { NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(48) });
    await expect(seedDemoData()).rejects.toThrow(/Refusing to load the demo data with NODE_ENV=production/);
  });
});
