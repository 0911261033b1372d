/** The tool version recorded in `_RencanaMutasi`; a test keeps it equal to package.json's. */
export const TOOL_VERSION = '0.1.0';
