import Papa from 'papaparse';
import { columnForHeader, ImportKind, PROVIDER_KIND_WORDS } from './import-columns';

/** A file to import, read in the browser: each row keeps the number a person sees in a spreadsheet or list. */
export type { ImportKind };

export interface ParsedRow {
  /** Spreadsheet row for CSV and .xlsx (the header is row 1); position from 1 for JSON. */
  rowNumber: number;
  item: Record<string, unknown>;
}

export interface ParsedFile {
  rows: ParsedRow[];
  columns: string[];
  /** How the file was read, shown to the user: "UTF-8 · ;" , "GB18030 · tab", "xlsx". */
  format: string;
}

/** A file that cannot be read as it is; `code` is an i18n key of the import page, `detail` fills it. */
export class ImportFileError extends Error {
  constructor(
    readonly code:
      | 'import.error.encoding'
      | 'import.error.empty'
      | 'import.error.header'
      | 'import.error.json'
      | 'import.error.xlsx',
    readonly detail = '',
  ) {
    super(code);
  }
}

const LIST_COLUMNS = new Set(['fields', 'keywords', 'cooperationModes', 'serviceModes', 'regions']);
const NUMBER_COLUMNS = new Set(['budgetMin', 'budgetMax']);
/** Inside a list cell: semicolons (both widths), 、, the full-width comma, |, or line breaks. */
const LIST_SEPARATOR = /[;；|、，\n]/;
const DELIMITERS = [',', ';', '\t'] as const;

/** A cell as the import API expects it: lists split, budgets as numbers, kinds as codes, JSON cells (publications) parsed. */
function cellValue(column: string, raw: string): unknown {
  const value = raw.trim();
  if (LIST_COLUMNS.has(column))
    return value
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean);
  if (NUMBER_COLUMNS.has(column) && /^-?\d+(\.\d+)?$/.test(value.replace(/,/g, '')))
    return Number(value.replace(/,/g, ''));
  if (column === 'kind') return PROVIDER_KIND_WORDS[value] ?? value;
  if (column === 'publications' && value.startsWith('[')) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/** Rows of cells (header first) into items keyed by the API's column names; blank rows are skipped. */
function toRows(table: string[][], format: string): ParsedFile {
  const [header = [], ...records] = table;
  const columns = header.map((h) => columnForHeader(String(h ?? '')) ?? String(h ?? '').trim());
  if (!columns.some((c) => c === 'externalId' || c === 'title' || c === 'name'))
    throw new ImportFileError('import.error.header', header.slice(0, 4).join(' | '));
  const rows: ParsedRow[] = [];
  records.forEach((record, i) => {
    if (record.every((cell) => !String(cell ?? '').trim())) return; // a blank line is no row to import
    const item: Record<string, unknown> = {};
    columns.forEach((column, c) => {
      const raw = String(record[c] ?? '');
      if (column && raw.trim() !== '') item[column] = cellValue(column, raw);
    });
    rows.push({ rowNumber: i + 2, item });
  });
  return { rows, columns, format };
}

/**
 * The column separator: the one under which the header names the most known columns, then under which the most
 * rows have as many cells as the header (quotes respected: a ";" inside a quoted cell does not count).
 */
export function detectDelimiter(text: string): (typeof DELIMITERS)[number] {
  const sample = text.split(/\r?\n/).slice(0, 50).join('\n');
  let best: { delimiter: (typeof DELIMITERS)[number]; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(sample, { delimiter, skipEmptyLines: true });
    const [header = [], ...rest] = data;
    if (header.length < 2) continue;
    const known = header.filter((h) => columnForHeader(h)).length;
    const even = rest.filter((r) => r.length === header.length).length;
    const score = known * 1000 + even * 10 + header.length;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * Text from a file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (which covers GBK, as Excel
 * writes Chinese CSV). Bytes that are valid in none of them are refused, never imported as mojibake.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    /* not UTF-8: try the Chinese national encoding */
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('import.error.encoding');
  }
  if (!plausiblyChinese(text)) throw new ImportFileError('import.error.encoding');
  return { text, encoding: 'GB18030' };
}

/**
 * GB18030 decodes almost any byte pairs, so a file in another encoding (Big5, Latin-1 …) would "succeed" as rare
 * characters: accept it only when its non-ASCII text is mostly common Chinese characters and punctuation.
 */
function plausiblyChinese(text: string): boolean {
  let wide = 0;
  let common = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    wide += 1;
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef) ||
      (code >= 0x2000 && code <= 0x206f)
    )
      common += 1;
  }
  return wide === 0 || common / wide >= 0.95;
}

export function parseCsv(text: string, encoding = 'UTF-8'): ParsedFile {
  if (!text.trim()) throw new ImportFileError('import.error.empty');
  const delimiter = detectDelimiter(text);
  const { data } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return toRows(data, `${encoding} · ${delimiter === '\t' ? 'Tab' : delimiter}`);
}

export function parseJson(text: string): ParsedFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ImportFileError('import.error.json', err instanceof Error ? err.message : String(err));
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown[] })?.items;
  if (!Array.isArray(list)) throw new ImportFileError('import.error.json', '[…] / {"items": […]}');
  const rows = list.map((item, i) => ({ rowNumber: i + 1, item: (item ?? {}) as Record<string, unknown> }));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.item)))];
  return { rows, columns, format: 'JSON' };
}

/** The first worksheet of an .xlsx file as text cells (exceljs is loaded only when such a file is chosen). */
async function parseXlsx(buffer: ArrayBuffer): Promise<ParsedFile> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch (err) {
    throw new ImportFileError('import.error.xlsx', err instanceof Error ? err.message : String(err));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('import.error.empty');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (v) => v ?? '');
  });
  return toRows(
    Array.from(table, (r) => r ?? []),
    'xlsx',
  );
}

/** A spreadsheet cell's value as the text a person sees (dates as YYYY-MM-DD, rich text joined, formulas' results). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown; hyperlink?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return String(value);
}

export async function readImportFile(file: File): Promise<ParsedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return parseXlsx(bytes.buffer);
  const { text, encoding } = decodeText(bytes);
  return /\.json$/i.test(file.name) || /^\s*[[{]/.test(text) ? parseJson(text) : parseCsv(text, encoding);
}

export function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
