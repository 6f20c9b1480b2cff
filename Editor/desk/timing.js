// Waiting before acting: a search is asked once the typing pauses, a caption is written into
// the body once per pause, so the server and the undo history see words rather than letters.

/** Runs `act` once `wait` ms have passed without another call; `flush()` runs a waiting call now. */
export function debounce(act, wait) {
  let timer = null;
  let lastArgs = [];
  const run = () => {
    timer = null;
    act(...lastArgs);
  };
  const call = (...args) => {
    lastArgs = args;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, wait);
  };
  call.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    run();
  };
  call.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  call.pending = () => timer !== null;
  return call;
}
