/**
 * Hand-written phrase tables for the benchmark data generator. Every topic is one technical field, with
 * things a firm makes or handles, problems it meets and methods a provider brings, in Chinese and English.
 * Lists are "|"-separated and aligned: the n-th Chinese phrase means the n-th English one.
 */
export interface Topic {
  field: string;
  fieldEn: string;
  objects: string[];
  objectsEn: string[];
  problems: string[];
  problemsEn: string[];
  methods: string[];
  methodsEn: string[];
}

const t = (
  field: string,
  fieldEn: string,
  o: string,
  oe: string,
  p: string,
  pe: string,
  m: string,
  me: string,
): Topic => ({
  field,
  fieldEn,
  objects: o.split('|'),
  objectsEn: oe.split('|'),
  problems: p.split('|'),
  problemsEn: pe.split('|'),
  methods: m.split('|'),
  methodsEn: me.split('|'),
});

export const TOPICS: Topic[] = [
  t(
    '电池材料',
    'battery materials',
    '三元正极材料|磷酸铁锂|硅碳负极|电解液|钠离子电池',
    'NCM cathode powder|lithium iron phosphate|silicon-carbon anodes|electrolyte|sodium-ion cells',
    '循环寿命达不到客户要求|低温下容量衰减明显|批次一致性差|产气鼓包',
    'cycle life below the customer specification|capacity loss at low temperature|poor batch consistency|gas swelling',
    '掺杂包覆改性|烧结工艺优化|电化学表征|失效分析',
    'doping and coating|sintering optimisation|electrochemical characterisation|failure analysis',
  ),
  t(
    '氢能',
    'hydrogen energy',
    '燃料电池电堆|膜电极|碱性电解槽|高压储氢瓶',
    'fuel cell stacks|membrane electrode assemblies|alkaline electrolysers|high-pressure hydrogen tanks',
    '频繁启停后性能衰减快|铂载量高导致成本偏高|制氢能耗偏高',
    'fast degradation under start-stop cycling|high platinum loading and cost|high energy use per kilogram of hydrogen',
    '催化剂载体设计|水热管理|耐久性测试|系统集成',
    'catalyst support design|water and heat management|durability testing|system integration',
  ),
  t(
    '机器人',
    'robotics',
    '协作机器人|搬运机器人|打磨机器人|码垛机器人',
    'collaborative robots|handling robots|grinding robots|palletising robots',
    '换型编程耗时长|定位精度不够|人机协作存在安全隐患',
    'long reprogramming for every changeover|insufficient positioning accuracy|safety risks in human-robot collaboration',
    '离线编程|力控打磨|轨迹规划|安全防护设计',
    'offline programming|force-controlled grinding|trajectory planning|safety design',
  ),
  t(
    '机器视觉',
    'machine vision',
    '表面缺陷检测系统|视觉定位相机|三维测量设备',
    'surface defect inspection systems|vision positioning cameras|3D measurement devices',
    '漏检率高|反光表面难以成像|检测节拍跟不上产线',
    'too many missed defects|reflective surfaces are hard to image|inspection cannot keep up with line speed',
    '深度学习缺陷识别|结构光三维重建|光源与成像设计',
    'deep-learning defect recognition|structured-light 3D reconstruction|lighting and optics design',
  ),
  t(
    '焊接',
    'welding',
    '不锈钢焊接件|钣金焊接结构|铝合金焊缝',
    'stainless steel weldments|sheet-metal welded frames|aluminium alloy welds',
    '焊缝气孔和变形多|人工焊接一致性差|小批量订单无法自动化',
    'porosity and distortion in welds|inconsistent manual welding|small batches that resist automation',
    '焊缝跟踪|激光焊接工艺|焊接机器人视觉引导',
    'seam tracking|laser welding process development|vision-guided welding robots',
  ),
  t(
    '五金刀剪',
    'hardware and cutlery',
    '不锈钢刀具|厨房剪刀|指甲钳|五金工具',
    'stainless kitchen knives|kitchen scissors|nail clippers|hand tools',
    '刃口易生锈|热处理后硬度波动大|外观设计同质化',
    'edges that rust|hardness that varies after heat treatment|look-alike product designs',
    '真空热处理|表面钝化处理|工业设计|刃口研磨工艺',
    'vacuum heat treatment|surface passivation|industrial design|edge grinding process',
  ),
  t(
    '竹产业',
    'bamboo industry',
    '竹纤维复合板|竹制家具|竹笋加工品|重组竹地板',
    'bamboo fibre composite boards|bamboo furniture|processed bamboo shoots|bamboo scrimber flooring',
    '甲醛释放超标|竹材易霉变开裂|加工损耗大',
    'formaldehyde emission above the limit|mould and cracking of bamboo stock|high processing losses',
    '无醛胶黏剂|竹材热改性|防霉处理|竹材高值化利用',
    'formaldehyde-free adhesives|thermal modification of bamboo|anti-mould treatment|high-value bamboo utilisation',
  ),
  t(
    '池塘养殖',
    'pond aquaculture',
    '南美白对虾|罗非鱼|生鱼|加州鲈',
    'whiteleg shrimp|tilapia|snakehead fish|largemouth bass',
    '病害频发死亡率高|养殖尾水排放不达标|饲料系数偏高',
    'frequent disease outbreaks and deaths|pond effluent that fails discharge standards|high feed conversion ratio',
    '病害快速诊断|水质在线监测|尾水生态处理|精准投喂',
    'rapid disease diagnosis|online water-quality monitoring|ecological effluent treatment|precision feeding',
  ),
  t(
    '南药',
    'southern Chinese medicinal herbs',
    '化橘红|广藿香|沉香|巴戟天|阳春砂仁',
    'Huajuhong pomelo peel|patchouli|agarwood|morinda root|Yangchun amomum',
    '有效成分含量不稳定|种苗退化病害多|提取得率低',
    'unstable content of active compounds|degenerated seedlings and disease|low extraction yield',
    '规范化种植|指纹图谱质控|超声辅助提取|组培快繁',
    'standardised cultivation|fingerprint quality control|ultrasound-assisted extraction|tissue-culture propagation',
  ),
  t(
    '荔枝',
    'lychee',
    '妃子笑荔枝|桂味荔枝|荔枝干|荔枝果汁',
    'Feizixiao lychee|Guiwei lychee|dried lychee|lychee juice',
    '采后果皮褐变快|大小年结果明显|冷链损耗高',
    'rapid browning of the peel after harvest|alternate bearing|high losses in the cold chain',
    '预冷保鲜|花果调控|气调包装|品种改良',
    'pre-cooling and preservation|flowering and fruit-set control|modified-atmosphere packaging|variety improvement',
  ),
  t(
    '低空经济',
    'low-altitude economy',
    '植保无人机|物流无人机|eVTOL飞行器|无人机巡检系统',
    'crop-spraying drones|delivery drones|eVTOL aircraft|drone inspection systems',
    '山区航线规划困难|续航时间短|喷洒不均匀',
    'route planning in mountainous terrain|short flight endurance|uneven spraying',
    '飞控算法|航线自动规划|电池管理|避障感知',
    'flight-control algorithms|automatic route planning|battery management|obstacle sensing',
  ),
  t(
    '水处理',
    'water treatment',
    '工业废水|农村生活污水|电镀废水|印染废水',
    'industrial wastewater|rural domestic sewage|electroplating effluent|dyeing wastewater',
    '出水氨氮超标|运行能耗高|污泥产量大',
    'effluent ammonia above the limit|high operating energy|large sludge volumes',
    '膜生物反应器|高级氧化|厌氧氨氧化|智能加药控制',
    'membrane bioreactors|advanced oxidation|anammox processes|smart dosing control',
  ),
  t(
    '半导体',
    'semiconductors',
    '功率器件|碳化硅衬底|MEMS传感器|芯片封装',
    'power devices|silicon carbide substrates|MEMS sensors|chip packaging',
    '良率偏低|封装散热不足|可靠性测试不过关',
    'low yield|poor heat dissipation in packaging|failing reliability tests',
    '工艺仿真|先进封装|失效分析|晶圆缺陷检测',
    'process simulation|advanced packaging|failure analysis|wafer defect inspection',
  ),
  t(
    '人工智能',
    'artificial intelligence',
    '客服对话系统|质检数据|生产排程系统|行业知识库',
    'customer-service chat systems|quality inspection data|production scheduling systems|industry knowledge bases',
    '人工处理效率低|数据分散难以利用|模型在现场效果差',
    'slow manual handling|scattered data that nobody uses|models that fail on the shop floor',
    '大模型微调|知识图谱构建|小样本学习|边缘部署',
    'fine-tuning large models|knowledge graph construction|few-shot learning|edge deployment',
  ),
  t(
    '预制菜',
    'prepared dishes',
    '预制菜肴|速冻点心|即食海鲜|酱卤制品',
    'ready meals|frozen dim sum|ready-to-eat seafood|braised meat products',
    '复热后口感变差|保质期短|微生物指标不稳定',
    'texture loss after reheating|short shelf life|unstable microbial counts',
    '速冻工艺|杀菌工艺优化|风味保持|包装材料选择',
    'quick-freezing|sterilisation optimisation|flavour retention|packaging selection',
  ),
  t(
    '纺织服装',
    'textiles and apparel',
    '牛仔面料|功能性面料|针织服装|无纺布',
    'denim fabric|functional fabrics|knitwear|non-woven fabric',
    '染整用水量大|色牢度不达标|订单小批量快反难',
    'heavy water use in dyeing|colour fastness below standard|small fast-turn orders',
    '无水染色|数码印花|功能整理|柔性生产系统',
    'waterless dyeing|digital printing|functional finishing|flexible production systems',
  ),
  t(
    '陶瓷材料',
    'ceramics',
    '建筑陶瓷砖|日用陶瓷|氧化锆陶瓷|卫浴陶瓷',
    'ceramic tiles|tableware ceramics|zirconia ceramics|sanitary ceramics',
    '烧成能耗高|产品变形开裂|釉面缺陷多',
    'high firing energy|warping and cracking|glaze defects',
    '低温快烧|配方优化|窑炉节能改造|釉料设计',
    'low-temperature fast firing|recipe optimisation|kiln energy retrofits|glaze design',
  ),
  t(
    '光伏',
    'photovoltaics',
    '光伏组件|异质结电池|光伏支架|户用光伏系统',
    'PV modules|heterojunction cells|PV mounting|rooftop PV systems',
    '组件衰减快|电池转换效率提升慢|运维成本高',
    'fast module degradation|slow gains in cell efficiency|high O&M cost',
    '钝化工艺|智能运维|热斑检测|组件封装',
    'passivation|smart O&M|hot-spot detection|module encapsulation',
  ),
  t(
    '储能',
    'energy storage',
    '储能电池柜|液流电池|储能变流器|工商业储能系统',
    'battery storage cabinets|flow batteries|storage inverters|commercial storage systems',
    '热失控风险|电池簇不一致|收益测算不清',
    'thermal runaway risk|imbalanced battery clusters|unclear revenue models',
    '热管理设计|电池管理系统|能量调度算法|安全预警',
    'thermal management|battery management systems|energy dispatch algorithms|early safety warning',
  ),
  t(
    '复合材料',
    'composites',
    '碳纤维部件|玻璃钢管道|树脂基复合板',
    'carbon fibre parts|fibreglass pipes|resin composite panels',
    '成型周期长|层间开裂|回收利用难',
    'long moulding cycles|delamination|hard to recycle',
    '快速固化树脂|热压罐工艺|无损检测|回收技术',
    'fast-curing resins|autoclave processing|non-destructive testing|recycling technology',
  ),
  t(
    '高分子材料',
    'polymers',
    '改性塑料|橡胶密封件|可降解包装|工程塑料件',
    'modified plastics|rubber seals|biodegradable packaging|engineering plastic parts',
    '耐老化性能差|注塑件翘曲|降解速度不可控',
    'poor ageing resistance|warping of moulded parts|uncontrolled degradation',
    '配方改性|注塑工艺仿真|老化测试|生物基材料',
    'compound modification|injection moulding simulation|ageing tests|bio-based materials',
  ),
  t(
    '模具',
    'moulds and dies',
    '注塑模具|压铸模具|冲压模具',
    'injection moulds|die-casting dies|stamping dies',
    '模具寿命短|试模次数多|交期长',
    'short tool life|too many trial runs|long lead times',
    '模流分析|表面强化|随形冷却|快速制造',
    'mould-flow analysis|surface hardening|conformal cooling|rapid tooling',
  ),
  t(
    '增材制造',
    'additive manufacturing',
    '金属3D打印件|光固化树脂件|砂型打印',
    'metal 3D-printed parts|resin SLA parts|printed sand moulds',
    '打印件致密度不足|后处理成本高|尺寸精度不稳定',
    'insufficient density|costly post-processing|unstable dimensions',
    '工艺参数优化|拓扑优化设计|热处理|在线监测',
    'process parameter tuning|topology optimisation|heat treatment|in-situ monitoring',
  ),
  t(
    '数控机床',
    'machine tools',
    '五轴加工中心|数控车床|精密磨床',
    'five-axis machining centres|CNC lathes|precision grinders',
    '加工精度保持性差|热变形误差大|主轴故障多',
    'accuracy that drifts|large thermal errors|frequent spindle failures',
    '误差补偿|故障预测|数控系统二次开发',
    'error compensation|failure prediction|CNC software customisation',
  ),
  t(
    '智能制造',
    'intelligent manufacturing',
    '家电装配线|数字化车间|制造执行系统',
    'appliance assembly lines|digital workshops|manufacturing execution systems',
    '设备数据孤岛|排产依靠人工|质量追溯困难',
    'isolated machine data|manual scheduling|weak quality traceability',
    '数字孪生|智能排产|设备联网|质量追溯系统',
    'digital twins|smart scheduling|machine connectivity|traceability systems',
  ),
  t(
    '传感与检测',
    'sensors and measurement',
    '压力传感器|气体传感器|在线检测仪',
    'pressure sensors|gas sensors|online analysers',
    '零点漂移|交叉干扰|标定成本高',
    'zero drift|cross-sensitivity|costly calibration',
    '温度补偿|阵列传感|自动标定|信号处理',
    'temperature compensation|sensor arrays|automatic calibration|signal processing',
  ),
  t(
    '物联网',
    'internet of things',
    '智能电表|冷链温湿度终端|智慧农业网关',
    'smart meters|cold-chain loggers|farm gateways',
    '终端功耗高|通信不稳定|平台接入难',
    'high device power use|unreliable links|hard platform integration',
    '低功耗设计|边缘计算|协议适配|设备管理平台',
    'low-power design|edge computing|protocol adaptation|device management platforms',
  ),
  t(
    '体外诊断',
    'in-vitro diagnostics',
    '快速检测试剂盒|化学发光仪|分子诊断芯片',
    'rapid test kits|chemiluminescence analysers|molecular diagnostic chips',
    '灵敏度不足|批间差大|注册检验周期长',
    'insufficient sensitivity|large lot-to-lot variation|long registration testing',
    '抗体筛选|微流控|质控体系|注册申报指导',
    'antibody screening|microfluidics|quality control systems|regulatory filing guidance',
  ),
  t(
    '茶叶',
    'tea',
    '单丛茶|红茶|茶饮原料',
    'Dancong oolong|black tea|tea beverage ingredients',
    '品质不稳定|农残风险|加工依赖老师傅',
    'unstable quality|pesticide residue risk|processing that depends on a few masters',
    '标准化加工|绿色防控|香气成分分析',
    'standardised processing|green pest control|aroma compound analysis',
  ),
  t(
    '柑橘',
    'citrus',
    '砂糖橘|沃柑|柑橘果园',
    'Shatangju mandarins|Orah mandarins|citrus orchards',
    '黄龙病蔓延|果实品质参差|采后腐烂',
    'spreading huanglongbing|uneven fruit quality|post-harvest rot',
    '无病苗木繁育|水肥一体化|采后保鲜',
    'disease-free nursery stock|fertigation|post-harvest preservation',
  ),
  t(
    '生猪养殖',
    'pig farming',
    '规模化猪场|种猪|猪场粪污',
    'large pig farms|breeding sows|pig manure',
    '非洲猪瘟防控压力大|母猪产仔数低|粪污处理成本高',
    'African swine fever pressure|small litters|costly manure treatment',
    '生物安全体系|精准营养|粪污资源化|疫病监测',
    'biosecurity systems|precision nutrition|manure recycling|disease surveillance',
  ),
  t(
    '家具家居',
    'furniture and home',
    '定制橱柜|实木家具|软体沙发',
    'custom kitchen cabinets|solid-wood furniture|upholstered sofas',
    '板材利用率低|涂装VOC排放高|设计打样慢',
    'low board yield|high VOC emissions from coating|slow design sampling',
    '智能排料|水性涂装|参数化设计',
    'nesting optimisation|waterborne coatings|parametric design',
  ),
  t(
    '固体废物',
    'solid waste',
    '建筑垃圾|餐厨垃圾|工业固废',
    'construction waste|food waste|industrial solid waste',
    '资源化利用率低|处置成本高|二次污染',
    'low recycling rates|high disposal cost|secondary pollution',
    '分选技术|厌氧发酵|再生骨料制备',
    'sorting technology|anaerobic digestion|recycled aggregate production',
  ),
  t(
    '土壤修复',
    'soil remediation',
    '重金属污染农田|工业遗留场地|矿区土壤',
    'heavy-metal farmland|legacy industrial sites|mining soils',
    '镉超标|修复周期长|修复后复垦难',
    'cadmium above the limit|long remediation periods|difficult reuse after remediation',
    '钝化修复|植物修复|风险评估',
    'immobilisation|phytoremediation|risk assessment',
  ),
  t(
    '精细化工',
    'fine chemicals',
    '水性涂料|表面活性剂|香精香料|电子化学品',
    'waterborne paints|surfactants|flavours and fragrances|electronic chemicals',
    '纯度不达标|反应收率低|三废处理压力大',
    'purity below specification|low reaction yield|heavy waste treatment burden',
    '连续流合成|催化工艺|分离纯化|清洁生产',
    'continuous-flow synthesis|catalytic processes|separation and purification|cleaner production',
  ),
  t(
    '汽车',
    'automotive',
    '汽车线束|新能源汽车电机|汽车内饰件',
    'vehicle wiring harnesses|EV motors|interior trim parts',
    '轻量化不足|NVH问题|供应链认证门槛高',
    'not light enough|noise and vibration issues|demanding supplier qualification',
    '轻量化设计|电机控制|NVH分析|可靠性验证',
    'lightweight design|motor control|NVH analysis|reliability validation',
  ),
  t(
    '食品冷链',
    'food cold chain',
    '冷库|冷藏车|生鲜配送',
    'cold stores|refrigerated trucks|fresh-produce delivery',
    '能耗高|温度波动大|损耗难追踪',
    'high energy use|temperature swings|losses nobody can trace',
    '温度监控|冷库节能|全程追溯',
    'temperature monitoring|cold-store energy saving|end-to-end traceability',
  ),
  t(
    '海洋',
    'marine',
    '海上风电基础|深远海养殖网箱|海洋防腐涂层',
    'offshore wind foundations|offshore fish cages|marine anti-corrosion coatings',
    '海水腐蚀严重|台风损毁|运维困难',
    'severe seawater corrosion|typhoon damage|difficult maintenance',
    '防腐涂层|结构监测|抗风浪设计',
    'anti-corrosion coatings|structural monitoring|storm-resistant design',
  ),
  t(
    '工业互联网',
    'industrial internet',
    '设备管理平台|能耗管理系统|工业APP',
    'equipment platforms|energy management systems|industrial apps',
    '系统之间不互通|数据质量差|投入产出不清',
    'systems that do not talk|poor data quality|unclear return on investment',
    '标识解析|数据治理|低代码开发',
    'identifier resolution|data governance|low-code development',
  ),
  t(
    '植物保护',
    'plant protection',
    '水稻病虫害|蔬菜基地|果园虫害',
    'rice pests and diseases|vegetable bases|orchard pests',
    '农药用量大|抗药性上升|预测预报不准',
    'heavy pesticide use|rising resistance|inaccurate forecasting',
    '生物防治|绿色防控|病虫害智能监测',
    'biological control|green pest control|smart pest monitoring',
  ),
];

export const SURNAMES =
  '王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|林|罗|郑|梁|谢|宋|唐|许|邓|冯|韩|曹|曾|彭|萧|蔡|潘|田|董|袁|于|余|叶|蒋|杜|苏|魏|程|吕|丁|沈|任|姚|卢|钟|姜|崔|谭|廖|范|汪|陆|金|石|戴|贾|韦|夏|邱|方|侯|邹|熊|孟|秦|白|江|阎|薛|尹|段|雷|黎|史|龙|陶|贺|顾|毛|郝|龚|邵|万|钱|严|覃'.split(
    '|',
  );
export const GIVEN =
  '伟|芳|娜|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀|霞|平|刚|桂|华|建|国|文|海|辉|宇|鹏|志|红|斌|慧|琳|晨|峰|凯|新|浩|嘉|振|立|思|雪|婷|晓|俊|荣|成|博|彬|亮|泽|航|瑞|颖|睿|婧|昊'.split(
    '|',
  );
export const PINYIN_SURNAMES =
  'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Luo|Zheng|Liang|Xie|Tang|Deng|Feng|Cao|Peng|Cai|Pan|Ye|Su|Wei|Lu|Zhong|Tan|Liao'.split(
    '|',
  );
export const PINYIN_GIVEN =
  'Wei|Fang|Min|Jing|Qiang|Lei|Jun|Yang|Yong|Jie|Tao|Ming|Chao|Xia|Ping|Hua|Jian|Guo|Hai|Hui|Yu|Peng|Zhi|Bin|Lin|Chen|Feng|Kai|Xin|Hao|Jia|Zhen|Li|Si|Xue|Ting|Rui|Yi|Bo|Liang'.split(
    '|',
  );

/** [Chinese, English] research institutions. */
export const AFFILIATIONS: [string, string][] = [
  ['华南理工大学', 'South China University of Technology'],
  ['中山大学', 'Sun Yat-sen University'],
  ['广东工业大学', 'Guangdong University of Technology'],
  ['华南农业大学', 'South China Agricultural University'],
  ['广州中医药大学', 'Guangzhou University of Chinese Medicine'],
  ['广东海洋大学', 'Guangdong Ocean University'],
  ['暨南大学', 'Jinan University'],
  ['深圳大学', 'Shenzhen University'],
  ['南方科技大学', 'Southern University of Science and Technology'],
  ['佛山大学', 'Foshan University'],
  ['五邑大学', 'Wuyi University'],
  ['广东石油化工学院', 'Guangdong University of Petrochemical Technology'],
  ['中南大学', 'Central South University'],
  ['浙江大学', 'Zhejiang University'],
  ['四川大学', 'Sichuan University'],
  ['电子科技大学', 'University of Electronic Science and Technology of China'],
  ['哈尔滨工业大学', 'Harbin Institute of Technology'],
  ['广东省科学院', 'Guangdong Academy of Sciences'],
  ['广东省农业科学院', 'Guangdong Academy of Agricultural Sciences'],
  ['中国热带农业科学院', 'Chinese Academy of Tropical Agricultural Sciences'],
  ['中国科学院广州能源研究所', 'Guangzhou Institute of Energy Conversion, CAS'],
  ['华中科技大学', 'Huazhong University of Science and Technology'],
  ['西安交通大学', "Xi'an Jiaotong University"],
  ['江南大学', 'Jiangnan University'],
];

export const TITLES = '教授|研究员|副教授|副研究员|高级工程师|正高级工程师|讲师'.split('|');
export const TITLES_EN =
  'Professor|Research Fellow|Associate Professor|Associate Research Fellow|Senior Engineer|Professorate Senior Engineer|Lecturer'.split(
    '|',
  );
export const BRANDS =
  '锐锋|海湾|恒基|宏达|金源|华美|盛世|新锐|永昌|广联|德润|东方|顺通|嘉禾|联创|粤海|鼎盛|中科|创新|精工|昌盛|富华|安达|汇通|云帆|星河|绿源|凯达|天成|明德'.split(
    '|',
  );
export const BRANDS_EN =
  'Greenfield|Pearl River|Lingnan|Harbour|Summit|Bright|Evergreen|Golden Bay|Crescent|Seabright|Redwood|Orient'.split(
    '|',
  );
export const SUFFIXES = '科技有限公司|制品有限公司|实业有限公司|股份有限公司|专业合作社|科技股份有限公司'.split('|');
export const GOALS =
  '把不良率降低一半|实现稳定的批量生产|把综合成本降低两成以上|通过大客户的认证审核|满足出口市场的标准|缩短新品开发周期'.split(
    '|',
  );
export const GOALS_EN =
  'halve the defect rate|reach stable volume production|cut overall cost by a fifth|pass a key customer audit|meet export standards|shorten new-product development'.split(
    '|',
  );
export const EXTRAS =
  '企业可提供中试场地和生产数据。|合作方式可以是联合攻关，也可以是技术转让。|希望在一年内完成验证并投入使用。|公司研发部有三名工程师可全程配合。|已有初步方案，需要专家把关并优化。|当地科协已推荐了相关的学会资源。'.split(
    '|',
  );
export const EXTRAS_EN =
  'We can offer a pilot line and production data.|Joint development or licensing are both fine.|We hope to validate a solution within a year.|Our R&D team of three engineers will work alongside.|We have a first draft of a solution and want an expert review.'.split(
    '|',
  );
export const ACHIEVEMENTS =
  '已在多家企业完成中试验证|拥有相关发明专利十余项|主持过省级重点研发计划项目|形成了可复制推广的工艺包|成果获得省科技进步奖|与行业龙头企业共建了联合实验室'.split(
    '|',
  );
export const ACHIEVEMENTS_EN =
  'has been piloted with several manufacturers|holds a dozen related invention patents|has led provincial key R&D projects|offers a ready-to-transfer process package|won a provincial science and technology award'.split(
    '|',
  );
export const SERVICES = '技术咨询|联合攻关|成果转化|人才培养|设备共享'.split('|');
export const SERVICES_EN = 'consulting|joint_rnd|tech_transfer|training|shared_equipment'.split('|');
