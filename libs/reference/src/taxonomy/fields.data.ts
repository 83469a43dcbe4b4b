/**
 * The field taxonomy: disciplines and industries a technology matchmaking
 * marketplace needs, two levels deep. Hand-written for this project.
 *
 * Rules kept by the tests: codes are lower-case kebab words, a sub-field's
 * code is "<top>.<sub>", Chinese and English names are unique within a level,
 * and no name or alias (after normalisation) belongs to two fields.
 */

/** [sub-code, Chinese name, English name, aliases] */
export type SubFieldSeed = readonly [string, string, string, readonly string[]];

export interface FieldSeed {
  code: string;
  zh: string;
  en: string;
  aliases: readonly string[];
  subs: readonly SubFieldSeed[];
}

export const FIELD_SEEDS: readonly FieldSeed[] = [
  {
    code: 'materials', zh: '材料', en: 'Materials',
    aliases: ['材料科学', '材料学', '新材料', '材料科学与工程', '材料工程', 'materials science', 'material', 'materials engineering', 'new materials'],
    subs: [
      ['battery', '电池材料', 'Battery Materials', ['电池', '锂电池', '锂离子电池', '动力电池', '钠离子电池', 'battery', 'lithium battery', 'lithium-ion battery']],
      ['composites', '复合材料', 'Composites', ['composite materials', '碳纤维', 'carbon fiber', '纤维增强复合材料']],
      ['metals', '金属材料', 'Metallic Materials', ['metals', '合金', 'alloys', '铝合金', '不锈钢']],
      ['polymers', '高分子材料', 'Polymers', ['高分子', 'polymer', 'polymer materials', '塑料', 'plastics', '橡胶', 'rubber', '改性塑料']],
      ['ceramics', '陶瓷材料', 'Ceramics', ['陶瓷', 'ceramic', 'ceramic materials', '先进陶瓷', '建筑陶瓷']],
      ['nano', '纳米材料', 'Nanomaterials', ['纳米', 'nanotechnology', '石墨烯', 'graphene']],
      ['functional', '功能材料', 'Functional Materials', ['磁性材料', '光学材料', 'smart materials']],
      ['building', '建筑材料', 'Building Materials', ['建材', '水泥', 'cement', '混凝土材料']],
    ],
  },
  {
    code: 'new-energy', zh: '新能源', en: 'New Energy',
    aliases: ['可再生能源', '清洁能源', 'renewable energy', 'clean energy', 'renewables'],
    subs: [
      ['hydrogen', '氢能', 'Hydrogen Energy', ['氢能源', '氢', 'hydrogen', '制氢', '储氢', '燃料电池', 'fuel cell', 'fuel cells']],
      ['photovoltaics', '光伏', 'Photovoltaics', ['太阳能', '太阳能光伏', 'solar', 'solar energy', 'solar pv', 'pv', '光伏发电']],
      ['energy-storage', '储能', 'Energy Storage', ['储能技术', '新型储能', 'storage', '抽水蓄能']],
      ['wind', '风电', 'Wind Power', ['风能', '风力发电', 'wind energy', '海上风电', 'offshore wind']],
      ['biomass', '生物质能', 'Biomass Energy', ['生物质', 'biomass', '生物燃料', 'biofuel', '沼气']],
      ['geothermal', '地热能', 'Geothermal Energy', ['地热', 'geothermal']],
    ],
  },
  {
    code: 'energy-power', zh: '能源与电力', en: 'Energy & Power Engineering',
    aliases: ['电力', '能源', '电气工程', '能源动力', 'power engineering', 'electrical engineering', 'energy', 'power'],
    subs: [
      ['smart-grid', '智能电网', 'Smart Grid', ['电网', 'power grid', '配电网', '输变电']],
      ['power-equipment', '电力装备', 'Power Equipment', ['电气设备', 'electrical equipment', '变压器', '电机']],
      ['nuclear', '核能', 'Nuclear Energy', ['核电', 'nuclear power', 'nuclear']],
      ['energy-saving', '节能', 'Energy Conservation', ['节能技术', 'energy efficiency', '综合能源服务', '余热利用']],
      ['oil-gas', '油气', 'Oil & Gas', ['石油', '天然气', 'petroleum', 'natural gas', '油气勘探']],
      ['coal', '煤炭', 'Coal', ['煤炭清洁利用', 'clean coal', '煤化工']],
    ],
  },
  {
    code: 'mechanical', zh: '机械工程', en: 'Mechanical Engineering',
    aliases: ['机械', '机械制造', '装备制造', '机械设计制造及其自动化', 'mechanical', 'machinery', 'equipment manufacturing'],
    subs: [
      ['machine-tools', '数控机床', 'Machine Tools', ['机床', 'cnc', 'cnc machine tools', '数控']],
      ['moulds', '模具', 'Moulds & Dies', ['模具制造', 'mould', 'mold', 'molds', 'dies']],
      ['hydraulics', '液压与气动', 'Hydraulics & Pneumatics', ['液压', '气动', 'hydraulics', 'pneumatics']],
      ['precision', '精密加工', 'Precision Machining', ['精密制造', '超精密加工', 'precision engineering', 'machining']],
      ['additive', '增材制造', 'Additive Manufacturing', ['3d打印', '3d printing', 'additive']],
      ['transmission', '机械传动', 'Mechanical Transmission', ['齿轮', 'gears', '减速器', '轴承', 'bearings']],
      ['welding', '焊接', 'Welding', ['焊接技术', 'welding technology', '激光焊接']],
      ['heavy-equipment', '重型装备', 'Heavy Equipment', ['工程机械', 'construction machinery', '矿山机械']],
    ],
  },
  {
    code: 'automation', zh: '自动化与机器人', en: 'Automation & Robotics',
    aliases: ['自动化', '控制工程', '控制科学与工程', '自动控制', 'automation', 'control engineering', 'automatic control'],
    subs: [
      ['robotics', '机器人', 'Robotics', ['工业机器人', '服务机器人', 'robot', 'industrial robots', '人形机器人', 'humanoid robots']],
      ['industrial-control', '工业控制', 'Industrial Control', ['plc', 'dcs', '工控', 'industrial control systems']],
      ['intelligent-manufacturing', '智能制造', 'Intelligent Manufacturing', ['smart manufacturing', '数字化车间', '智能工厂', 'smart factory', '灯塔工厂']],
      ['sensors', '传感与检测', 'Sensors & Measurement', ['传感器', 'sensors', 'sensor', '仪器仪表', 'instrumentation']],
      ['machine-vision', '机器视觉', 'Machine Vision', ['视觉检测', 'visual inspection']],
      ['motion-control', '运动控制', 'Motion Control', ['伺服', 'servo', '伺服驱动']],
    ],
  },
  {
    code: 'electronics', zh: '电子信息', en: 'Electronics & Semiconductors',
    aliases: ['电子', '电子工程', '电子信息工程', '电子科学与技术', 'electronics', 'electronic engineering'],
    subs: [
      ['semiconductors', '半导体', 'Semiconductors', ['芯片', '集成电路', 'semiconductor', 'chips', 'chip', 'integrated circuits', 'ic', '晶圆']],
      ['components', '电子元器件', 'Electronic Components', ['元器件', 'electronic components', 'pcb', '印制电路板']],
      ['optoelectronics', '光电子', 'Optoelectronics', ['光电', 'led', '激光', 'laser', 'photonics', '光通信']],
      ['display', '新型显示', 'Display Technology', ['显示', '显示技术', 'display', 'oled', 'lcd', '面板']],
      ['communications', '通信', 'Communications', ['通信工程', '5g', '6g', 'telecommunications', 'telecom', '无线通信']],
      ['power-electronics', '电力电子', 'Power Electronics', ['功率器件', '逆变器', 'inverter']],
      ['embedded', '嵌入式系统', 'Embedded Systems', ['嵌入式', 'embedded', '单片机', 'mcu']],
    ],
  },
  {
    code: 'it', zh: '信息技术', en: 'Information Technology',
    aliases: ['计算机', '计算机科学', '计算机科学与技术', '信息化', 'it', 'computer science', 'computing', '数字经济', 'digital economy'],
    subs: [
      ['software', '软件', 'Software', ['软件工程', 'software engineering', '软件开发', 'saas', '工业软件']],
      ['cloud', '云计算', 'Cloud Computing', ['云', 'cloud', '边缘计算', 'edge computing', '算力']],
      ['big-data', '大数据', 'Big Data', ['数据分析', 'data analytics', 'data science', '数据科学']],
      ['cybersecurity', '网络安全', 'Cybersecurity', ['信息安全', 'information security', 'security', '数据安全']],
      ['iot', '物联网', 'Internet of Things', ['iot', 'internet of things', '智能终端']],
      ['blockchain', '区块链', 'Blockchain', ['blockchain technology']],
      ['industrial-internet', '工业互联网', 'Industrial Internet', ['iiot', '数字孪生', 'digital twin', '数字化转型', 'digital transformation']],
    ],
  },
  {
    code: 'ai', zh: '人工智能', en: 'Artificial Intelligence',
    aliases: ['ai', 'a.i.', '智能科学与技术', 'intelligent systems'],
    subs: [
      ['machine-learning', '机器学习', 'Machine Learning', ['深度学习', 'deep learning', 'ml', '神经网络', 'neural networks']],
      ['computer-vision', '计算机视觉', 'Computer Vision', ['图像识别', 'image recognition', 'cv', '图像处理']],
      ['nlp', '自然语言处理', 'Natural Language Processing', ['nlp', '文本挖掘', 'text mining']],
      ['large-models', '大模型', 'Large Models', ['大语言模型', 'llm', 'large language models', '生成式人工智能', 'generative ai', 'aigc']],
      ['speech', '语音技术', 'Speech Technology', ['语音识别', 'speech recognition', '语音合成']],
      ['knowledge-graph', '知识图谱', 'Knowledge Graphs', ['knowledge graph', '知识工程']],
    ],
  },
  {
    code: 'biomedicine', zh: '生物医药', en: 'Biomedicine',
    aliases: ['生物医学', '医药', '生物技术', 'biomedical', 'biopharma', 'biopharmaceuticals', 'biotechnology', 'biotech', 'pharmaceuticals', 'pharmacy', '药学'],
    subs: [
      ['drug-discovery', '创新药', 'Drug Discovery', ['新药研发', '药物研发', 'drug development', 'new drugs']],
      ['biologics', '生物制品', 'Biologics', ['疫苗', 'vaccines', '抗体', 'antibodies', '生物药']],
      ['chemical-drugs', '化学药', 'Chemical Drugs', ['化学制药', '原料药', 'api manufacturing', '仿制药', 'generics']],
      ['genomics', '基因技术', 'Genomics', ['基因', '基因编辑', 'gene editing', '基因检测', 'genetic testing']],
      ['cell-therapy', '细胞治疗', 'Cell Therapy', ['干细胞', 'stem cells', 'car-t']],
      ['diagnostics', '体外诊断', 'In-Vitro Diagnostics', ['ivd', 'in vitro diagnostics', '诊断试剂']],
      ['synthetic-biology', '合成生物学', 'Synthetic Biology', ['合成生物', 'synbio', '生物制造', 'biomanufacturing']],
    ],
  },
  {
    code: 'tcm', zh: '中医药', en: 'Traditional Chinese Medicine',
    aliases: ['中医', '中医学', 'tcm', 'traditional chinese medicine', 'chinese medicine', '中西医结合'],
    subs: [
      ['clinical', '中医临床', 'TCM Clinical Practice', ['中医诊疗', '中医内科']],
      ['herbal-medicine', '中药', 'Chinese Herbal Medicine', ['中药学', '中药制药', '中成药', 'herbal medicine', 'chinese materia medica', '中药饮片']],
      ['herb-cultivation', '中药材种植', 'Medicinal Herb Cultivation', ['中药材', '药材种植', '道地药材', 'medicinal plants']],
      ['southern-medicine', '南药', 'Southern Chinese Medicinal Herbs', ['岭南中药', '广药', '化橘红', '沉香', '陈皮', '新会陈皮', '巴戟天', '广藿香']],
      ['acupuncture', '针灸推拿', 'Acupuncture & Tuina', ['针灸', 'acupuncture', '推拿', 'tuina']],
      ['health-preservation', '中医养生', 'TCM Health Preservation', ['治未病', '药膳', '养生']],
    ],
  },
  {
    code: 'medical-devices', zh: '医疗器械', en: 'Medical Devices',
    aliases: ['医疗设备', 'medical equipment', 'medical device', '生物医学工程', 'biomedical engineering'],
    subs: [
      ['imaging', '医学影像设备', 'Medical Imaging Equipment', ['医学影像', 'medical imaging', 'ct', 'mri', '超声']],
      ['implants', '植入器械', 'Implantable Devices', ['植入物', 'implants', '生物医用材料', 'biomaterials']],
      ['rehabilitation-devices', '康复器械', 'Rehabilitation Devices', ['康复设备', 'assistive devices', '康复机器人']],
      ['wearables', '可穿戴医疗', 'Wearable Medical Devices', ['可穿戴设备', 'wearables', '远程监护']],
      ['surgical', '手术器械', 'Surgical Instruments', ['手术机器人', 'surgical robots', '微创器械']],
    ],
  },
  {
    code: 'clinical-medicine', zh: '临床医学', en: 'Clinical Medicine',
    aliases: ['医学', '医疗', 'medicine', 'clinical', '医院'],
    subs: [
      ['internal', '内科学', 'Internal Medicine', ['内科', '心血管', 'cardiology']],
      ['surgery', '外科学', 'Surgery', ['外科', '骨科', 'orthopedics']],
      ['oncology', '肿瘤学', 'Oncology', ['肿瘤', 'cancer', '癌症']],
      ['nursing', '护理学', 'Nursing', ['护理', 'nurse care']],
      ['stomatology', '口腔医学', 'Stomatology', ['口腔', 'dentistry', 'dental']],
      ['pediatrics', '儿科学', 'Pediatrics', ['儿科', 'paediatrics']],
      ['rehabilitation-medicine', '康复医学', 'Rehabilitation Medicine', ['康复', 'rehabilitation', '康复治疗']],
    ],
  },
  {
    code: 'public-health', zh: '公共卫生', en: 'Public Health',
    aliases: ['公共卫生与预防医学', '预防医学', 'preventive medicine', '疾控', '卫生健康'],
    subs: [
      ['epidemiology', '流行病学', 'Epidemiology', ['疾病防控', 'disease control', '传染病防治', 'infectious diseases']],
      ['environmental-health', '环境卫生', 'Environmental Health', ['环境与健康']],
      ['occupational-health', '职业健康', 'Occupational Health', ['职业病防治', '职业卫生']],
      ['nutrition', '营养学', 'Nutrition', ['营养', '营养与食品卫生', 'dietetics']],
      ['health-management', '健康管理', 'Health Management', ['慢病管理', 'chronic disease management', '健康服务']],
      ['elderly-care', '养老健康', 'Elderly Care', ['养老', '智慧养老', 'aged care', '老年健康']],
    ],
  },
  {
    code: 'agriculture', zh: '农业', en: 'Agriculture',
    aliases: ['农学', '现代农业', '农业科学', '农业工程', 'agronomy', 'agricultural science', 'farming', '农业技术', '乡村振兴'],
    subs: [
      ['crop-breeding', '作物育种', 'Crop Breeding', ['种业', '育种', 'seed industry', 'breeding', '水稻', 'rice', '作物栽培']],
      ['plant-protection', '植物保护', 'Plant Protection', ['植保', '病虫害防治', 'pest control', '农药', 'pesticides']],
      ['soil-fertilizer', '土壤肥料', 'Soil & Fertilizer', ['土壤', '肥料', 'fertilizer', 'fertilizers', '耕地质量']],
      ['smart-agriculture', '智慧农业', 'Smart Agriculture', ['数字农业', 'precision agriculture', 'digital agriculture', '设施农业']],
      ['agri-machinery', '农业机械', 'Agricultural Machinery', ['农机', 'farm machinery', '农机装备']],
      ['horticulture', '园艺', 'Horticulture', ['蔬菜', 'vegetables', '花卉', 'flowers', '食用菌', 'mushrooms']],
      ['tea', '茶叶', 'Tea', ['茶', '茶产业', 'tea industry', '英德红茶', '单丛茶']],
    ],
  },
  {
    code: 'livestock', zh: '畜牧兽医', en: 'Animal Husbandry & Veterinary',
    aliases: ['畜牧', '畜牧业', '养殖业', 'animal husbandry', 'livestock', 'animal science', '动物科学'],
    subs: [
      ['pigs', '生猪养殖', 'Pig Farming', ['生猪', '养猪', 'pig', 'pigs', 'swine']],
      ['poultry', '家禽养殖', 'Poultry Farming', ['家禽', 'poultry', '鸡', '清远鸡']],
      ['cattle', '牛羊养殖', 'Cattle & Sheep Farming', ['牛羊', 'cattle', 'sheep', '奶业', 'dairy farming']],
      ['veterinary', '兽医', 'Veterinary Medicine', ['动物疫病', 'veterinary', 'animal health', '动物医学']],
      ['feed', '饲料', 'Animal Feed', ['饲料工业', 'feed', 'animal nutrition', '动物营养']],
    ],
  },
  {
    code: 'fruit', zh: '水果产业', en: 'Fruit Industry',
    aliases: ['水果', '果树', '果业', '果树学', 'fruit', 'fruits', 'pomology', 'fruit growing', 'orchards'],
    subs: [
      ['lychee', '荔枝', 'Lychee', ['litchi', 'lychees', '荔枝产业', '荔枝种植']],
      ['longan', '龙眼', 'Longan', ['桂圆']],
      ['citrus', '柑橘', 'Citrus', ['柑桔', '沙糖桔', '砂糖橘', '柚子', 'pomelo', 'oranges']],
      ['banana', '香蕉', 'Banana', ['bananas', '大蕉']],
      ['tropical-fruits', '热带水果', 'Tropical Fruits', ['芒果', 'mango', '菠萝', 'pineapple', '火龙果', 'pitaya', '番石榴']],
      ['postharvest', '采后保鲜', 'Postharvest Preservation', ['果蔬保鲜', 'postharvest', 'fruit preservation', '采后处理']],
    ],
  },
  {
    code: 'fisheries', zh: '水产渔业', en: 'Aquaculture & Fisheries',
    aliases: ['水产', '渔业', '水产养殖', '水产业', 'aquaculture', 'fisheries', 'fishery', 'fishing', '水产科学'],
    subs: [
      ['seed-breeding', '水产种业', 'Aquatic Breeding', ['水产育种', '水产苗种', '鱼苗', 'fry', 'aquatic seed']],
      ['pond-culture', '池塘养殖', 'Pond Culture', ['淡水养殖', 'freshwater aquaculture', '鱼塘', '罗非鱼', 'tilapia']],
      ['mariculture', '海水养殖', 'Mariculture', ['深远海养殖', '网箱养殖', 'cage culture', '对虾', 'shrimp', '生蚝', 'oysters']],
      ['aquatic-disease', '水产病害防治', 'Aquatic Animal Health', ['鱼病', 'fish disease', '水产疫病', '水产动保']],
      ['aquatic-feed', '水产饲料', 'Aquafeed', ['aquafeed', '鱼饲料', 'fish feed']],
      ['seafood-processing', '水产品加工', 'Seafood Processing', ['水产加工', 'seafood', 'fish processing', '海产品加工']],
    ],
  },
  {
    code: 'forestry', zh: '林业', en: 'Forestry',
    aliases: ['林学', '林草', '森林', 'forest', 'forests', 'forest science', 'silviculture science', '林业工程'],
    subs: [
      ['bamboo', '竹产业', 'Bamboo Industry', ['竹', '竹子', '竹材', 'bamboo', '竹制品', '以竹代塑']],
      ['silviculture', '森林培育', 'Silviculture', ['造林', 'afforestation', '林木育种', '苗木']],
      ['forest-protection', '森林保护', 'Forest Protection', ['森林防火', 'forest fire prevention', '林业有害生物防治']],
      ['wood', '木材科学', 'Wood Science', ['木材', '木材加工', 'wood', 'timber', 'wood processing', '人造板']],
      ['understory-economy', '林下经济', 'Understory Economy', ['林下种植', '林下养殖', 'agroforestry']],
      ['oil-tea', '油茶', 'Oil-Tea Camellia', ['油茶产业', 'camellia oil', '茶油']],
      ['landscape', '园林', 'Landscape Architecture', ['园林绿化', 'landscape architecture', '风景园林', '城市绿化']],
    ],
  },
  {
    code: 'food', zh: '食品', en: 'Food Science & Processing',
    aliases: ['食品科学', '食品工程', '食品加工', '食品科学与工程', '食品工业', 'food science', 'food processing', 'food engineering', 'food industry', 'food'],
    subs: [
      ['agro-processing', '农产品加工', 'Agricultural Product Processing', ['农产品深加工', 'agro-processing', 'agricultural processing']],
      ['food-safety', '食品安全', 'Food Safety', ['食品检测', 'food testing', '食品质量', 'food quality']],
      ['fermentation', '发酵工程', 'Fermentation', ['发酵', 'fermentation', '酿造', 'brewing', '酿酒']],
      ['functional-foods', '功能食品', 'Functional Foods', ['保健食品', 'health food', 'nutraceuticals']],
      ['cold-chain', '食品冷链', 'Food Cold Chain', ['冷链', 'cold chain', '冷链物流', '食品保鲜']],
      ['prepared-dishes', '预制菜', 'Prepared Dishes', ['prepared meals', '中央厨房', 'ready meals']],
      ['food-packaging', '食品包装', 'Food Packaging', ['food packaging materials']],
    ],
  },
  {
    code: 'environment', zh: '生态环境', en: 'Environment',
    aliases: ['环境', '环境科学', '环境工程', '环保', '环境保护', 'environmental science', 'environmental engineering', 'environmental protection', 'environmental'],
    subs: [
      ['water-treatment', '水处理', 'Water Treatment', ['污水处理', 'wastewater treatment', '水污染治理', 'water pollution', '黑臭水体']],
      ['air-pollution', '大气污染防治', 'Air Pollution Control', ['大气污染', 'air pollution', '废气治理', 'vocs']],
      ['solid-waste', '固体废物', 'Solid Waste', ['固废', '固废处理', 'solid waste management', '垃圾处理', '资源循环利用', 'recycling']],
      ['soil-remediation', '土壤修复', 'Soil Remediation', ['土壤污染', 'soil pollution', 'land remediation']],
      ['ecology', '生态保护修复', 'Ecological Restoration', ['生态', '生态修复', 'ecology', 'ecological restoration', '生物多样性', 'biodiversity']],
      ['monitoring', '环境监测', 'Environmental Monitoring', ['环境检测', 'environmental monitoring']],
      ['carbon', '双碳', 'Carbon Neutrality', ['碳中和', '碳达峰', 'carbon neutrality', '低碳', 'low carbon', '碳排放', 'ccus']],
    ],
  },
  {
    code: 'water', zh: '水利', en: 'Water Resources & Hydraulic Engineering',
    aliases: ['水利工程', '水利水电', 'hydraulic engineering', 'water conservancy', 'water resources engineering'],
    subs: [
      ['water-resources', '水资源', 'Water Resources', ['water resources', '节水', 'water saving', '供水']],
      ['flood-control', '防洪减灾', 'Flood Control', ['防洪', 'flood control', '水旱灾害防御']],
      ['irrigation', '农田水利', 'Irrigation', ['灌溉', 'irrigation', '节水灌溉']],
      ['hydrology', '水文', 'Hydrology', ['水文学', 'hydrology', '水文监测']],
      ['hydropower', '水电', 'Hydropower', ['水力发电', 'hydropower', '小水电']],
    ],
  },
  {
    code: 'chemical', zh: '化工', en: 'Chemical Engineering',
    aliases: ['化学工程', '化学工程与工艺', '化工技术', 'chemical engineering', 'chemicals', 'chemical industry'],
    subs: [
      ['petrochemicals', '石油化工', 'Petrochemicals', ['石化', 'petrochemical', '炼化']],
      ['fine-chemicals', '精细化工', 'Fine Chemicals', ['fine chemical', '涂料', 'coatings', '胶粘剂', 'adhesives', '染料']],
      ['catalysis', '催化', 'Catalysis', ['催化剂', 'catalysts', 'catalyst']],
      ['green-chemistry', '绿色化工', 'Green Chemistry', ['green chemical engineering', '清洁生产']],
      ['electrochemistry', '电化学', 'Electrochemistry', ['electrochemical', '电镀']],
      ['process-safety', '化工安全', 'Chemical Process Safety', ['危化品', 'hazardous chemicals', '化工园区']],
    ],
  },
  {
    code: 'civil', zh: '土木建筑', en: 'Civil Engineering & Construction',
    aliases: ['土木工程', '建筑工程', '建筑', '建筑业', '建筑学', 'civil engineering', 'construction', 'architecture', 'building'],
    subs: [
      ['structural', '结构工程', 'Structural Engineering', ['结构', 'structural engineering', '钢结构', 'steel structures']],
      ['geotechnical', '岩土工程', 'Geotechnical Engineering', ['岩土', 'geotechnics', '地基基础', 'foundations']],
      ['bridges-tunnels', '桥梁与隧道', 'Bridges & Tunnels', ['桥梁', 'bridges', '隧道', 'tunnels']],
      ['smart-construction', '智能建造', 'Smart Construction', ['bim', '装配式建筑', 'prefabricated buildings', '建筑工业化']],
      ['municipal', '市政工程', 'Municipal Engineering', ['市政', 'municipal engineering', '城市更新', 'urban renewal', '给排水']],
      ['green-building', '绿色建筑', 'Green Building', ['建筑节能', 'building energy efficiency', 'green buildings']],
      ['urban-planning', '城乡规划', 'Urban & Rural Planning', ['城市规划', 'urban planning', '国土空间规划', '乡村规划']],
    ],
  },
  {
    code: 'textile', zh: '纺织服装', en: 'Textile & Apparel',
    aliases: ['纺织', '服装', '纺织工程', 'textile', 'textiles', 'apparel', 'garments', 'clothing', '纺织品'],
    subs: [
      ['fibers', '纤维材料', 'Fibers', ['化纤', 'chemical fibers', 'fibres', 'fibers', '纤维']],
      ['dyeing', '印染', 'Dyeing & Finishing', ['染整', 'dyeing', 'textile finishing']],
      ['garment-making', '服装设计与制造', 'Garment Design & Manufacturing', ['服装设计', 'fashion design', '服装制造', '制衣']],
      ['technical-textiles', '产业用纺织品', 'Technical Textiles', ['非织造', 'nonwovens', 'technical textile']],
      ['knitting', '针织', 'Knitting', ['针织品', 'knitwear', '内衣', 'underwear']],
      ['denim', '牛仔服装', 'Denim', ['牛仔', 'jeans', '牛仔布']],
    ],
  },
  {
    code: 'metallurgy', zh: '冶金', en: 'Metallurgy',
    aliases: ['冶金工程', '冶金技术', 'metallurgical engineering', 'metallurgical'],
    subs: [
      ['steel', '钢铁冶金', 'Iron & Steel', ['钢铁', 'iron and steel', 'steelmaking', '炼钢']],
      ['nonferrous', '有色金属', 'Nonferrous Metals', ['有色冶金', 'nonferrous metallurgy', 'non-ferrous metals', '铜', '铝', 'aluminium']],
      ['rare-earth', '稀土', 'Rare Earths', ['稀土材料', 'rare earth', 'rare earth elements']],
      ['casting', '铸造', 'Casting', ['铸造工艺', 'foundry', 'die casting', '压铸']],
      ['forming', '金属成形', 'Metal Forming', ['锻造', 'forging', '冲压', 'stamping', '轧制']],
      ['heat-treatment', '热处理', 'Heat Treatment', ['表面热处理', 'heat treating']],
      ['powder-metallurgy', '粉末冶金', 'Powder Metallurgy', ['powder metallurgy', '金属粉末']],
    ],
  },
  {
    code: 'hardware', zh: '五金刀剪', en: 'Hardware & Cutlery',
    aliases: ['五金', '五金制品', '五金工具', 'hardware', 'metal products', '金属制品'],
    subs: [
      ['cutlery', '刀剪', 'Knives & Scissors', ['刀具', '剪刀', 'knives', 'scissors', 'cutlery', '阳江刀剪']],
      ['kitchenware', '厨具', 'Kitchenware', ['厨房用具', 'kitchen utensils', 'cookware', '不锈钢制品', 'stainless steel products']],
      ['locks', '锁具', 'Locks', ['锁', 'locks', '智能门锁', 'smart locks']],
      ['building-hardware', '建筑五金', 'Building Hardware', ['门窗五金', 'door and window hardware', '卫浴五金']],
      ['hand-tools', '手工具', 'Hand Tools', ['工具', 'tools', 'hand tools', '电动工具', 'power tools']],
      ['surface-finishing', '表面处理', 'Surface Finishing', ['抛光', 'polishing', '表面工程', 'surface treatment', '喷涂']],
    ],
  },
  {
    code: 'furniture-home', zh: '家具家居', en: 'Furniture & Home',
    aliases: ['家具', '家居', '家居用品', 'furniture', 'home furnishing', 'home furnishings', 'home'],
    subs: [
      ['furniture-making', '家具制造', 'Furniture Manufacturing', ['实木家具', '板式家具', '红木家具', 'furniture manufacturing']],
      ['custom-home', '定制家居', 'Custom Home Furnishing', ['全屋定制', 'custom furniture', '整装']],
      ['smart-home', '智能家居', 'Smart Home', ['smart home', '全屋智能', 'home automation']],
      ['home-appliances', '家用电器', 'Home Appliances', ['家电', 'household appliances', 'appliances', '小家电', '厨电']],
      ['lighting', '照明灯饰', 'Lighting', ['照明', 'lighting', '灯饰', '灯具', 'lamps']],
      ['sanitary-ware', '卫浴洁具', 'Sanitary Ware', ['卫浴', 'sanitary ware', '洁具', 'bathroom products']],
    ],
  },
  {
    code: 'light-industry', zh: '轻工', en: 'Light Industry',
    aliases: ['轻工业', '轻工技术', 'light industry', 'consumer goods', '日用消费品'],
    subs: [
      ['paper', '造纸', 'Papermaking', ['制浆造纸', 'papermaking', 'paper', 'pulp and paper']],
      ['printing-packaging', '印刷包装', 'Printing & Packaging', ['印刷', 'printing', '包装', 'packaging']],
      ['leather-footwear', '皮革制鞋', 'Leather & Footwear', ['皮革', 'leather', '制鞋', 'footwear', 'shoes']],
      ['toys', '玩具', 'Toys', ['toys', '潮玩', 'toy manufacturing']],
      ['daily-chemicals', '日化', 'Daily Chemicals', ['日用化学品', '化妆品', 'cosmetics', 'personal care', '洗涤用品']],
      ['jewelry', '珠宝首饰', 'Jewelry', ['珠宝', 'jewellery', 'jewelry', '首饰', '玉器']],
    ],
  },
  {
    code: 'low-altitude', zh: '低空经济', en: 'Low-Altitude Economy & Drones',
    aliases: ['低空', 'low-altitude economy', 'low altitude economy', 'low altitude', 'uav industry', '无人机产业'],
    subs: [
      ['drones', '无人机', 'Drones', ['uav', 'uavs', 'drone', 'unmanned aerial vehicles', '无人驾驶航空器']],
      ['evtol', '电动垂直起降飞行器', 'eVTOL Aircraft', ['evtol', '飞行汽车', 'flying cars', 'air taxi']],
      ['airspace-services', '低空飞行服务', 'Low-Altitude Flight Services', ['低空空域管理', '空管', 'air traffic management', '起降场']],
      ['drone-applications', '无人机应用', 'Drone Applications', ['植保无人机', '无人机巡检', '无人机物流', 'drone delivery', 'agricultural drones']],
      ['general-aviation', '通用航空', 'General Aviation', ['通航', 'general aviation']],
    ],
  },
  {
    code: 'aerospace', zh: '航空航天', en: 'Aerospace',
    aliases: ['航空', '航天', 'aviation', 'aeronautics', 'astronautics', 'space'],
    subs: [
      ['aircraft', '航空器', 'Aircraft', ['飞机', 'aircraft', '大飞机', '飞机制造']],
      ['spacecraft', '航天器', 'Spacecraft', ['spacecraft', '火箭', 'rockets', '商业航天', 'commercial space']],
      ['satellites', '卫星应用', 'Satellite Applications', ['卫星', 'satellites', '北斗', 'beidou', '卫星导航', 'gnss']],
      ['propulsion', '航空发动机', 'Aero Engines', ['发动机', 'aero engines', 'propulsion', '燃气轮机']],
    ],
  },
  {
    code: 'transport', zh: '交通运输', en: 'Transport & Logistics',
    aliases: ['交通', '交通工程', '运输', 'transportation', 'transport', 'traffic engineering'],
    subs: [
      ['logistics', '物流', 'Logistics', ['现代物流', '供应链', 'supply chain', 'supply chain management', '智慧物流']],
      ['rail', '轨道交通', 'Rail Transit', ['铁路', 'railway', 'railways', '高铁', 'high-speed rail', '地铁', 'metro']],
      ['roads', '道路工程', 'Road Engineering', ['公路', 'highways', 'road engineering', '路面']],
      ['intelligent-transport', '智能交通', 'Intelligent Transport Systems', ['its', '智慧交通', 'intelligent transportation', '车路协同']],
      ['ports-shipping', '港口航运', 'Ports & Shipping', ['港口', 'ports', '航运', 'shipping', '水运']],
    ],
  },
  {
    code: 'automotive', zh: '汽车', en: 'Automotive',
    aliases: ['汽车工程', '汽车产业', '车辆工程', 'automotive engineering', 'vehicle engineering', 'automobiles', 'cars'],
    subs: [
      ['nev', '新能源汽车', 'New Energy Vehicles', ['nev', 'nevs', '电动汽车', 'electric vehicles', 'ev', 'evs', '充电桩', 'charging']],
      ['intelligent-vehicles', '智能网联汽车', 'Intelligent Connected Vehicles', ['自动驾驶', 'autonomous driving', 'self-driving', '车联网', 'icv']],
      ['auto-parts', '汽车零部件', 'Auto Parts', ['零部件', 'auto parts', 'automotive components', '汽车电子']],
      ['motorcycles', '摩托车', 'Motorcycles', ['motorcycles', '电动自行车', 'e-bikes', '两轮车']],
    ],
  },
  {
    code: 'marine', zh: '海洋', en: 'Marine',
    aliases: ['海洋科学', '海洋工程', '海洋经济', 'marine science', 'marine engineering', 'ocean', 'oceanography', '蓝色经济'],
    subs: [
      ['offshore-equipment', '海洋工程装备', 'Offshore Engineering Equipment', ['海工装备', 'offshore engineering', 'offshore platforms']],
      ['shipbuilding', '船舶', 'Shipbuilding', ['船舶工程', 'shipbuilding', 'naval architecture', '游艇', 'yachts']],
      ['marine-biology', '海洋生物', 'Marine Biology', ['海洋生物技术', 'marine biotechnology', 'marine biology', '海洋药物']],
      ['marine-environment', '海洋环境', 'Marine Environment', ['海洋生态', 'coastal ecology', '海岸带', '红树林', 'mangroves']],
      ['marine-resources', '海洋资源', 'Marine Resources', ['海水淡化', 'desalination', '海洋矿产', '海洋能']],
    ],
  },
  {
    code: 'earth-sciences', zh: '地球科学', en: 'Earth Sciences',
    aliases: ['地学', '地球物理', 'geoscience', 'geosciences', 'earth science', '地质资源与地质工程'],
    subs: [
      ['geology', '地质', 'Geology', ['地质学', 'geology', '地质勘探', 'geological exploration']],
      ['mining', '矿业', 'Mining', ['采矿', 'mining', 'mining engineering', '矿产资源', '绿色矿山']],
      ['surveying', '测绘地理信息', 'Surveying & Geoinformatics', ['测绘', 'surveying', 'gis', '地理信息', '遥感', 'remote sensing']],
      ['meteorology', '气象', 'Meteorology', ['气象学', 'meteorology', '气候', 'climate', '天气预报', 'weather forecasting']],
      ['geohazards', '地质灾害', 'Geological Hazards', ['地灾', 'geohazards', '滑坡', 'landslides', '地震', 'earthquakes']],
    ],
  },
  {
    code: 'basic-sciences', zh: '基础科学', en: 'Basic Sciences',
    aliases: ['基础研究', '理学', 'natural sciences', 'fundamental research', 'basic research'],
    subs: [
      ['mathematics', '数学', 'Mathematics', ['应用数学', 'math', 'maths', 'applied mathematics', '统计学', 'statistics']],
      ['physics', '物理学', 'Physics', ['物理', 'physics', '量子', 'quantum', '光学', 'optics']],
      ['chemistry', '化学', 'Chemistry', ['chemistry', '分析化学', 'analytical chemistry', '有机化学']],
      ['biology', '生物学', 'Biology', ['生命科学', 'life sciences', 'biology', '微生物', 'microbiology']],
      ['astronomy', '天文学', 'Astronomy', ['天文', 'astronomy', 'astrophysics']],
    ],
  },
  {
    code: 'modern-services', zh: '现代服务业', en: 'Modern Services',
    aliases: ['服务业', '生产性服务业', 'services', 'service industry', 'business services'],
    subs: [
      ['tech-transfer', '科技服务', 'Technology Services', ['技术转移', 'technology transfer', '成果转化', '科技成果转化', 'technology brokerage', '技术经纪']],
      ['ip', '知识产权', 'Intellectual Property', ['专利', 'patents', 'intellectual property', 'ip', '商标']],
      ['testing-certification', '检验检测', 'Testing & Certification', ['检验检测认证', 'testing', 'certification', '计量', 'metrology', '标准化', 'standardization']],
      ['industrial-design', '工业设计', 'Industrial Design', ['产品设计', 'product design', 'industrial design', '设计服务']],
      ['fintech', '金融科技', 'Fintech', ['金融', 'finance', 'fintech', '科技金融', '风险投资', 'venture capital']],
      ['ecommerce', '电子商务', 'E-commerce', ['电商', 'e-commerce', '跨境电商', 'cross-border e-commerce', '直播电商']],
      ['culture-tourism', '文化旅游', 'Culture & Tourism', ['文旅', 'tourism', '旅游', '文化创意', 'cultural and creative industries']],
    ],
  },
  {
    code: 'science-communication', zh: '科学普及', en: 'Science Communication',
    aliases: ['科普', 'science popularization', 'popular science', 'public science literacy', '科学素质'],
    subs: [
      ['science-education', '科学教育', 'Science Education', ['stem', 'stem education', '青少年科技教育', '科技教育']],
      ['science-venues', '科普场馆', 'Science Venues', ['科技馆', 'science museums', 'science centers', '科普基地']],
      ['science-media', '科普传媒', 'Science Media', ['科普创作', '科普视频', 'science media', 'science writing']],
      ['emergency-outreach', '应急科普', 'Emergency Science Outreach', ['防灾科普', 'emergency communication']],
    ],
  },
  {
    code: 'safety', zh: '安全与应急', en: 'Safety & Emergency Management',
    aliases: ['安全工程', '安全科学与工程', '应急', 'safety engineering', 'safety', 'emergency management'],
    subs: [
      ['work-safety', '安全生产', 'Work Safety', ['生产安全', 'occupational safety', 'industrial safety']],
      ['fire', '消防', 'Fire Protection', ['消防工程', 'fire safety', 'fire protection', '火灾防控']],
      ['emergency-response', '应急管理', 'Emergency Response', ['应急救援', 'emergency response', 'rescue', '应急装备']],
      ['disaster-reduction', '防灾减灾', 'Disaster Reduction', ['减灾', 'disaster prevention', 'disaster risk reduction']],
    ],
  },
  {
    code: 'economics-management', zh: '经济与管理', en: 'Economics & Management',
    aliases: ['经济管理', '管理学', '经济学', 'economics', 'management', 'management science', '管理科学与工程'],
    subs: [
      ['innovation-management', '创新管理', 'Innovation Management', ['技术创新管理', 'innovation management', '研发管理', 'r&d management']],
      ['industrial-economics', '产业经济', 'Industrial Economics', ['产业规划', 'industrial policy', 'industrial economics', '产业链']],
      ['enterprise-management', '企业管理', 'Business Management', ['工商管理', 'business administration', 'business management', '质量管理', 'quality management']],
      ['science-policy', '科技政策', 'Science & Technology Policy', ['科技管理', 'science policy', 'innovation policy', '科技评价']],
      ['regional-development', '区域发展', 'Regional Development', ['县域经济', 'county economy', '区域经济', 'regional economics', '百千万工程']],
    ],
  },
];
