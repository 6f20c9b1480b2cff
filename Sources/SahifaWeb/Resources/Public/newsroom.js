// The newsroom's small helpers; every page works without them.
// Buttons with data-add-tag add a suggested tag to the tags field; buttons with
// data-insert put a directive such as [[related:12]] on its own line at the cursor in the body.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-add-tag], button[data-insert]");
  if (!button) return;
  event.preventDefault();
  if (button.dataset.addTag) {
    var tags = document.getElementById("tags");
    var names = tags.value.split(/[,،]/).map(function (name) { return name.trim(); }).filter(Boolean);
    if (names.indexOf(button.dataset.addTag) === -1) names.push(button.dataset.addTag);
    tags.value = names.join("، ");
    button.disabled = true;
  } else {
    var body = document.getElementById("body");
    var at = body.selectionStart || body.value.length;
    var before = body.value.slice(0, at).replace(/\s*$/, "");
    var after = body.value.slice(at).replace(/^\s*/, "");
    var insert = (before ? "\n\n" : "") + button.dataset.insert + (after ? "\n\n" : "");
    body.value = before + insert + after;
    body.focus();
    body.selectionStart = body.selectionEnd = (before + insert).length;
  }
});
