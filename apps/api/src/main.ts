import 'reflect-metadata';
import { assertServersReachable } from '@app/common';
import { validateEnvironment } from '@app/config';
import { runPlatformMigrations } from '@app/platform';
import { createApp } from './create-app';
import { seedDemoData } from './demo/seed-demo';

/** `main.js` serves HTTP; `main.js migrate` applies migrations; `main.js seed` loads the demo data (idempotent). */
async function main() {
  const env = validateEnvironment(process.env);
  await assertServersReachable(env);
  const command = process.argv[2] ?? 'serve';
  if (command === 'migrate') {
    const applied = await runPlatformMigrations(env.DATABASE_URL);
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date');
    return;
  }
  if (command === 'seed') {
    await seedDemoData();
    return;
  }
  await runPlatformMigrations(env.DATABASE_URL);
  const app = await createApp();
  await app.listen(env.PORT, '0.0.0.0');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
