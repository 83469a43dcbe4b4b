import { NeedRow } from './import-rows.dto';
import { validateRows } from './row-validation';

const need = (externalId: string, title = '锂电池正极材料研发') => ({
  externalId,
  title,
  description: '需要合作开发高镍正极材料',
});

describe('validateRows', () => {
  it('reports failures with their index in the whole request when validating a later chunk', () => {
    const { valid, failed } = validateRows(
      NeedRow,
      [need('n-500'), { externalId: 'n-501', description: 'no title' }],
      'en',
      500,
    );
    expect(valid.map((v) => v.index)).toEqual([500]);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ index: 501, externalId: 'n-501' });
    expect(failed[0].errors.map((e) => e.field)).toContain('title');
  });

  it('fails an externalId seen in an earlier chunk of the same request, not the first occurrence', () => {
    const seen = new Set<string>();
    const first = validateRows(NeedRow, [need('a'), need('b')], 'zh-CN', 0, seen);
    const second = validateRows(NeedRow, [need('b', 'Hydrogen fuel cell stack'), need('c')], 'zh-CN', 2, seen);
    expect(first.failed).toEqual([]);
    expect(second.valid.map((v) => v.row.externalId)).toEqual(['c']);
    expect(second.failed).toMatchObject([{ index: 2, externalId: 'b', errors: [{ field: 'externalId' }] }]);
  });
});
