/**
 * Sheet models without their cells, for a result whose sheets are already written into the
 * .xlsx the worker returns (preview mode): the pane shows only their names and which are
 * hidden, and copying every cell across to the pane's thread (structured clone) would cost
 * as much as a good part of the write.
 */
import type { SheetModel } from '../../domain/output/sheetModel';

/** `model`'s kind, name, table name and visibility; no columns, rows or sections. */
export function sheetShell(model: SheetModel): SheetModel {
  const hidden = model.hidden === undefined ? {} : { hidden: model.hidden };
  return model.kind === 'table'
    ? { kind: 'table', name: model.name, tableName: model.tableName, columns: [], rows: [], ...hidden }
    : { kind: 'sections', name: model.name, sections: [], ...hidden };
}

/** A result with its sheet models as shells (the cancelled result has none). */
export function withSheetShells<R extends { readonly status: string }>(result: R): R {
  if (!('sheets' in result) || !Array.isArray(result.sheets)) return result;
  return { ...result, sheets: (result.sheets as readonly SheetModel[]).map(sheetShell) };
}
