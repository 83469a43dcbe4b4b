/** Small hand-made listings for the end-to-end stories; each test tags ids so runs never collide. */
export function providers(tag: string) {
  return [
    {
      externalId: `${tag}-battery`,
      kind: 'expert',
      name: '周立新',
      title: '教授',
      affiliation: '中南大学',
      region: '湖南省长沙市',
      fields: ['材料科学'],
      keywords: ['锂离子电池', '正极材料', '电池回收'],
      bio: '研究锂离子电池高镍正极材料的掺杂改性与循环寿命提升。',
      contactPhone: '0731-8883 0001',
      publications: [
        { title: '镁掺杂高镍正极的结构稳定性', abstract: '掺杂抑制了循环过程中的相变与微裂纹。', year: 2022 },
      ],
    },
    {
      externalId: `${tag}-shrimp`,
      kind: 'society',
      name: '湛江市水产学会',
      region: '广东省湛江市',
      fields: ['水产'],
      keywords: ['对虾养殖', '病害防控', '水质管理'],
      bio: '组织专家为养殖户提供对虾病害诊断与水质管理服务。',
      contactEmail: 'office@shrimp-society.example',
    },
    {
      externalId: `${tag}-welding`,
      kind: 'workstation',
      name: '顺德智能焊接院士专家工作站',
      region: '广东省佛山市',
      fields: ['机械工程', '自动化'],
      keywords: ['焊接机器人', '机器视觉', '焊缝跟踪'],
      bio: '进站专家开展焊缝视觉识别与机器人离线编程技术攻关。',
      contactPhone: '0757-2233 0001',
    },
    {
      externalId: `${tag}-bamboo`,
      kind: 'expert',
      name: 'Ana Li',
      title: 'Research Fellow',
      affiliation: 'Bamboo Research Institute',
      region: '广东省韶关市',
      fields: ['forestry'],
      keywords: ['bamboo fibre composites', 'furniture panels'],
      bio: 'Works on bamboo fibre composite panels with low formaldehyde emission.',
      contactEmail: 'ana.li@bamboo.example',
      publications: [
        {
          title: 'Flexural strength of bamboo fibre boards',
          abstract: 'Bamboo fibre composites bonded with bio-based adhesives.',
          year: 2021,
        },
      ],
    },
  ];
}

export function needs(tag: string) {
  return [
    {
      externalId: `${tag}-n-battery`,
      title: '锂电池正极材料研发',
      description: '动力电池循环寿命不达标，寻求正极材料专家联合攻关。',
      keywords: ['锂电池', '正极材料'],
      region: '广东省佛山市',
      organizationName: `${tag} 新能源公司`,
    },
    {
      externalId: `${tag}-n-shrimp`,
      title: '养殖对虾大面积发病',
      description: '合作社对虾连续发病死亡，需要诊断与水质调控方案。',
      keywords: ['对虾', '病害'],
      region: '广东省茂名市',
      organizationName: `${tag} 养殖合作社`,
    },
    {
      externalId: `${tag}-n-welding`,
      title: 'Camera-guided welding robot for short runs',
      description:
        'We weld small batches of hardware and want a robot that finds the seam by machine vision without reprogramming.',
      keywords: ['welding', 'machine vision'],
      region: '广东省佛山市',
      organizationName: `${tag} Hardware Co.`,
    },
    {
      externalId: `${tag}-n-bamboo`,
      title: '竹纤维复合板材开发',
      description: '家具企业希望开发低甲醛的竹纤维复合板材。',
      keywords: ['竹纤维', '复合材料'],
      region: '广东省韶关市',
      organizationName: `${tag} 竹业公司`,
    },
  ];
}
