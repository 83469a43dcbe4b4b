import { DOCUMENT_FORMAT, IndexCheck, IndexRebuilder, SearchClient, SearchSyncService } from '@app/search';
import { TestStack } from './support/stack';

type Hit = { id: string; externalId: string | null; title: string };
type Kind = 'needs' | 'capabilities' | 'providers';

/**
 * Issue 19: an English query reaches Chinese needs, capabilities and providers that mean the same, and a Chinese
 * query English ones, while listings in the query's own language rank first. Real Meilisearch; the documents are
 * indexed through the outbox as in production.
 */
describe('search across Chinese and English', () => {
  let stack: TestStack;
  const tag = `xl${Date.now().toString(36)}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await TestStack.start();
    const { token } = await stack.coordinator(`coord-${tag}@gd.test`, `${tag} 广东省科协`, '440000');
    const post = async (path: string, items: unknown[]) => {
      const res = await stack.http.post(path).auth(token, { type: 'bearer' }).send({ items });
      expect(res.body).toMatchObject({ failed: [] });
      Object.assign(ids, res.body.ids);
    };
    await post('/api/v1/import/providers', [
      {
        externalId: `${tag}-p-zh`,
        kind: 'workstation',
        name: `顺德焊接装备院士专家工作站 ${tag}`,
        region: '广东省佛山市',
        keywords: ['焊接机器人', '视觉引导'],
        bio: '进站团队研究焊接机器人的视觉引导与焊缝跟踪。',
      },
      {
        externalId: `${tag}-p-en`,
        kind: 'expert',
        name: `Daniel Moore ${tag}`,
        affiliation: 'Institute of Manufacturing Automation',
        region: '广东省广州市',
        keywords: ['robotic welding', 'seam tracking'],
        bio: 'Builds welding robots that follow the seam with a camera.',
      },
      {
        externalId: `${tag}-p-other`,
        kind: 'expert',
        name: `陈海 ${tag}`,
        region: '广东省湛江市',
        keywords: ['对虾养殖'],
        bio: '研究对虾病害防控。',
      },
    ]);
    await post('/api/v1/import/capabilities', [
      {
        externalId: `${tag}-c-zh`,
        providerExternalId: `${tag}-p-zh`,
        title: '焊接机器人视觉引导系统',
        description: '用相机识别焊缝，自动生成机器人焊接轨迹。',
        keywords: ['焊接机器人', '机器视觉'],
      },
      {
        externalId: `${tag}-c-en`,
        providerExternalId: `${tag}-p-en`,
        title: 'Welding robot retrofits with seam tracking',
        description: 'Cameras guide the welding robot along the seam; no reprogramming for small batches.',
        keywords: ['welding', 'robots'],
      },
    ]);
    await post('/api/v1/import/needs', [
      {
        externalId: `${tag}-n-zh`,
        title: '焊接机器人视觉引导改造',
        description: '五金件小批量生产，希望焊接机器人能用视觉自动找焊缝。',
        keywords: ['焊接', '机器人'],
        region: '广东省佛山市',
        organizationName: `${tag} 顺德五金厂`,
      },
      {
        externalId: `${tag}-n-en`,
        title: 'Vision-guided welding robot for small batches',
        description: 'A hardware maker wants robots that find the seam by camera.',
        keywords: ['welding', 'machine vision'],
        region: '广东省佛山市',
        organizationName: `${tag} Foshan Hardware Co.`,
      },
      {
        externalId: `${tag}-n-other`,
        title: '养殖对虾大面积发病',
        description: '合作社对虾连续发病死亡，需要诊断方案。',
        keywords: ['对虾'],
        region: '广东省茂名市',
        organizationName: `${tag} 养殖合作社`,
      },
    ]);
    await stack.settle(); // indexed before anyone searches
  });

  afterAll(async () => {
    await stack.stop();
  });

  /** This run's hits for a query, by externalId, in the engine's order. */
  const search = async (kind: Kind, q: string): Promise<string[]> => {
    const res = await stack.http.get(`/api/v1/search/${kind}`).query({ q, limit: 50 });
    expect(res.status).toBe(200);
    return (res.body.items as Hit[]).map((h) => h.externalId ?? '').filter((id) => id.startsWith(tag));
  };
  const prefix = { needs: 'n', capabilities: 'c', providers: 'p' } as const;

  it.each(['needs', 'capabilities', 'providers'] as Kind[])(
    '"welding robot" finds the Chinese %s too, after the English one',
    async (kind) => {
      const found = await search(kind, 'welding robot');
      expect(found).toEqual([`${tag}-${prefix[kind]}-en`, `${tag}-${prefix[kind]}-zh`]);
    },
  );

  it.each(['needs', 'capabilities', 'providers'] as Kind[])(
    '"焊接机器人" finds the English %s too, after the Chinese one',
    async (kind) => {
      const found = await search(kind, '焊接机器人');
      expect(found).toEqual([`${tag}-${prefix[kind]}-zh`, `${tag}-${prefix[kind]}-en`]);
    },
  );

  it('reaches Chinese needs with other inflections and single words ("robots", "welded seams")', async () => {
    expect(await search('needs', 'robots')).toContain(`${tag}-n-zh`);
    expect(await search('needs', 'welded seams')).toEqual(expect.arrayContaining([`${tag}-n-zh`]));
  });

  it("answers with the listing's own title, never the hidden translations", async () => {
    const res = await stack.http.get('/api/v1/search/needs').query({ q: 'welding robot', limit: 50 });
    const chinese = (res.body.items as (Hit & Record<string, unknown>)[]).find((h) => h.externalId === `${tag}-n-zh`)!;
    expect(chinese.title).toBe('焊接机器人视觉引导改造');
    expect(chinese).not.toHaveProperty('translations');
    expect(chinese).not.toHaveProperty('documentFormat');
  });

  it('rebuilds an index written by an older document format by itself; search:check sees it until then', async () => {
    const client = stack.api.get(SearchClient);
    const check = stack.api.get(IndexCheck);
    const needId = ids[`${tag}-n-zh`];
    // The drain lock keeps the worker's own upgrade waiting while the old document is looked at.
    await stack.api.get(SearchSyncService).whileDrainPaused(async () => {
      const { documentFormat, ...older } = await client.index('needs').getDocument(needId);
      expect(documentFormat).toBe(DOCUMENT_FORMAT);
      await client.index('needs').deleteDocument(needId).waitTask();
      await client
        .index('needs')
        .addDocuments([{ ...older, translations: 'weld robot' }]) // as format 1 wrote it
        .waitTask();
      const differences = (await check.check()).differences.filter((d) => d.id === needId);
      expect(differences).toEqual([
        expect.objectContaining({ problem: 'stale', indexed: expect.objectContaining({ format: null }) }),
      ]);
      expect(await search('needs', 'welding robot')).not.toContain(`${tag}-n-zh`); // what the old format answered
    });

    await stack.api.get(IndexRebuilder).rebuildLostIndexes(); // what the worker's sweep calls (it may get there first)
    expect((await check.check()).differences.filter((d) => d.id === needId)).toEqual([]);
    expect(await search('needs', 'welding robot')).toContain(`${tag}-n-zh`);
  });
});
