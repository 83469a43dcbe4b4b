/**
 * Demo data: associations with coordinators, and the enterprises, societies, workstations and experts of
 * Guangdong's county industries (竹产业, 五金刀剪, 水产养殖, 南药, 荔枝, 低空经济) and Foshan's robotics and hydrogen.
 * All names of people and companies are invented.
 */
export const DEMO_PASSWORD = 'Demo@2026';

export const DEMO_ASSOCIATIONS = [
  {
    key: 'gdast',
    name: '广东省科学技术协会',
    region: '440000',
    coordinator: { email: 'coordinator@gdast.demo', name: '陈思敏（省科协）' },
  },
  {
    key: 'fsast',
    name: '佛山市科学技术协会',
    region: '440600',
    coordinator: { email: 'coordinator@fsast.demo', name: '梁志远（佛山市科协）' },
  },
  {
    key: 'mmast',
    name: '茂名市科学技术协会',
    region: '440900',
    coordinator: { email: 'coordinator@mmast.demo', name: '李晓彤（茂名市科协）' },
  },
] as const;

export const DEMO_ENTERPRISES = [
  {
    key: 'fs-hardware',
    name: '佛山市顺德区锐锋五金制品有限公司',
    region: '440606',
    member: { email: 'owner@ruifeng.demo', name: '何建华' },
  },
  {
    key: 'mm-shrimp',
    name: '茂名市电白区海湾对虾养殖专业合作社',
    region: '440904',
    member: { email: 'owner@haiwan.demo', name: '吴春生' },
  },
] as const;

export const DEMO_PROVIDERS = [
  {
    externalId: 'demo-p-robot-ws',
    kind: 'workstation',
    name: '佛山智能装备院士专家工作站',
    region: '广东省佛山市',
    fields: ['机器人', '自动化'],
    keywords: ['工业机器人', '机器视觉', '焊接自动化', '柔性产线'],
    bio: '设在佛山一家装备制造企业，进站院士团队围绕焊接机器人视觉引导、柔性装配和小批量多品种产线开展联合攻关。',
  },
  {
    externalId: 'demo-p-hydrogen',
    kind: 'expert',
    name: '罗振邦',
    title: '研究员',
    affiliation: '中国科学院广州能源研究所',
    region: '广东省广州市',
    fields: ['新能源', '氢能'],
    keywords: ['氢燃料电池', '膜电极', '加氢站安全'],
    bio: '从事质子交换膜燃料电池膜电极与电堆耐久性研究，参与多个氢能汽车示范项目。',
    publications: [
      {
        title: '车用燃料电池膜电极衰减机理与缓解策略',
        abstract: '分析了启停工况下催化层碳载体腐蚀导致的性能衰减。',
        year: 2023,
      },
    ],
  },
  {
    externalId: 'demo-p-bamboo',
    kind: 'expert',
    name: 'Zhou Lan',
    title: 'Professor',
    affiliation: 'South China Agricultural University',
    region: '广东省广州市',
    fields: ['forestry'],
    keywords: ['bamboo processing', 'bamboo fibre composites', 'low-formaldehyde adhesives'],
    bio: 'Develops bamboo fibre composite boards and bio-based adhesives for furniture makers in northern Guangdong counties.',
    publications: [
      {
        title: 'Bamboo scrimber with soy-based adhesive for indoor furniture',
        abstract: 'Bonding strength and formaldehyde emission of bamboo scrimber panels.',
        year: 2022,
      },
    ],
  },
  {
    externalId: 'demo-p-aqua-society',
    kind: 'society',
    name: '广东省水产学会',
    region: '广东省广州市',
    fields: ['水产'],
    keywords: ['对虾养殖', '病害防控', '水质调控', '尾水处理'],
    bio: '组织高校和科研院所的水产专家，为茂名、湛江等地养殖户提供对虾病害诊断、水质调控和养殖尾水处理服务。',
  },
  {
    externalId: 'demo-p-tcm',
    kind: 'expert',
    name: '黄慧琳',
    title: '教授',
    affiliation: '广州中医药大学',
    region: '广东省广州市',
    fields: ['中药学'],
    keywords: ['南药', '化橘红', '中药材规范化种植', '有效成分提取'],
    bio: '研究化橘红等岭南道地药材的规范化种植、采后加工和黄酮类成分提取工艺。',
    publications: [
      { title: '化橘红柚皮苷提取工艺优化', abstract: '比较超声辅助与回流提取对柚皮苷得率的影响。', year: 2021 },
    ],
  },
  {
    externalId: 'demo-p-lychee',
    kind: 'expert',
    name: '庞志强',
    title: '研究员',
    affiliation: '广东省农业科学院果树研究所',
    region: '广东省广州市',
    fields: ['农业', '果树'],
    keywords: ['荔枝', '保鲜', '冷链物流', '品种改良'],
    bio: '长期从事荔枝采后保鲜与冷链运输技术研究，在茂名高州建有示范基地。',
    publications: [
      { title: '荔枝果皮褐变的控制与低温物流', abstract: '研究了预冷和气调包装对荔枝货架期的影响。', year: 2024 },
    ],
  },
  {
    externalId: 'demo-p-knife',
    kind: 'society',
    name: '阳江市五金刀剪行业学会服务站',
    region: '广东省阳江市',
    fields: ['五金刀剪', '材料'],
    keywords: ['刀剪热处理', '不锈钢刃口', '表面处理', '工业设计'],
    bio: '学会服务站依托阳江刀剪产业集群，组织材料与热处理专家为中小企业解决刃口硬度、耐腐蚀与外观设计问题。',
  },
  {
    externalId: 'demo-p-drone',
    kind: 'expert',
    name: 'Liang Wei',
    title: 'Associate Professor',
    affiliation: 'Guangdong University of Technology',
    region: '广东省广州市',
    fields: ['low-altitude economy', 'drones'],
    keywords: ['UAV flight control', 'agricultural drones', 'low-altitude logistics'],
    bio: 'Works on flight control and route planning for agricultural spraying drones and low-altitude delivery in mountainous counties.',
  },
  {
    externalId: 'demo-p-battery',
    kind: 'expert',
    name: '林海峰',
    title: '教授',
    affiliation: '华南理工大学',
    region: '广东省广州市',
    fields: ['材料科学'],
    keywords: ['锂离子电池', '正极材料', '固态电解质'],
    bio: '从事锂离子电池正极材料与固态电解质研究，与多家电池企业合作推进高镍三元材料产业化。',
    publications: [
      {
        title: '高镍三元正极材料的表面包覆与循环稳定性',
        abstract: '研究了氧化铝包覆对高镍正极循环寿命的影响。',
        year: 2023,
      },
    ],
  },
] as const;

export const DEMO_CAPABILITIES = [
  {
    externalId: 'demo-c-weld-vision',
    providerExternalId: 'demo-p-robot-ws',
    title: '焊缝视觉识别与机器人自动编程',
    description: '用相机识别焊缝并自动生成焊接轨迹，适合小批量多品种的五金与钣金件。',
    keywords: ['焊接机器人', '机器视觉'],
    serviceModes: ['联合攻关', '成果转化'],
  },
  {
    externalId: 'demo-c-shrimp-clinic',
    providerExternalId: 'demo-p-aqua-society',
    title: '对虾病害远程诊断与驻点服务',
    description: '专家团队提供病害快速检测、用药指导与水质调控方案。',
    keywords: ['对虾', '病害诊断'],
    serviceModes: ['技术咨询', '人才培养'],
  },
  {
    externalId: 'demo-c-lychee-cold',
    providerExternalId: 'demo-p-lychee',
    title: '荔枝预冷保鲜与冷链技术包',
    description: '预冷、气调包装和冷链运输一体化方案，延长荔枝货架期。',
    keywords: ['荔枝保鲜', '冷链'],
    serviceModes: ['成果转化', '技术咨询'],
  },
] as const;

export const DEMO_NEEDS = [
  {
    externalId: 'demo-n-weld',
    enterprise: 'fs-hardware',
    title: '小批量五金件焊接自动化改造',
    description:
      '我们是顺德的五金制品厂，订单多为小批量，人工焊接效率低、一致性差，希望引入能自动识别焊缝的机器人方案。',
    keywords: ['焊接', '自动化'],
    region: '广东省佛山市顺德区',
    cooperationModes: ['联合攻关'],
    confidentialDetails: '年焊接件约 40 万件；预算上限 180 万元；现有两条手工焊线。',
  },
  {
    externalId: 'demo-n-shrimp',
    enterprise: 'mm-shrimp',
    title: '对虾养殖病害频发',
    description: '合作社对虾连续两季发病死亡，需要病害诊断和水质管理方案，并培训养殖户。',
    keywords: ['对虾', '病害', '水质'],
    region: '广东省茂名市电白区',
    cooperationModes: ['技术咨询', '人才培养'],
    confidentialDetails: '塘口 120 亩，去年损失约 60 万元。',
  },
  {
    externalId: 'demo-n-lychee',
    organizationName: '高州市荔乡果品有限公司',
    title: '荔枝采后保鲜期短',
    description: '高州荔枝外销时果皮两三天就褐变，希望获得低成本的预冷和保鲜技术。',
    keywords: ['荔枝', '保鲜'],
    region: '广东省茂名市高州市',
    cooperationModes: ['成果转化'],
  },
  {
    externalId: 'demo-n-tcm',
    organizationName: '化州市橘红药业有限公司',
    title: '化橘红提取工艺升级',
    description: '现有提取工艺得率低、能耗高，希望与中药学专家合作优化柚皮苷提取。',
    keywords: ['化橘红', '提取工艺'],
    region: '广东省茂名市化州市',
    cooperationModes: ['联合攻关'],
  },
  {
    externalId: 'demo-n-hydrogen',
    organizationName: '佛山市南海区氢途科技有限公司',
    title: '燃料电池电堆寿命不足',
    description: '公司为物流车配套燃料电池系统，电堆在频繁启停后性能衰减快，寻求膜电极方向专家。',
    keywords: ['氢燃料电池', '电堆寿命'],
    region: '广东省佛山市南海区',
    cooperationModes: ['联合攻关', '技术咨询'],
  },
  {
    externalId: 'demo-n-bamboo',
    organizationName: 'Shaoguan Green Bamboo Furniture Co.',
    title: 'Low-formaldehyde bamboo boards for furniture',
    description:
      'A bamboo furniture maker in northern Guangdong wants panels that pass strict indoor-air standards without losing strength.',
    keywords: ['bamboo', 'formaldehyde'],
    region: '广东省韶关市',
    cooperationModes: ['tech_transfer'],
  },
  {
    externalId: 'demo-n-knife',
    organizationName: '阳江市利刃刀剪厂',
    title: '不锈钢刀具刃口易生锈、硬度不稳定',
    description: '出口刀具客户投诉刃口生锈，热处理后硬度波动大，希望得到热处理与表面处理指导。',
    keywords: ['刀具', '热处理'],
    region: '广东省阳江市',
    cooperationModes: ['技术咨询'],
  },
  {
    externalId: 'demo-n-drone',
    organizationName: '清远市山地农服有限公司',
    title: '山区果园植保无人机航线规划',
    description: '山地果园坡度大，现有植保无人机喷洒不均、常需人工接管，想找飞控与航线规划方面的专家。',
    keywords: ['无人机', '植保'],
    region: '广东省清远市',
    cooperationModes: ['联合攻关'],
  },
] as const;

/**
 * Needs the demo enterprises wrote themselves through the lifecycle: most wait in the coordinators' review queues
 * (佛山's for 锐锋, 茂名's for 海湾, and the province's for both), one is still a draft.
 */
export const DEMO_REVIEW_NEEDS = [
  {
    enterprise: 'fs-hardware',
    submit: true,
    title: '五金件喷涂线废气治理',
    fields: ['废气治理', '表面处理'],
    keywords: ['VOCs', '喷涂废气', '活性炭'],
    cooperationModes: ['技术咨询'],
    description: '喷涂线排放的 VOCs 浓度接近限值，现有活性炭吸附更换频繁、运行成本高，希望找到适合中小企业的治理方案。',
    confidentialDetails: '排气量约 2 万立方米每小时；环保部门已下达整改通知，期限 6 个月。',
  },
  {
    enterprise: 'fs-hardware',
    submit: true,
    title: 'Laser marking of stainless-steel hardware at line speed',
    fields: ['laser processing', 'intelligent manufacturing'],
    keywords: ['laser marking', 'stainless steel', 'traceability'],
    cooperationModes: ['joint_rnd'],
    budgetMin: 300000,
    budgetMax: 600000,
    description:
      'We want every hinge and handle marked with a traceable code on the conveyor, without slowing the line or leaving heat tint on polished steel.',
  },
  {
    enterprise: 'mm-shrimp',
    submit: true,
    title: 'Low-cost dissolved-oxygen sensors for shrimp ponds',
    fields: ['aquaculture', 'sensors'],
    keywords: ['dissolved oxygen', 'pond monitoring', 'aerator control'],
    cooperationModes: ['tech_transfer', 'training'],
    description:
      'Our cooperative runs 120 mu of shrimp ponds and loses stock on hot nights when oxygen drops. We need cheap, robust sensors that switch aerators on by themselves.',
  },
  {
    enterprise: 'mm-shrimp',
    submit: false,
    title: '养殖尾水达标排放改造',
    fields: ['水处理', '水产'],
    keywords: ['养殖尾水', '人工湿地'],
    cooperationModes: ['联合攻关'],
    description: '合作社计划新建尾水处理设施，想先了解三池两坝、人工湿地等工艺在本地的效果与投资。',
  },
] as const;

/**
 * Organisations around the listings: societies, workstations hosted at enterprises with their experts in station
 * (Foshan robotics and hydrogen, a 学会服务站 for Yangjiang's knives and scissors), a university, and an expert who signs in.
 */
export const DEMO_STATION_EXPERTS = [
  {
    externalId: 'demo-p-robot-academician',
    kind: 'expert',
    name: '郑启航',
    title: '院士',
    affiliation: '华南理工大学机械与汽车工程学院',
    region: '广东省广州市',
    fields: ['机器人', '机械工程'],
    keywords: ['机器人动力学', '精密装配', '人机协作'],
    bio: '长期从事工业机器人动力学与精密装配研究，以进站院士身份带领团队在佛山开展焊接与打磨机器人的工程化攻关。',
  },
  {
    externalId: 'demo-p-robot-vision',
    kind: 'expert',
    name: '许嘉禾',
    title: '高级工程师',
    affiliation: '佛山市顺德区智擎机器人科技有限公司',
    region: '广东省佛山市',
    fields: ['机器视觉', '自动化'],
    keywords: ['三维视觉', '焊缝跟踪', '离线编程'],
    bio: '负责工作站的视觉引导平台，把焊缝识别和离线编程做进小批量五金件产线。',
  },
  {
    externalId: 'demo-p-knife-heat',
    kind: 'expert',
    name: '陈铁军',
    title: '研究员',
    affiliation: '广东省科学院新材料研究所',
    region: '广东省广州市',
    fields: ['材料', '热处理'],
    keywords: ['真空热处理', '马氏体不锈钢', '刃口硬度', '深冷处理'],
    bio: '研究马氏体不锈钢刀具的真空热处理与深冷工艺，每月到阳江学会服务站为刀剪企业驻点答疑。',
    publications: [
      {
        title: '5Cr15MoV 刀具钢深冷处理后的硬度与耐蚀性',
        abstract: '比较了不同深冷温度对残余奥氏体含量和刃口耐蚀性的影响。',
        year: 2023,
      },
    ],
  },
] as const;

export const DEMO_ORGANIZATIONS = {
  enterprises: [
    {
      key: 'fs-robotics',
      name: '佛山市顺德区智擎机器人科技有限公司',
      region: '440606',
      member: { email: 'owner@zhiqing.demo', name: '梁启明' },
    },
    {
      key: 'yj-knives',
      name: '阳江市江城区锋华刀剪有限公司',
      region: '441702',
      member: { email: 'owner@fenghua.demo', name: '冯志华' },
    },
  ],
  /** The hydrogen enterprise is the one the demo needs already name. */
  hydrogenEnterprise: { name: '佛山市南海区氢途科技有限公司', region: '440605' },
  societies: [
    {
      key: 'gd-mech',
      name: '广东省机械工程学会',
      region: '440100',
      admin: { email: 'secretary@gdmes.demo', name: '韦丽娟' },
      provider: null,
    },
    {
      key: 'gd-aqua',
      name: '广东省水产学会',
      region: '440100',
      admin: { email: 'secretary@gdfish.demo', name: '苏海平' },
      provider: 'demo-p-aqua-society',
    },
  ],
  workstations: [
    {
      key: 'fs-robot-ws',
      name: '佛山智能装备院士专家工作站',
      kind: 'academician',
      region: '440606',
      host: 'fs-robotics',
      provider: 'demo-p-robot-ws',
      experts: ['demo-p-robot-academician', 'demo-p-robot-vision'],
    },
    {
      key: 'fs-hydrogen-ws',
      name: '佛山氢能科技专家工作站',
      kind: 'expert',
      region: '440605',
      host: 'hydrogen',
      provider: null,
      experts: ['demo-p-hydrogen'],
    },
    {
      key: 'yj-knife-station',
      name: '阳江市五金刀剪行业学会服务站',
      kind: 'society_service',
      region: '441702',
      host: 'yj-knives',
      provider: 'demo-p-knife',
      experts: ['demo-p-knife-heat'],
    },
  ],
  university: {
    key: 'scut',
    name: '华南理工大学',
    region: '440106',
    expert: { email: 'expert@scut.demo', name: '林海峰', provider: 'demo-p-battery' },
  },
} as const;

/** Every demo provider can be reached (an introduction needs a phone or an e-mail): an office line and a mailbox of its own. */
export function withDemoContact<P extends { externalId: string; contactEmail?: string; contactPhone?: string }>(
  provider: P,
  index: number,
): P {
  return {
    ...provider,
    contactEmail: provider.contactEmail ?? `${provider.externalId.replace(/^demo-p-/, '')}@contact.demo`,
    contactPhone: provider.contactPhone ?? `020-8700 ${String(1000 + index)}`,
  };
}
