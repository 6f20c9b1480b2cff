// Live updates for reader pages: the breaking ticker, a new lead story and a notice when the
// open article changes, over server-sent events from /live. Pages are complete without it.
(function () {
  "use strict";
  if (!window.EventSource || !document.body) return;
  var since = document.body.getAttribute("data-live-since");
  var source = new EventSource("/live" + (since ? "?since=" + encodeURIComponent(since) : ""));

  function read(event) {
    try { return JSON.parse(event.data); } catch (error) { return null; }
  }

  function showTicker(items) {
    var ticker = document.querySelector("section.ticker");
    if (!items.length) {
      if (ticker) ticker.remove();
      return;
    }
    if (!ticker) {
      ticker = document.createElement("section");
      ticker.className = "ticker";
      ticker.setAttribute("aria-label", "أخبار عاجلة");
      var skip = document.querySelector(".skip-link");
      document.body.insertBefore(ticker, skip ? skip.nextSibling : document.body.firstChild);
    }
    var wrap = document.createElement("div");
    wrap.className = "wrap";
    var label = document.createElement("strong");
    label.className = "ticker-label";
    label.textContent = "عاجل";
    var list = document.createElement("ul");
    list.className = "ticker-items";
    items.forEach(function (item) {
      var line = document.createElement("li");
      if (item.href) {
        var link = document.createElement("a");
        link.href = item.href;
        link.textContent = item.text;
        line.appendChild(link);
      } else {
        line.textContent = item.text;
      }
      list.appendChild(line);
    });
    wrap.appendChild(label);
    wrap.appendChild(list);
    ticker.replaceChildren(wrap);
  }

  function showNotice(kind, label, text, href) {
    var notice = document.querySelector(".live-notice[data-kind='" + kind + "']");
    if (!notice) {
      notice = document.createElement("p");
      notice.className = "live-notice";
      notice.setAttribute("data-kind", kind);
      notice.setAttribute("role", "status");
      var main = document.getElementById("main");
      (main || document.body).insertBefore(notice, main ? main.firstChild : null);
    }
    var strong = document.createElement("strong");
    strong.textContent = label + " ";
    var link = document.createElement("a");
    link.href = href;
    link.textContent = text;
    notice.replaceChildren(strong, link);
  }

  source.addEventListener("breaking", function (event) {
    var data = read(event);
    if (data && data.items) showTicker(data.items);
  });
  source.addEventListener("lead", function (event) {
    var data = read(event);
    if (data && data.url !== location.pathname) showNotice("lead", "خبر جديد:", data.headline, data.url);
  });
  source.addEventListener("updated", function (event) {
    var data = read(event);
    if (data && data.url === location.pathname) showNotice("updated", "حُدِّث هذا الخبر.", "اعرض النسخة الأحدث", data.url);
  });
})();
