/**
 * Makes a workbook that ExcelJS 4.4 loaded from another program's .xlsx (LibreOffice Calc,
 * mostly) writable again. ExcelJS reads such files, but its writer assumes parts that only
 * Excel and ExcelJS itself always write; without them `writeBuffer` throws or produces a
 * file Excel has to repair. Each repair below fills in what the OOXML standard says the
 * missing part means, so nothing the user saved changes. Runs before every write; it is
 * idempotent and leaves workbooks ExcelJS wrote itself as they are.
 *
 * Checked against LibreOffice 7.4 output (test/workbook/libreofficeRoundTrip.test.ts).
 */
import type ExcelJS from 'exceljs';

/** The parts of ExcelJS's loaded table model these repairs touch (not in its typings). */
interface LoadedTableModel {
  autoFilterRef?: string;
  columns?: { filterButton?: boolean }[];
  style?: object | null;
}

export function repairForeignWorkbook(workbook: ExcelJS.Workbook): void {
  repairThemes(workbook);
  for (const worksheet of workbook.worksheets) {
    // At run time getTables() returns Table objects holding their model in `.table`.
    for (const table of worksheet.getTables() as unknown as { table?: LoadedTableModel }[]) {
      if (table.table) repairTable(table.table);
    }
  }
}

/**
 * LibreOffice writes no `xl/theme/theme1.xml`. ExcelJS then loads `themes` as an empty
 * object, and its `addThemes` writes a theme only when `themes` is absent — yet its workbook
 * relationships and [Content_Types].xml always point to `theme/theme1.xml`. The written file
 * would reference a part that is not there, which Excel reports as damaged. Known upstream:
 * exceljs issue #425, unmerged PR #2009 "Fix addThemes". Without themes ExcelJS writes its
 * default Office theme, as for a new workbook.
 */
function repairThemes(workbook: ExcelJS.Workbook): void {
  // `_themes` is ExcelJS's internal copy of the theme parts ("not an exposed feature").
  const internal = workbook as unknown as { _themes: Record<string, string> | undefined };
  if (internal._themes && Object.keys(internal._themes).length === 0) internal._themes = undefined;
}

function repairTable(model: LoadedTableModel): void {
  // LibreOffice writes tables without <tableStyleInfo> (an unstyled table). ExcelJS loads the
  // style as null and its TableStyleInfoXform then fails with "Cannot read properties of null
  // (reading 'theme')" — ExcelJS calls a table style's name its `theme`; this is not the
  // workbook theme above. An empty style without a name writes <tableStyleInfo> with no
  // `name`: still no table style, as the user saved it.
  if (model.style === null || model.style === undefined) {
    model.style = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
  }
  // LibreOffice writes <autoFilter ref="…"/> without <filterColumn> children: every filter
  // button shown (hiddenButton defaults to false in OOXML). ExcelJS leaves filterButton
  // undefined and would write hiddenButton="1", hiding the buttons of the user's table.
  if (model.autoFilterRef) {
    for (const column of model.columns ?? []) {
      if (column.filterButton === undefined) column.filterButton = true;
    }
  }
}
