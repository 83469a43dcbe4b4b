import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { eventually, PASSWORD, TestStack } from '../support/stack';
import { jsErrors, keepFailureScreens, launchChromium, newSession, screenshot, signIn } from './support/browser';

/**
 * Issue 19, "CSV import fails on files written as the page says": files as coordinators really have them — the
 * downloaded template, Excel's GBK CSV with semicolons, a tab-separated export, an .xlsx — import with their list
 * cells split on 、；; and their Chinese headers understood; a file in an unknown encoding is refused, not imported.
 */
describe('web console: import files as people write them', () => {
  let stack: TestStack;
  let browser: Browser;
  let baseURL: string;
  const tag = `i${Date.now().toString(36)}`;
  const coordinatorEmail = `coord-${tag}@gd.test`;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    baseURL = await stack.listen();
    browser = await launchChromium();
    await stack.coordinator(coordinatorEmail, `广东省科协（导入测试${tag}）`, '440000');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const provider = async (externalId: string) =>
    (
      await stack.db.query('select kind, name, keywords, fields, contact_phone from providers where external_id = $1', [
        externalId,
      ])
    )[0];

  it('imports the template, a GBK CSV with semicolons, a tab-separated file and an .xlsx; refuses unreadable bytes', async () => {
    const { context, page } = await newSession(browser, baseURL);
    try {
      await signIn(page, coordinatorEmail, PASSWORD);
      await page.getByRole('link', { name: '批量导入' }).click();

      // The template: a Chinese header row and an example row, which imports as it is.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('import-template').click(),
      ]);
      const template = readFileSync(await download.path(), 'utf8');
      const [header, example] = template.replace(/^\uFEFF/, '').split('\r\n');
      expect(header).toBe('外部编号,类型,姓名或名称,职称,所在单位,所在地区,领域,关键词,简介,联系邮箱,联系电话');
      expect(example).toContain('焊接机器人、机器视觉、焊缝跟踪');
      await importFile(
        page,
        { name: download.suggestedFilename(), buffer: Buffer.from(template) },
        /UTF-8 · , · 读取到 1 行/,
        /新增\s*1/,
      );
      expect(await provider('EXP-001')).toMatchObject({
        kind: 'expert',
        name: '张伟',
        keywords: ['焊接机器人', '机器视觉', '焊缝跟踪'],
        contact_phone: '020-8711 0000',
      });

      // Excel's Chinese CSV: GBK bytes, ";" between columns, a quoted cell holding ";", and 、 ； inside cells.
      const gbk = iconv.encode(
        [
          '外部编号;类型;姓名或名称;职称;所在地区;领域;关键词;简介',
          `${tag}-g1;专家;黄志强;教授;广东省佛山市;机械工程;"焊接机器人;机器视觉";从事焊接机器人视觉引导研究。`,
          `${tag}-g2;学会;佛山市焊接学会;;广东省佛山市;机械工程、自动化;焊缝跟踪、离线编程；激光焊接;组织会员单位开展焊接技术服务。`,
        ].join('\r\n'),
        'gbk',
      );
      await importFile(page, { name: 'Excel 导出.csv', buffer: gbk }, /GB18030 · ; · 读取到 2 行/, /新增\s*2/);
      await screenshot(page, 'coordinator-import-gbk');
      expect(await provider(`${tag}-g1`)).toMatchObject({
        kind: 'expert',
        name: '黄志强',
        keywords: ['焊接机器人', '机器视觉'],
      });
      expect(await provider(`${tag}-g2`)).toMatchObject({
        kind: 'society',
        name: '佛山市焊接学会',
        keywords: ['焊缝跟踪', '离线编程', '激光焊接'],
      });

      // Tab-separated, English field names.
      const tsv = [
        'externalId\tkind\tname\tregion\tkeywords',
        `${tag}-t1\tworkstation\t顺德陶瓷院士专家工作站\t广东省佛山市\t陶瓷窑炉;余热回收`,
      ].join('\n');
      await importFile(page, { name: 'export.txt', buffer: Buffer.from(tsv) }, /UTF-8 · Tab · 读取到 1 行/, /新增\s*1/);
      expect(await provider(`${tag}-t1`)).toMatchObject({ kind: 'workstation', keywords: ['陶瓷窑炉', '余热回收'] });

      // An .xlsx workbook with Chinese headers.
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('专家');
      sheet.addRow(['外部编号', '类型', '姓名或名称', '所在地区', '关键词', '联系电话']);
      sheet.addRow([`${tag}-x1`, '专家', '刘晓', '广东省江门市', '陈皮、深加工', '0750-3300 1234']);
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
      await importFile(page, { name: '专家名单.xlsx', buffer: xlsx }, /xlsx · 读取到 1 行/, /新增\s*1/);
      expect(await provider(`${tag}-x1`)).toMatchObject({
        name: '刘晓',
        keywords: ['陈皮', '深加工'],
        contact_phone: '0750-3300 1234',
      });

      // Bytes valid in neither UTF-8 nor GB18030: refused with the reason, nothing to import.
      await page.locator('input[type=file]').setInputFiles({
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([0x41, 0x2c, 0x42, 0x0a, 0xff, 0xfe, 0xff, 0x2c, 0x43]),
      });
      await page.getByRole('alert').filter({ hasText: '无法识别文件编码' }).waitFor();
      expect(await page.getByRole('button', { name: '开始导入' }).isDisabled()).toBe(true);
      expect(jsErrors(page)).toEqual([]);
    } catch (err) {
      await keepFailureScreens({ coordinator: page });
      throw err;
    } finally {
      await context.close();
    }
  });
});

async function importFile(page: Page, file: { name: string; buffer: Buffer }, read: RegExp, created: RegExp) {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
  await eventually(async () => read.test((await page.getByTestId('import-file').textContent()) ?? ''), { every: 100 });
  await page.getByRole('button', { name: '开始导入' }).click();
  await eventually(
    async () =>
      created.test(
        (await page
          .getByTestId('import-report')
          .textContent()
          .catch(() => '')) ?? '',
      ),
    { every: 100 },
  );
}
