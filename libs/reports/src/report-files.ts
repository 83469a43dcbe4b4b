import { Workbook } from 'exceljs';

export type Cell = string | number | null;
/** A header row, then data rows. */
export type Table = Cell[][];

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet; a text cell keeps it harmless.
  const safe = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV in UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese right. */
export function tableCsv(table: Table): { body: Buffer; rows: number } {
  const text = table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return { body: Buffer.from(`\uFEFF${text}`, 'utf8'), rows: table.length - 1 };
}

/** One sheet per table, header rows in bold; `rows` counts the first table's data rows. */
export async function tablesXlsx(
  sheets: { name: string; table: Table }[],
  creator: string,
): Promise<{ body: Buffer; rows: number }> {
  const workbook = new Workbook();
  workbook.creator = creator;
  for (const { name, table } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of table) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => {
      column.width = 16;
    });
  }
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), rows: (sheets[0]?.table.length ?? 1) - 1 };
}
