// Runs commands in turn until one applies: how one key can mean different things in
// different places (Enter leaves an empty list item, or splits a paragraph).

export function chainCommands(...commands) {
  return (state, dispatch, view) => commands.some((command) => command(state, dispatch, view));
}
