import { Workbook } from 'exceljs';
import { TestStack } from './support/stack';

/**
 * The association's funnel against a fixture whose totals are known: needs, reviews (audit log), matches and
 * engagements written row by row in 梅州 (a city no other test touches), in March 2026 China time, plus rows that
 * must stay out (a draft, a need of February, a need of another city).
 */
describe('reports: the funnel of an association, by period and sub-region', () => {
  let stack: TestStack;
  const tag = `r${Date.now().toString(36)}`;
  const t = { coordinator: '', province: '', foreign: '', member: '' };
  let associationId = '';
  let provinceAssociationId = '';
  const need: Record<string, string> = {};
  const provider: Record<string, string> = {};
  const march = 'from=2026-03-01&to=2026-03-31';
  const at = (local: string) => `2026-${local}:00+08:00`; // "03-02T10:00" in Shanghai

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    const coordinator = await stack.coordinator(`coord-${tag}@reports.test`, `${tag} 梅州市科协`, '441400');
    associationId = coordinator.organization!.id;
    t.coordinator = coordinator.token;
    const province = await stack.coordinator(`province-${tag}@reports.test`, `${tag} 广东省科协`, '440000');
    t.province = province.token;
    provinceAssociationId = province.organization!.id;
    t.foreign = (await stack.coordinator(`foreign-${tag}@reports.test`, `${tag} 汕尾市科协`, '441500')).token;
    const member = await stack.user(`member-${tag}@reports.test`, {
      organization: { type: 'enterprise', name: `${tag} 梅州企业`, regionCode: '441402' },
    });
    t.member = member.token;
    await writeFixture(member.organization!.id);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function insertNeed(
    key: string,
    orgId: string,
    row: { region: string; fields: string[]; status: string; created: string; submitted?: string; published?: string },
  ) {
    const [{ id }] = await stack.db.query(
      `insert into needs (organization_id, status, title, region_code, fields, created_at, submitted_at, published_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [
        orgId,
        row.status,
        `${tag} ${key}`,
        row.region,
        row.fields,
        at(row.created),
        row.submitted ? at(row.submitted) : null,
        row.published ? at(row.published) : null,
      ],
    );
    need[key] = id;
  }

  async function review(key: string, action: 'need.submit' | 'need.approve' | 'need.return', when: string) {
    await stack.db.query(
      `insert into audit_entries (action, target_type, target_id, created_at) values ($1, 'need', $2, $3)`,
      [action, need[key], at(when)],
    );
  }

  async function insertProvider(key: string, region: string, fields: string[]) {
    const [{ id }] = await stack.db.query(
      `insert into providers (kind, name, region_code, fields) values ('expert', $1, $2, $3) returning id`,
      [`${tag} ${key}`, region, fields],
    );
    provider[key] = id;
  }

  async function match(needKey: string, providerKey: string, score: number) {
    await stack.db.query(
      `insert into matches (need_id, provider_id, score, reasons, algorithm_version, need_revision, provider_revision) values ($1, $2, $3, '{}', 'report-fixture', 1, 1)`,
      [need[needKey], provider[providerKey], score],
    );
  }

  async function engagement(
    needKey: string,
    providerKey: string,
    row: {
      status: string;
      introduced: string;
      revealed?: string;
      meeting?: string;
      signed?: string;
      value?: number;
      declined?: string;
    },
  ): Promise<string> {
    const [inserted] = await stack.db.query(
      `insert into engagements (need_id, provider_id, status, origin, introduced_at, revealed_at, meeting_at, signed_at, contract_value,
                                decline_reason_code, declined_by_side, provider_response, enterprise_response, status_changed_at)
       values ($1, $2, $3, 'match', $4, $5, $6, $7, $8, $9, $10, $11, $12, $4) returning id`,
      [
        need[needKey],
        provider[providerKey],
        row.status,
        at(row.introduced),
        row.revealed ? at(row.revealed) : null,
        row.meeting ? at(row.meeting) : null,
        row.signed ? at(row.signed) : null,
        row.value ?? null,
        row.declined ?? null,
        row.declined ? 'provider' : null,
        row.declined ? 'declined' : row.revealed ? 'accepted' : 'pending',
        row.revealed ? 'accepted' : 'pending',
      ],
    );
    return inserted.id;
  }

  /** Five needs posted in March in 梅江区 (441402) and 梅县区 (441403); N6–N8 must not count. */
  async function writeFixture(orgId: string) {
    const battery = ['materials.battery'];
    await insertNeed('N1', orgId, {
      region: '441402',
      fields: battery,
      status: 'published',
      created: '03-02T09:00',
      submitted: '03-02T10:00',
      published: '03-02T14:00',
    });
    await insertNeed('N2', orgId, {
      region: '441402',
      fields: [...battery, 'electronics.semiconductors'],
      status: 'published',
      created: '03-05T08:00',
      submitted: '03-05T09:00',
      published: '03-06T09:00',
    });
    await insertNeed('N3', orgId, {
      region: '441403',
      fields: ['agriculture.tea'],
      status: 'published',
      created: '03-10T09:00',
      published: '03-10T09:00',
    }); // imported
    await insertNeed('N4', orgId, {
      region: '441403',
      fields: ['agriculture.tea'],
      status: 'published',
      created: '03-12T07:00',
      submitted: '03-12T08:00',
      published: '03-12T16:00',
    });
    await insertNeed('N5', orgId, {
      region: '441403',
      fields: ['agriculture.tea'],
      status: 'submitted',
      created: '03-15T07:00',
      submitted: '03-15T08:00',
    });
    await insertNeed('N6', orgId, { region: '441402', fields: battery, status: 'draft', created: '03-16T07:00' });
    await insertNeed('N7', orgId, {
      region: '441402',
      fields: battery,
      status: 'published',
      created: '02-20T07:00',
      submitted: '02-20T08:00',
      published: '02-21T08:00',
    });
    await insertNeed('N8', orgId, {
      region: '441502',
      fields: battery,
      status: 'published',
      created: '03-20T07:00',
      published: '03-20T07:00',
    });
    await review('N1', 'need.submit', '03-02T10:00');
    await review('N1', 'need.approve', '03-02T14:00'); // 4 h
    await review('N2', 'need.submit', '03-05T09:00');
    await review('N2', 'need.return', '03-05T11:00'); // 2 h to the first decision
    await review('N2', 'need.submit', '03-05T15:00');
    await review('N2', 'need.approve', '03-06T09:00');
    await review('N4', 'need.submit', '03-12T08:00');
    await review('N4', 'need.approve', '03-12T16:00'); // 8 h
    await review('N5', 'need.submit', '03-15T08:00');
    await insertProvider('P1', '441402', battery);
    await insertProvider('P2', '441403', [...battery, 'agriculture.tea']);
    await insertProvider('P3', '441502', battery); // 汕尾: not 梅州's supply
    await match('N1', 'P1', 80);
    await match('N2', 'P1', 60);
    await match('N3', 'P2', 30); // weak: N3 counts as unserved
    await match('N8', 'P3', 90);
    const signed = await engagement('N1', 'P1', {
      status: 'completed',
      introduced: '03-03T10:00',
      revealed: '03-05T14:00',
      meeting: '03-10T10:00',
      signed: '03-20T10:00',
      value: 500000,
    }); // 72 h after publication
    await engagement('N2', 'P1', {
      status: 'agreement_signed',
      introduced: '03-06T10:00',
      revealed: '03-07T09:00',
      meeting: '03-09T10:00',
      signed: '03-25T10:00',
      value: 300000,
    }); // 24 h
    await engagement('N2', 'P2', { status: 'closed', introduced: '03-06T10:00', declined: 'no_capacity' });
    await engagement('N3', 'P2', { status: 'closed', introduced: '03-11T10:00', declined: 'not_my_field' });
    await engagement('N8', 'P3', { status: 'accepted', introduced: '03-21T10:00', revealed: '03-22T10:00' });
    // An academician workstation hosted by the enterprise: P1 is its own profile, P2 an expert in station.
    const [station] = await stack.db.query(
      `insert into organizations (type, name, region_code, workstation_kind, host_organization_id) values ('workstation', $1, '441402', 'academician', $2) returning id`,
      [`${tag} 梅州电池材料院士专家工作站`, orgId],
    );
    await stack.db.query(`update providers set organization_id = $1 where id = $2`, [station.id, provider.P1]);
    await stack.db.query(`insert into workstation_experts (workstation_id, provider_id) values ($1, $2)`, [
      station.id,
      provider.P2,
    ]);
    await stack.db.query(
      `insert into reminders (kind, subject_type, subject_id, due_at, status, dedupe_key, processed_at) values ('agreement.followup', 'engagement', $1, $2, 'sent', $3, $2)`,
      [signed, at('04-19T10:00'), `${tag}-followup`],
    );
  }

  const get = (who: keyof typeof t, path: string, lang = 'zh-CN') =>
    stack.http.get(path).set('Accept-Language', lang).auth(t[who], { type: 'bearer' });
  const funnelPath = (query = march) => `/api/v1/reports/associations/${associationId}/funnel?${query}`;

  it('counts the needs of the period at each step, with conversions, review times and time to first acceptance', async () => {
    const res = await get('coordinator', funnelPath());
    expect(res.status).toBe(200);
    const report = res.body;
    expect(report.region).toEqual({ code: '441400', name: '广东省梅州市', count: 5 });
    expect(report.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(report.totals).toEqual({
      posted: 5,
      reviewed: 4,
      published: 4,
      matched: 2,
      introduced: 3,
      acceptedByBoth: 2,
      meeting: 2,
      agreementSigned: 2,
      completed: 1,
    });
    expect(report.agreements).toBe(2);
    expect(report.contractValue).toBe(800000);
    expect(report.conversions.map((c: { rate: number | null }) => c.rate)).toEqual([
      0.8, 1, 0.5, 1.5, 0.6667, 1, 1, 0.5,
    ]);
    expect(report.reviewTime).toEqual({ medianSeconds: 4 * 3600, p90Seconds: 7.2 * 3600, count: 3 });
    expect(report.publicationToFirstAcceptance).toEqual({
      medianSeconds: 48 * 3600,
      p90Seconds: 67.2 * 3600,
      count: 2,
    });
    expect(report.declinesByReason).toEqual([
      { reasonCode: 'not_my_field', count: 1 },
      { reasonCode: 'no_capacity', count: 1 },
      { reasonCode: 'terms', count: 0 },
      { reasonCode: 'already_solved', count: 0 },
      { reasonCode: 'other', count: 0 },
    ]);
  });

  it('breaks the figures down by county, and names the top fields, regions and the fields without strong supply', async () => {
    const report = (await get('coordinator', funnelPath())).body;
    const county = (code: string) => report.regions.find((r: { code: string }) => r.code === code);
    expect(report.regions.map((r: { code: string }) => r.code)).toEqual(['441402', '441403']);
    expect(county('441402')).toEqual({
      code: '441402',
      name: '梅江区',
      level: 'county',
      parentCode: '441400',
      posted: 2,
      reviewed: 2,
      published: 2,
      matched: 2,
      introduced: 2,
      acceptedByBoth: 2,
      meeting: 2,
      agreementSigned: 2,
      completed: 1,
      agreements: 2,
      contractValue: 800000,
      reviewMedianSeconds: 3 * 3600,
      firstAcceptanceMedianSeconds: 48 * 3600,
      providers: 1,
    });
    expect(county('441403')).toMatchObject({
      posted: 3,
      reviewed: 2,
      published: 2,
      matched: 0,
      introduced: 1,
      acceptedByBoth: 0,
      agreements: 0,
      contractValue: 0,
      reviewMedianSeconds: 8 * 3600,
      providers: 1,
    });
    expect(report.topFields.demand).toEqual([
      { field: 'agriculture.tea', name: '茶叶', count: 3 },
      { field: 'materials.battery', name: expect.any(String), count: 2 },
      { field: 'electronics.semiconductors', name: expect.any(String), count: 1 },
    ]);
    expect(report.topFields.supply.map((f: { field: string; count: number }) => [f.field, f.count])).toEqual([
      ['materials.battery', 2],
      ['agriculture.tea', 1],
    ]);
    expect(report.topRegions).toEqual({
      demand: [
        { code: '441403', name: '梅县区', count: 3 },
        { code: '441402', name: '梅江区', count: 2 },
      ],
      supply: [
        { code: '441402', name: '梅江区', count: 1 },
        { code: '441403', name: '梅县区', count: 1 },
      ],
    });
    expect(report.unservedFields).toEqual([{ field: 'agriculture.tea', name: '茶叶', needs: 2, unserved: 2 }]);
  });

  it('reports one county when asked, and a stricter strong score moves the matched step', async () => {
    const county = (await get('coordinator', funnelPath(`${march}&regionCode=441403`))).body;
    expect(county.region.code).toBe('441403');
    expect(county.totals).toMatchObject({ posted: 3, reviewed: 2, published: 2, introduced: 1 });
    expect(county.regions).toEqual([]);
    const strict = (await get('coordinator', funnelPath(`${march}&strongScore=70`))).body;
    expect(strict.totals.matched).toBe(1);
  });

  it('lists the needs behind a number', async () => {
    const res = await get(
      'coordinator',
      `/api/v1/reports/associations/${associationId}/funnel/needs?${march}&step=acceptedByBoth`,
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((n: { id: string }) => n.id)).toEqual([need.N2, need.N1]);
    expect(res.body.items[0]).toMatchObject({
      title: `${tag} N2`,
      regionCode: '441402',
      regionName: '广东省梅州市梅江区',
      enterpriseName: `${tag} 梅州企业`,
    });
  });

  it('exports the same figures as CSV and .xlsx, and audits the export', async () => {
    const csv = await get(
      'coordinator',
      `/api/v1/reports/associations/${associationId}/funnel/export?${march}&format=csv`,
      'en',
    )
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('funnel-441400-2026-03-01-2026-03-31.csv');
    const lines = (csv.body as Buffer)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(lines[0].slice(0, 5)).toEqual(['Region code', 'Region', 'Level', 'Needs posted', 'Reviewed']);
    expect(lines[1]).toEqual([
      '441400',
      '广东省梅州市',
      'total',
      '5',
      '4',
      '4',
      '2',
      '3',
      '2',
      '2',
      '2',
      '1',
      '2',
      '800000',
      '4',
      '48',
      '2',
    ]);
    expect(lines.slice(2).map((l) => l[0])).toEqual(['441402', '441403']);

    const xlsx = await get(
      'coordinator',
      `/api/v1/reports/associations/${associationId}/funnel/export?${march}&format=xlsx`,
    )
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['分地区', '漏斗', '婉拒原因', '领域', '供给空白领域']);
    const funnel = workbook.getWorksheet('漏斗')!;
    expect([2, 3, 4, 5].map((r) => funnel.getRow(r).getCell(2).value)).toEqual([5, 4, 4, 2]);
    expect(workbook.getWorksheet('分地区')!.getRow(2).getCell(14).value).toBe(800000);

    const [entry] = await stack.db.query(
      `select after from audit_entries where action = 'report.exported' and target_id = $1 and after->'filter'->>'format' = 'xlsx'`,
      [associationId],
    );
    expect(entry.after).toMatchObject({
      filter: { report: 'funnel', format: 'xlsx', from: '2026-03-01', to: '2026-03-31', regionCode: '441400' },
      rows: 3,
    });
  });

  it('gives 梅州 the same figures in the province-wide report (its reviews are read from the audit log another way)', async () => {
    const city = (await get('coordinator', funnelPath())).body;
    const res = await get('province', `/api/v1/reports/associations/${provinceAssociationId}/funnel?${march}`);
    expect(res.status).toBe(200);
    expect(res.body.region.code).toBe('440000');
    const meizhou = res.body.regions.find((r: { code: string }) => r.code === '441400');
    expect(meizhou).toMatchObject({ level: 'city', ...city.totals, reviewMedianSeconds: 4 * 3600 });
    expect(meizhou.firstAcceptanceMedianSeconds).toBe(city.publicationToFirstAcceptance.medianSeconds);
  });

  it('shows an association its own jurisdiction only; the province above it reads it too', async () => {
    expect((await get('province', funnelPath())).body.totals.posted).toBe(5);
    const foreign = await get('foreign', funnelPath(), 'en');
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('OUTSIDE_JURISDICTION');
    expect((await get('member', funnelPath())).status).toBe(403);
    const outside = await get('coordinator', funnelPath(`${march}&regionCode=441502`), 'en');
    expect(outside.status).toBe(400);
    expect(outside.body.errors).toEqual([
      {
        field: 'regionCode',
        constraint: 'notInJurisdiction',
        message: "Region is not inside the association's jurisdiction",
      },
    ]);
  });

  it('reports each workstation’s year, as JSON and as a workbook', async () => {
    const res = await get('coordinator', `/api/v1/reports/associations/${associationId}/stations?year=2026`);
    expect(res.status).toBe(200);
    expect(res.body.stations).toEqual([
      {
        id: expect.any(String),
        name: `${tag} 梅州电池材料院士专家工作站`,
        kind: 'academician',
        regionCode: '441402',
        regionName: '广东省梅州市梅江区',
        hostName: `${tag} 梅州企业`,
        experts: 1,
        needsServed: 3,
        introductions: 4,
        acceptedByBoth: 2,
        agreements: 2,
        contractValue: 800000,
        followUps: 1,
      },
    ]);
    expect(
      (await get('coordinator', `/api/v1/reports/associations/${associationId}/stations?year=2025`)).body.stations[0],
    ).toMatchObject({ introductions: 0, agreements: 0, followUps: 0 });
    const xlsx = await get(
      'coordinator',
      `/api/v1/reports/associations/${associationId}/stations/export?year=2026&format=xlsx`,
    )
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    const row = workbook.getWorksheet('2026')!.getRow(2);
    expect([1, 2, 7, 9, 10, 11].map((c) => row.getCell(c).value)).toEqual([
      `${tag} 梅州电池材料院士专家工作站`,
      '院士专家工作站',
      4,
      2,
      800000,
      1,
    ]);
    expect((await get('foreign', `/api/v1/reports/associations/${associationId}/stations`)).status).toBe(403);
    const year = await get('coordinator', `/api/v1/reports/associations/${associationId}/stations?year=1999`, 'en');
    expect(year.body.errors[0]).toMatchObject({ field: 'year', constraint: 'min' });
  });

  it('answers bad input with the field named, in Chinese and English', async () => {
    const zh = await get('coordinator', funnelPath('from=2026-03-32&to=2026-03-01'));
    expect(zh.status).toBe(400);
    expect(zh.body.errors).toEqual([{ field: 'from', constraint: 'isDateString', message: 'from 必须是 ISO 日期' }]);
    const en = await get('coordinator', funnelPath('from=2026-03-10&to=2026-03-01'), 'en');
    expect(en.body.errors[0]).toMatchObject({
      field: 'to',
      constraint: 'notBeforeFrom',
      message: 'to (the last day) must not be before from (the first day)',
    });
    const score = await get('coordinator', funnelPath(`${march}&strongScore=200`), 'en');
    expect(score.status).toBe(400);
    expect(score.body.errors[0]).toMatchObject({ field: 'strongScore', constraint: 'max' });
    const format = await get(
      'coordinator',
      `/api/v1/reports/associations/${associationId}/funnel/export?format=pdf`,
      'en',
    );
    expect(format.status).toBe(400);
    expect(format.body.errors[0]).toMatchObject({ field: 'format' });
    expect((await get('coordinator', '/api/v1/reports/associations/not-an-id/funnel')).status).toBe(404);
  });
});
