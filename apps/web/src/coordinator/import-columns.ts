/**
 * The import columns of each kind as the API names them, with the Chinese header a spreadsheet carries and an
 * example value: the downloadable templates are written from here, and headers read back through it.
 */
export type ImportKind = 'providers' | 'needs' | 'capabilities';

interface Column {
  name: string;
  zh: string;
  en: string;
  example: string;
}

const col = (name: string, zh: string, en: string, example: string): Column => ({ name, zh, en, example });

export const IMPORT_COLUMNS: Record<ImportKind, Column[]> = {
  providers: [
    col('externalId', '外部编号', 'External ID', 'EXP-001'),
    col('kind', '类型', 'Kind', '专家'),
    col('name', '姓名或名称', 'Name', '张伟'),
    col('title', '职称', 'Title', '教授'),
    col('affiliation', '所在单位', 'Affiliation', '华南理工大学'),
    col('region', '所在地区', 'Region', '广东省广州市'),
    col('fields', '领域', 'Fields', '机械工程、自动化'),
    col('keywords', '关键词', 'Keywords', '焊接机器人、机器视觉、焊缝跟踪'),
    col('bio', '简介', 'Bio', '长期从事焊接机器人视觉引导与焊缝跟踪研究。'),
    col('contactEmail', '联系邮箱', 'Contact e-mail', 'zhang.wei@example.edu.cn'),
    col('contactPhone', '联系电话', 'Contact phone', '020-8711 0000'),
  ],
  needs: [
    col('externalId', '外部编号', 'External ID', 'NEED-001'),
    col('title', '需求标题', 'Title', '焊接机器人视觉引导改造'),
    col('description', '详细描述', 'Description', '小批量多品种焊接，希望引入视觉引导，缩短换型时间。'),
    col('organizationName', '企业名称', 'Enterprise', '佛山精工机械有限公司'),
    col('region', '所在地区', 'Region', '广东省佛山市'),
    col('fields', '领域', 'Fields', '机械工程'),
    col('keywords', '关键词', 'Keywords', '焊接机器人、视觉引导'),
    col('cooperationModes', '合作方式', 'Cooperation modes', '联合攻关、技术咨询'),
    col('budgetMin', '预算下限（元）', 'Budget from (CNY)', '200000'),
    col('budgetMax', '预算上限（元）', 'Budget up to (CNY)', '500000'),
    col('deadline', '截止日期', 'Deadline', '2027-06-30'),
    col('confidentialDetails', '保密说明', 'Confidential details', '现有焊接工位 6 个，节拍 90 秒。'),
  ],
  capabilities: [
    col('externalId', '外部编号', 'External ID', 'CAP-001'),
    col('providerExternalId', '服务方外部编号', 'Provider external ID', 'EXP-001'),
    col('title', '所能标题', 'Title', '焊缝视觉识别与跟踪'),
    col('description', '详细描述', 'Description', '为中小企业提供焊缝视觉识别、机器人离线编程的技术服务。'),
    col('fields', '领域', 'Fields', '机械工程'),
    col('keywords', '关键词', 'Keywords', '焊缝跟踪、离线编程'),
    col('serviceModes', '服务方式', 'Service modes', '技术咨询、联合攻关'),
    col('regions', '服务地区', 'Regions served', '广东省佛山市、广东省广州市'),
    col('availability', '可提供时间', 'Availability', '每周二、周四'),
  ],
};

/** Other headers people write for the same columns. */
const EXTRA_HEADERS: Record<string, string> = {
  编号: 'externalId',
  姓名: 'name',
  名称: 'name',
  专家姓名: 'name',
  单位: 'affiliation',
  地区: 'region',
  所在地: 'region',
  学科领域: 'fields',
  电子邮箱: 'contactEmail',
  邮箱: 'contactEmail',
  电话: 'contactPhone',
  手机: 'contactPhone',
  标题: 'title',
  描述: 'description',
  需求描述: 'description',
  企业: 'organizationName',
  预算下限: 'budgetMin',
  预算上限: 'budgetMax',
  截止时间: 'deadline',
};

/** Values of the kind column as people write them. */
export const PROVIDER_KIND_WORDS: Record<string, string> = {
  专家: 'expert',
  学会: 'society',
  工作站: 'workstation',
  专家工作站: 'workstation',
  院士专家工作站: 'workstation',
};

const normalize = (header: string) =>
  header
    .replace(/[（(][^）)]*[)）]/g, '')
    .replace(/[*＊:：\s]/g, '')
    .toLowerCase();

/** The API's name for a header cell ("关键词（多个用、分隔）", "Keywords", "keywords" …), or null when unknown. */
export function columnForHeader(header: string): string | null {
  const key = normalize(header);
  if (!key) return null;
  for (const columns of Object.values(IMPORT_COLUMNS)) {
    for (const c of columns) {
      if (key === c.name.toLowerCase() || key === normalize(c.zh) || key === normalize(c.en)) return c.name;
    }
  }
  const extra = Object.entries(EXTRA_HEADERS).find(([h]) => normalize(h) === key);
  return extra ? extra[1] : null;
}

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A template for one kind: a Chinese header row and one example row, UTF-8 with a BOM so that Excel opens it right. */
export function templateCsv(kind: ImportKind): string {
  const columns = IMPORT_COLUMNS[kind];
  return `\uFEFF${columns.map((c) => quote(c.zh)).join(',')}\r\n${columns.map((c) => quote(c.example)).join(',')}\r\n`;
}
