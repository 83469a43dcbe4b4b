/**
 * Exports what coordinators and parties decided about suggested pairs (`match_labels`) as a labelled dataset in the
 * eval/fit format, so the ranker's weights can be fitted on real decisions beside the development set:
 *
 *   DATABASE_URL=postgres://… node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/matching/export-labels.ts out.json
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/matching/fit-ranker.ts data/matching/dev-set.json out.json
 *
 * A pair's latest label decides its grade: an agreement 3, accepted or approved 2; rejected, declined or expired 0
 * (its provider is in the file, so the pair counts as a known bad fit). Only needs with a label are exported, with the
 * providers labelled for them; texts are the current ones. The file holds listings' public texts: keep it private.
 */
import fs from 'node:fs';
import { Client } from 'pg';
import { LabelValue, latestOutcomePerPair } from '../../libs/matching/src/track-record/outcome-model';
import type { DatasetFile } from './offline-features';

const GRADE: Record<LabelValue, number> = {
  agreement: 3,
  accepted: 2,
  approved: 2,
  rejected: 0,
  declined: 0,
  expired: 0,
};

interface LabelRow {
  needId: string;
  providerId: string;
  label: LabelValue;
  createdAt: Date;
}

async function main(out: string | undefined): Promise<number> {
  if (!out) {
    console.error('usage: export-labels.ts <out.json>  (DATABASE_URL names the platform database)');
    return 2;
  }
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const labels = latestOutcomePerPair(
      (
        await db.query<LabelRow>(
          `select need_id as "needId", provider_id as "providerId", label, created_at as "createdAt" from match_labels`,
        )
      ).rows,
    );
    const needIds = [...new Set(labels.map((l) => l.needId))];
    const providerIds = [...new Set(labels.map((l) => l.providerId))];
    const [needs, providers, capabilities, publications] = await Promise.all([
      db.query(
        `select id, title, description, keywords, fields, region_code, cooperation_modes from needs where id = any($1)`,
        [needIds],
      ),
      db.query(
        `select id, kind, name, title, affiliation, region_code, fields, keywords, bio from providers where id = any($1)`,
        [providerIds],
      ),
      db.query(
        `select id, provider_id, title, description, keywords, fields from capabilities where provider_id = any($1) and status = 'published'`,
        [providerIds],
      ),
      db.query(
        `select provider_id, title, abstract, year from publications where provider_id = any($1) order by position`,
        [providerIds],
      ),
    ]);
    const dataset: DatasetFile = {
      name: `labels-${new Date().toISOString().slice(0, 10)}`,
      providers: providers.rows.map((p) => ({
        externalId: p.id,
        kind: p.kind,
        name: p.name,
        title: p.title ?? undefined,
        affiliation: p.affiliation ?? undefined,
        region: p.region_code ?? undefined,
        fields: p.fields,
        keywords: p.keywords,
        bio: p.bio,
        publications: publications.rows
          .filter((x) => x.provider_id === p.id)
          .map((x) => ({ title: x.title, abstract: x.abstract, year: x.year ?? undefined })),
      })),
      capabilities: capabilities.rows.map((c) => ({
        externalId: c.id,
        providerExternalId: c.provider_id,
        title: c.title,
        description: c.description,
        keywords: c.keywords,
        fields: c.fields,
      })),
      needs: needs.rows.map((n) => ({
        externalId: n.id,
        title: n.title,
        description: n.description,
        keywords: n.keywords,
        fields: n.fields,
        region: n.region_code ?? undefined,
        cooperationModes: n.cooperation_modes,
        relevance: Object.fromEntries(
          labels.filter((l) => l.needId === n.id && GRADE[l.label] > 0).map((l) => [l.providerId, GRADE[l.label]]),
        ),
      })),
    };
    fs.writeFileSync(out, `${JSON.stringify(dataset, null, 1)}\n`);
    console.log(
      `${labels.length} labelled pairs: ${dataset.needs.length} needs, ${dataset.providers.length} providers → ${out}`,
    );
    return 0;
  } finally {
    await db.end();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
