// Function file for ribbon commands (loaded by <FunctionFile> in manifest.xml).
// The one button today opens the task pane (ShowTaskpane), which needs no code here.
// A future ExecuteFunction button registers its handler with
// Office.actions.associate("<FunctionName>", handler) and calls event.completed().

Office.onReady(() => {
  // Office.js is ready; nothing to register yet.
});
