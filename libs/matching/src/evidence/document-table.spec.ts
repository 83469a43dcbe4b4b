import { documentTable, entryOf, TableArena } from './document-table';

const arena: TableArena = {
  ids: (n) => new Int32Array(n),
  positions: (n) => new Uint16Array(n),
  weights: (n) => new Uint16Array(n),
  floats: (n) => new Float64Array(n),
};

/** Each document's entries read back from the table, by walking every position. */
function readBack(table: ReturnType<typeof documentTable>, documents: number, wholeLength: number): number[][][] {
  const out: number[][][] = Array.from({ length: documents }, () => []);
  for (let p = 0; p < wholeLength; p++)
    for (let j = table.start[p]; j < table.start[p + 1]; j++) out[table.doc[j]].push([p, table.weights[j]]);
  return out;
}

describe('documentTable', () => {
  const documents: [number, number][][] = [
    [
      [0, 4096],
      [2, 5000],
      [5, 4096],
    ],
    [],
    [
      [2, 2839],
      [3, 4096],
      [5, 6935],
    ],
  ];

  it('holds every document entry once, by position, documents ascending within a position', () => {
    const table = documentTable(documents, 6, arena);
    expect(readBack(table, 3, 6)).toEqual(documents);
    expect([...table.lengths]).toEqual([3, 0, 3]);
    expect(table.longest).toBe(3);
    expect([...table.doc.subarray(table.start[2], table.start[3])]).toEqual([0, 2]);
  });

  it('finds a document’s entry at a position, or -1 where the document lacks the term', () => {
    const table = documentTable(documents, 6, arena);
    expect(table.weights[entryOf(table, 5, 2)]).toBe(6935);
    expect(table.weights[entryOf(table, 5, 0)]).toBe(4096);
    expect(entryOf(table, 3, 0)).toBe(-1);
    expect(entryOf(table, 1, 1)).toBe(-1);
  });

  it('switches to 4-byte offsets when a provider has more than 65 535 document entries', () => {
    const many = Array.from({ length: 3 }, () => Array.from({ length: 30_000 }, (_, p) => [p, 1] as [number, number]));
    const table = documentTable(many, 30_000, arena);
    expect(table.start).toBeInstanceOf(Int32Array);
    expect(table.start[30_000]).toBe(90_000);
    expect(entryOf(table, 29_999, 2)).toBe(89_999);
  });
});
