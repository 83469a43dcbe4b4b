import { TestStack } from './support/stack';

/**
 * Issue 17: imports never cross jurisdictions. externalIds belong to the importing association, a need row outside the
 * importer's jurisdiction fails alone with OUTSIDE_JURISDICTION, and needs attach to an enterprise by name only among
 * those the importing association created (self-service enterprises only by id, and only in the importer's charge).
 */
describe('imports stay inside the importer’s jurisdiction', () => {
  let stack: TestStack;
  const tag = `si${Date.now().toString(36)}`;
  const t: Record<'foshan' | 'maoming' | 'squatter', string> = { foshan: '', maoming: '', squatter: '' };
  let squatterOrgId: string;
  let maomingEnterpriseId: string;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    t.foshan = (await stack.coordinator(`fs-${tag}@imports.test`, `${tag} 佛山市科协`, '440600')).token;
    t.maoming = (await stack.coordinator(`mm-${tag}@imports.test`, `${tag} 茂名市科协`, '440900')).token;
    // Anyone can register an enterprise named like a real company.
    const squatter = await stack.user(`squatter-${tag}@imports.test`, {
      organization: { type: 'enterprise', name: `${tag} 佛山顺德精密五金有限公司`, regionCode: '440606' },
    });
    t.squatter = squatter.token;
    squatterOrgId = squatter.organization!.id;
    maomingEnterpriseId = (
      await stack.user(`mm-owner-${tag}@imports.test`, {
        organization: { type: 'enterprise', name: `${tag} 茂名化工`, regionCode: '440900' },
      })
    ).organization!.id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const post = (who: keyof typeof t, path: string, items: object[], lang = 'zh-CN') =>
    stack.http
      .post(`/api/v1/import/${path}`)
      .auth(t[who], { type: 'bearer' })
      .set('accept-language', lang)
      .send({ items });
  const need = (suffix: string, extra: object = {}) => ({
    externalId: `${tag}-${suffix}`,
    title: '五金件表面处理工艺改进',
    description: '现有电镀工艺能耗高，寻求替代工艺。',
    region: '广东省佛山市顺德区',
    organizationName: `${tag} 佛山顺德精密五金有限公司`,
    confidentialDetails: '现有工艺参数与客户名单。',
    ...extra,
  });

  it('lets two associations use the same externalId without touching each other’s records', async () => {
    const foshan = await post('foshan', 'needs', [need('shared')]);
    expect(foshan.body).toMatchObject({ created: 1, failed: [] });
    const theirs = await post('maoming', 'needs', [need('shared', { title: '被篡改的标题', region: '广东省茂名市' })]);
    expect(theirs.body).toMatchObject({ created: 1, updated: 0, failed: [] });
    expect(theirs.body.ids[`${tag}-shared`]).not.toBe(foshan.body.ids[`${tag}-shared`]);
    const [kept] = await stack.db.query('select title, region_code from needs where id = $1', [
      foshan.body.ids[`${tag}-shared`],
    ]);
    expect(kept).toEqual({ title: '五金件表面处理工艺改进', region_code: '440606' });
  });

  it('keeps a provider’s contact details from being overwritten by another association reusing its externalId', async () => {
    const row = {
      externalId: `${tag}-expert`,
      kind: 'expert',
      name: '李工',
      region: '广东省佛山市',
      contactEmail: 'li@real.example',
      contactPhone: '13800000000',
    };
    const foshan = await post('foshan', 'providers', [row]);
    expect(foshan.body).toMatchObject({ created: 1, failed: [] });
    const hijack = await post('maoming', 'providers', [
      { ...row, contactEmail: 'attacker@evil.example', contactPhone: '13900000000' },
    ]);
    expect(hijack.body).toMatchObject({ created: 1, updated: 0 });
    const [kept] = await stack.db.query(
      'select contact_email, steward_organization_id is not null as stewarded from providers where id = $1',
      [foshan.body.ids[`${tag}-expert`]],
    );
    expect(kept.contact_email).toBe('li@real.example');
    // A capability names its provider within the importer's own scope only.
    await post('foshan', 'providers', [{ ...row, externalId: `${tag}-only-foshan` }]);
    const cap = await post('maoming', 'capabilities', [
      {
        externalId: `${tag}-cap`,
        providerExternalId: `${tag}-only-foshan`,
        title: '表面处理咨询',
        description: '电镀替代工艺咨询。',
      },
    ]);
    expect(cap.body).toMatchObject({ created: 0, failed: [{ index: 0, errors: [{ field: 'providerExternalId' }] }] });
  });

  it('fails a need row outside the importer’s jurisdiction alone, with a clear code, in both languages', async () => {
    const res = await post('maoming', 'needs', [
      need('foreign'),
      need('home', { region: '广东省茂名市', organizationName: `${tag} 茂名某厂` }),
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      created: 1,
      failed: [
        { index: 0, code: 'OUTSIDE_JURISDICTION', errors: [{ field: 'region', constraint: 'outsideJurisdiction' }] },
      ],
    });
    expect(res.body.failed[0].errors[0].message).toContain('管辖');
    expect(res.body.ids[`${tag}-foreign`]).toBeUndefined();
    const en = await post('maoming', 'needs', [need('foreign-en')], 'en');
    expect(en.body.failed[0].errors[0].message).toMatch(/outside your association's jurisdiction/);
    expect(
      (await stack.db.query('select count(*)::int as n from needs where external_id like $1', [`${tag}-foreign%`]))[0]
        .n,
    ).toBe(0);
  });

  it('never attaches a need to a self-service enterprise by name; by id only within the importer’s charge', async () => {
    const byName = await post('foshan', 'needs', [need('by-name')]);
    const [attached] = await stack.db.query('select organization_id from needs where id = $1', [
      byName.body.ids[`${tag}-by-name`],
    ]);
    expect(attached.organization_id).not.toBe(squatterOrgId);
    const seen = await stack.http
      .get(`/api/v1/needs/${byName.body.ids[`${tag}-by-name`]}`)
      .auth(t.squatter, { type: 'bearer' });
    expect(seen.body.confidentialDetails).toBeUndefined();
    // The same name again finds the enterprise this association created, not a new one.
    const again = await post('foshan', 'needs', [need('by-name-2')]);
    const [same] = await stack.db.query('select organization_id from needs where id = $1', [
      again.body.ids[`${tag}-by-name-2`],
    ]);
    expect(same.organization_id).toBe(attached.organization_id);

    const byId = await post('foshan', 'needs', [
      need('by-id', { organizationId: squatterOrgId }),
      need('foreign-id', { organizationId: maomingEnterpriseId }),
    ]);
    expect(byId.body).toMatchObject({
      created: 1,
      failed: [{ index: 1, code: 'OUTSIDE_JURISDICTION', errors: [{ field: 'organizationId' }] }],
    });
    const [named] = await stack.db.query('select organization_id from needs where id = $1', [
      byId.body.ids[`${tag}-by-id`],
    ]);
    expect(named.organization_id).toBe(squatterOrgId);
  });
});
