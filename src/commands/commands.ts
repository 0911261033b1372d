/**
 * The ribbon's function file (manifest `FunctionFile`, commands.html). The only ribbon
 * control today is the "Rencana Mutasi" button, which opens the task pane by itself
 * (`ShowTaskpane`), so this file only has to let Office initialise it. ExecuteFunction
 * commands would be registered here with `Office.actions.associate(name, handler)`.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}

export {};
