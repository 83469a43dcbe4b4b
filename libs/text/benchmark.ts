// Measures the text library: first-use cost (segmenter load, lexicon build),
// memory added, and per-call cost of conceptTerms.
// Run: node --expose-gc -r ts-node/register/transpile-only libs/text/benchmark.ts
import { analyze, conceptTerms, searchSegments, translateTerms } from './src';
import { bilingualLexicon } from './src/bilingual-lexicon';
import { segmenter } from './src/segmenter';

const CHINESE_NEED =
  '我公司是一家位于广东阳江的五金刀剪生产企业，现有不锈钢刀具生产线三条，年产各类厨房刀具和剪刀约两百万把。' +
  '目前产品主要依靠人工进行刃口研磨和外观缺陷检测，效率低、一致性差，急需引入机器视觉检测系统和工业机器人自动化研磨技术，' +
  '实现刀具表面划痕、崩口、色差等缺陷的在线识别与分拣。同时希望开发新型高碳不锈钢材料的热处理工艺，提高刀刃硬度和耐腐蚀性能。' +
  '寻求具有机器视觉、深度学习图像识别以及焊接机器人集成经验的高校团队或专家合作，可提供生产现场和测试样品，' +
  '合作方式包括技术转让、联合开发和委托研发，项目周期预计一年，经费面议。' +
  '此外，企业计划建设智能仓储与冷链物流配套设施，欢迎物联网和大数据领域的服务商对接洽谈。';

const ENGLISH_CAPABILITY = Array.from({ length: 6 })
  .map(
    () =>
      'Our laboratory develops machine vision inspection systems for manufacturing lines, including deep learning ' +
      'models for surface defect detection on metal parts, knives, scissors and other hardware products. We have ' +
      'integrated industrial robots and welding robots with vision guidance for grinding, polishing and sorting, and we ' +
      'offer heat treatment optimisation for stainless steel alloys to improve hardness and corrosion resistance.',
  )
  .join(' ');

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function perCall(label: string, fn: () => unknown, iterations = 2000): void {
  for (let i = 0; i < 50; i++) fn();
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  const micros = Number(process.hrtime.bigint() - started) / 1000 / iterations;
  console.log(`${label}: ${(micros / 1000).toFixed(3)} ms per call`);
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
let t = Date.now();
segmenter();
console.log(`segmenter load: ${Date.now() - t} ms, rss +${mb(process.memoryUsage().rss - rss0)}`);
const rss1 = process.memoryUsage().rss;
t = Date.now();
const lexicon = bilingualLexicon();
console.log(`lexicon build: ${Date.now() - t} ms, rss +${mb(process.memoryUsage().rss - rss1)}`, lexicon.stats);
const rss2 = process.memoryUsage().rss;
console.log(`total rss added: ${mb(rss2 - rss0)}`);
if (gc) {
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  console.log(`after a full GC: rss added ${mb(rss - rss0)}, JS heap retained by the tables ${mb(heapUsed - heap0)}`);
}

console.log(
  `Chinese text: ${CHINESE_NEED.length} characters; English text: ${ENGLISH_CAPABILITY.split(/\s+/).length} words`,
);
for (const [label, text] of [
  ['Chinese', CHINESE_NEED],
  ['English', ENGLISH_CAPABILITY],
]) {
  const started = process.hrtime.bigint();
  conceptTerms(text);
  console.log(
    `conceptTerms, ${label}, first call (cold caches): ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(3)} ms`,
  );
}
perCall('conceptTerms, Chinese', () => conceptTerms(CHINESE_NEED));
perCall('conceptTerms, English', () => conceptTerms(ENGLISH_CAPABILITY));
perCall('analyze, Chinese', () => analyze(CHINESE_NEED));
perCall('searchSegments, Chinese', () => searchSegments(CHINESE_NEED));
perCall('translateTerms, English', () => translateTerms(ENGLISH_CAPABILITY));
