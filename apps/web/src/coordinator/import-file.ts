import Papa from 'papaparse';

/** A file to import, read in the browser: each row keeps the number a person sees in a spreadsheet or list. */
export type ImportKind = 'providers' | 'needs' | 'capabilities';

export interface ParsedRow {
  /** Spreadsheet row for CSV (the header is row 1); position from 1 for JSON. */
  rowNumber: number;
  item: Record<string, unknown>;
}

export interface ParsedFile {
  rows: ParsedRow[];
  columns: string[];
}

const LIST_COLUMNS = new Set(['fields', 'keywords', 'cooperationModes', 'serviceModes', 'regions']);
const NUMBER_COLUMNS = new Set(['budgetMin', 'budgetMax']);
const LIST_SEPARATOR = /[;；|、]/;

/** A CSV cell as the import API expects it: lists split on ; ；| 、, budgets as numbers, JSON cells (publications) parsed. */
function cellValue(column: string, raw: string): unknown {
  const value = raw.trim();
  if (LIST_COLUMNS.has(column)) return value.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (NUMBER_COLUMNS.has(column) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (column === 'publications' && value.startsWith('[')) {
    try { return JSON.parse(value); } catch { return value; }
  }
  return value;
}

export function parseCsv(text: string): ParsedFile {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header = [], ...records] = data;
  const columns = header.map((h) => h.trim());
  const rows: ParsedRow[] = [];
  records.forEach((record, i) => {
    if (record.every((cell) => !cell?.trim())) return; // a blank line is no row to import
    const item: Record<string, unknown> = {};
    columns.forEach((column, c) => {
      const raw = record[c] ?? '';
      if (column && raw.trim() !== '') item[column] = cellValue(column, raw);
    });
    rows.push({ rowNumber: i + 2, item });
  });
  return { rows, columns };
}

export function parseJson(text: string): ParsedFile {
  const parsed: unknown = JSON.parse(text);
  const list = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown[] })?.items;
  if (!Array.isArray(list)) throw new Error('JSON: expected an array or {"items": [...]}');
  const rows = list.map((item, i) => ({ rowNumber: i + 1, item: (item ?? {}) as Record<string, unknown> }));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.item)))];
  return { rows, columns };
}

export function parseImportFile(name: string, text: string): ParsedFile {
  return /\.json$/i.test(name) || /^\s*[[{]/.test(text) ? parseJson(text) : parseCsv(text);
}

export function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
