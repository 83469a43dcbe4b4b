import { chineseWords, innerWords, isMeaningfulChinese, textRuns } from './chinese';

describe('textRuns', () => {
  it('splits mixed text into Chinese and other runs in order', () => {
    expect(textRuns('PLC控制 and 机器视觉!')).toEqual([
      { chinese: false, text: 'PLC' },
      { chinese: true, text: '控制' },
      { chinese: false, text: ' and ' },
      { chinese: true, text: '机器视觉' },
      { chinese: false, text: '!' },
    ]);
  });

  it('folds full-width letters, digits and punctuation to ASCII', () => {
    expect(textRuns('５Ｇ基站，ＰＬＣ')).toEqual([
      { chinese: false, text: '5G' },
      { chinese: true, text: '基站' },
      { chinese: false, text: ',PLC' },
    ]);
  });

  it('returns no runs for empty text', () => {
    expect(textRuns('')).toEqual([]);
  });
});

describe('isMeaningfulChinese', () => {
  it('rejects function words, posting boilerplate, numerals and loose characters', () => {
    for (const word of ['的', '和', '进行', '技术', '研究', '公司', '需要', '提供', '开发', '三', '第一', '化']) {
      expect(isMeaningfulChinese(word)).toBe(false);
    }
  });

  it('rejects compounds made only of boilerplate', () => {
    expect(isMeaningfulChinese('技术开发')).toBe(false);
    expect(isMeaningfulChinese('研究开发')).toBe(false);
    expect(isMeaningfulChinese('产品开发')).toBe(true);
  });

  it('keeps content words and single characters that name a material or species', () => {
    for (const word of ['电池', '荔枝', '氢', '竹', '虾', '钢']) expect(isMeaningfulChinese(word)).toBe(true);
  });
});

describe('chineseWords', () => {
  it('keeps the meaningful jieba words of a need', () => {
    expect(chineseWords('我们公司需要寻求锂电池正极材料的研发技术')).toEqual(['锂电池', '正极材料']);
  });

  it('segments glossary terms as single words', () => {
    expect(chineseWords('机器视觉')).toEqual(['机器视觉']);
    expect(chineseWords('发展低空经济')).toContain('低空经济');
  });
});

describe('innerWords', () => {
  it('finds the head and modifier of a compound', () => {
    expect(innerWords('锂电池')).toEqual({ suffixes: ['电池'], prefixes: ['锂电'] });
    expect(innerWords('中药材').suffixes).toContain('药材');
    expect(innerWords('氢燃料电池').suffixes).toEqual(['燃料电池', '电池']);
  });

  it('rejects a split that leaves a negating or function character behind', () => {
    expect(innerWords('无人机')).toEqual({ suffixes: [], prefixes: ['无人'] });
    expect(innerWords('非金属').suffixes).not.toContain('金属');
  });

  it('has nothing inside two-character words', () => {
    expect(innerWords('电池')).toEqual({ suffixes: [], prefixes: [] });
  });
});
