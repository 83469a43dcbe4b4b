import { readJiebaDictionary, wordFrequencies } from './jieba-dictionary';

describe('wordFrequencies', () => {
  it('reads the frequency of the requested words only', () => {
    const dictionary = '电池 693 n\n锂电池 3 nz\n材料 9137 n\n';
    expect(wordFrequencies(new Set(['电池', '锂电池', '不存在']), dictionary)).toEqual(
      new Map([
        ['电池', 693],
        ['锂电池', 3],
      ]),
    );
  });

  it('copes with a missing final newline and malformed lines', () => {
    expect(wordFrequencies(new Set(['a', 'b']), 'broken\na x\nb 5')).toEqual(
      new Map([
        ['a', 0],
        ['b', 5],
      ]),
    );
  });

  it('reads the installed jieba dictionary', () => {
    const frequencies = wordFrequencies(new Set(['电池', '的']), readJiebaDictionary().toString('utf8'));
    expect(frequencies.get('的')!).toBeGreaterThan(frequencies.get('电池')!);
  });
});
