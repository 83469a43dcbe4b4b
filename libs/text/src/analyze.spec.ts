import { analyze } from './analyze';
import { stemEnglish } from './english';

describe('analyze', () => {
  it('drops Chinese function words and generic posting words', () => {
    expect(analyze('本公司需要开展荔枝保鲜技术的研究，寻求合作')).toEqual(['荔枝', '保鲜']);
  });

  it('keeps order and duplicates across languages', () => {
    expect(analyze('无人机 drones 与无人机')).toEqual(['无人机', stemEnglish('drones'), '无人机']);
  });

  it('normalises English spelling and inflection', () => {
    expect(analyze('Bamboo fibre composites')).toEqual(analyze('bamboo fiber composite'));
  });

  it('reads full-width letters and digits as ASCII', () => {
    expect(analyze('５Ｇ基站')).toEqual(['5g', '基站']);
  });

  it('returns nothing for empty or boilerplate-only text', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze('我们需要进行技术开发')).toEqual([]);
  });
});
