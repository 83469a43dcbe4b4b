import { findUnstorableText } from './hostile-text';

describe('findUnstorableText', () => {
  it('names the fields holding a NUL character or half a surrogate pair', () => {
    expect(findUnstorableText({ email: '\ud800', name: 'a\u0000b', nested: { note: 'x\udc00' }, ok: '竹👍' })).toEqual([
      { field: 'email', constraint: 'noLoneSurrogate' },
      { field: 'name', constraint: 'noNulCharacter' },
      { field: 'nested.note', constraint: 'noLoneSurrogate' },
    ]);
  });

  it('leaves well-formed text alone, whole surrogate pairs (emoji, rare Han characters) included', () => {
    expect(findUnstorableText({ a: '𠀀 rare Han', b: '😀', c: ['plain', 'ordinary 中文'] })).toEqual([]);
  });
});
