// Words that carry no meaning for matching needs against capabilities.
// Function words plus the boilerplate of need/capability postings
// ("our company needs to seek a technology ...").

const split = (words: string): string[] => words.trim().split(/\s+/);

/** Lowercased English words; their stems are also treated as stopwords. */
export const ENGLISH_STOPWORDS = new Set(
  split(`
  a an the and or nor but if then than so as of for in on at to into onto from by with without within via per
  about above after again against among around before behind below between beyond during except inside outside
  over through throughout toward towards under until upon up down off out
  is are was were be been being am do does did done doing has have had having can could will would shall should
  may might must ought let get gets got make makes made
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those there here what which who whom whose when where why how whether
  all any both each either neither every few more most much many other others some such no not only own same
  too very just also even still yet already ever never again once
  etc eg ie vs
  one two three four five six seven eight nine ten first second third
  new various certain related relevant main mainly key including include includes included
  well able unable like
  need needs needed seek seeks seeking sought looking want wants wanted wish require requires required
  requirement requirements request help provide provides provided providing offer offers offering
  company companies enterprise enterprises firm organization organisation institute university
  technology technologies technological technical technique techniques tech research researches
  develop develops developed developing development developments solution solutions
  problem problems issue issues use uses used using utilize apply applies applied applying application applications
  field fields area areas aspect aspects way ways method methods kind kinds type types
  work works working project projects cooperation cooperate collaboration partner partners
  expert experts team teams professional professionals service
`),
);

/** Chinese function words, pronouns and measure words: never meaningful, even in a search query. */
export const CHINESE_FUNCTION_WORDS = new Set(
  split(`
  的 地 得 了 着 过 之 和 与 及 以及 或 或者 并 并且 而 而且 且 等 等等 其 其中 其他 其它 及其 以 为 为了 于 对 对于 把 被 从 由
  在 向 往 到 至 将 让 使 给 跟 同 比 按 按照 根据 通过 经过 关于 针对 围绕 基于 依托 借助
  是 有 无 没有 不 也 都 又 还 就 才 再 很 更 最 较 非常 十分 特别 进一步 不断 已 已经 正在 曾 将要
  这 那 这个 那个 这些 那些 这种 那种 该 本 此 各 每 某 某些 一 一个 一种 一些 一批 一套 一项 多种 多个 各种 各类
  我 我们 你 你们 他 他们 她 它 它们 自己 如 如何 什么 怎样 能 能够 可以 可 可能 会 应 应该 个 种 项 套 台 次
`),
);

/**
 * Generic vocabulary of postings (技术, 研究, 企业, 需要, 提供 ...): frequent in
 * needs and capabilities alike, so it says nothing about which ones match.
 */
export const CHINESE_GENERIC_WORDS = new Set(
  split(`
  本公司 我司 贵司 公司 企业 单位 机构 集团 有限公司 股份 工厂 厂家 厂商 相关 有关
  需要 需求 急需 寻求 寻找 希望 想 要 拟 计划 期望 提供 具有 具备 拥有 包括 包含 利用 采用 使用 运用 应用
  技术 科技 技术难题 难题 问题 研究 研发 开发 研制 进行 开展 实施 实现 完成 提高 提升 改善 改进 加强 推动 促进 推进 解决 解决方案 方案
  方面 领域 行业 产业 方向 内容 情况 要求 能力 水平 程度 效果 作用 目的 目标 条件 基础 重点 关键 核心 主要 重要 一定 有效 高效 良好
  合作 对接 交流 服务 平台 项目 工作 团队 专家 人才 资源 支持 帮助 协助 指导 咨询 创新 新型 新 现有 目前 现在 当前 今后 未来
  上 下 中 内 外 前 后 间 时 年 月 日
`),
);

/**
 * Words kept by the analyser but given a lower weight in concept bags:
 * they appear in most technical texts and say little on their own.
 * English entries are plain words; callers compare their stems.
 */
export const LOW_WEIGHT_CHINESE = new Set(
  split(`
  系统 设备 装置 方法 工艺 产品 材料 生产 制备 加工 检测 分析 设计 管理 处理 控制 优化 技术服务 模式 机制 体系
`),
);

export const LOW_WEIGHT_ENGLISH = new Set(
  split(`
  system systems device devices equipment apparatus process processes product products material materials
  production analysis design management control optimization mode model
`),
);
