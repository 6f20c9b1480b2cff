// Posts from other networks in an article arrive as a link and a hidden button; nothing is
// fetched from the network. With this script the button shows, and pressing it puts the
// network's frame in place of the placeholder: the reader chose to load it.
document.querySelectorAll("figure.embed[data-frame] button[hidden]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    var figure = button.closest("figure.embed");
    var frame = document.createElement("iframe");
    frame.src = figure.dataset.frame;
    frame.title = figure.querySelector("a").textContent;
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
    frame.setAttribute("referrerpolicy", "strict-origin");
    frame.setAttribute("allow", "fullscreen; encrypted-media; picture-in-picture");
    frame.className = "embed-frame embed-" + figure.dataset.network;
    figure.replaceChildren(frame);
    frame.focus();
  });
});
