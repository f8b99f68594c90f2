// festdoc's page script: the sidebar (from the festival's nav.js and its parts), search (from search-index.js, loaded
// on first use), the light/dark toggle and the phone menu. Everything it loads comes from the site itself.
(function () {
  "use strict";
  var body = document.body;
  var root = body.getAttribute("data-root") || "";
  var here = body.getAttribute("data-page") || "";

  function element(name, attributes, text) {
    var node = document.createElement(name);
    for (var key in attributes) node.setAttribute(key, attributes[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- Sidebar -------------------------------------------------------------------------------------
  // A large festival's sidebar comes in parts: a group with `l` names the script holding its children
  // and `r` the first and last page inside it, so only the parts on the way to this page are loaded.
  var parts = {};
  var waiting = {};

  window.festdocNavigationPart = function (path, items) {
    parts[path] = items;
    (waiting[path] || []).forEach(function (done) { done(items); });
    delete waiting[path];
  };

  function loadPart(path, done) {
    if (parts[path]) { done(parts[path]); return; }
    if (waiting[path]) { waiting[path].push(done); return; }
    waiting[path] = [done];
    document.head.appendChild(element("script", { src: root + path }));
  }

  function contains(item, path) {
    if (item.u && item.u.split("#")[0] === path) return true;
    if (item.r) return item.r[0] <= path && path <= item.r[1];
    return (item.c || []).some(function (child) { return contains(child, path); });
  }

  function link(item) {
    if (!item.u) return element("span", { "class": "nav-heading" }, item.t);
    var anchor = element("a", { href: root + item.u }, item.t);
    if (item.u === here) anchor.setAttribute("aria-current", "page");
    return anchor;
  }

  function list(items) {
    var ul = element("ul", {});
    items.forEach(function (item) { ul.appendChild(entry(item)); });
    return ul;
  }

  function showCurrent() {
    var nav = document.getElementById("sidebar");
    var current = nav && nav.querySelector("[aria-current=page]");
    if (current && current.scrollIntoView && nav.scrollHeight > nav.clientHeight) {
      current.scrollIntoView({ block: "center" });
    }
  }

  // Children are built when their group first opens, so a festival of thousands of pages stays quick.
  function entry(item) {
    var li = element("li", item.p ? { "class": "parallel" } : {});
    if (!item.c && !item.l) { li.appendChild(link(item)); return li; }
    var details = element("details", {});
    var summary = element("summary", {});
    summary.appendChild(link(item));
    details.appendChild(summary);
    var built = false;
    function build() {
      if (built) return;
      built = true;
      if (!item.l) { details.appendChild(list(item.c)); return; }
      loadPart(item.l, function (children) {
        details.appendChild(list(children));
        if (contains(item, here)) showCurrent();
      });
    }
    if (contains(item, here) || item.p) { details.open = true; build(); }
    details.addEventListener("toggle", build);
    li.appendChild(details);
    return li;
  }

  window.festdocNavigation = function (data) {
    var nav = document.getElementById("sidebar");
    if (!nav) return;
    nav.textContent = "";
    var home = element("a", { href: root + data.home, "class": "sidebar-title" }, data.title);
    if (data.home === here) home.setAttribute("aria-current", "page");
    nav.appendChild(home);
    nav.appendChild(list(data.items));
    showCurrent();
    var toggle = document.querySelector(".nav-toggle");
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var open = body.classList.toggle("nav-open");
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }
  };

  // ---- Light and dark ------------------------------------------------------------------------------
  var themeButton = document.querySelector(".theme-toggle");
  if (themeButton) {
    themeButton.hidden = false;
    themeButton.addEventListener("click", function () {
      var html = document.documentElement;
      var current = html.getAttribute("data-theme") ||
        (window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
      var next = current === "dark" ? "light" : "dark";
      html.setAttribute("data-theme", next);
      try { localStorage.setItem("festdoc-theme", next); } catch (e) { /* not remembered */ }
    });
  }

  // ---- Search --------------------------------------------------------------------------------------
  var box = document.getElementById("search-box");
  var panel = document.getElementById("search-results");
  var entries = null;
  var loading = false;
  var first = null;

  window.festdocSearch = function (index) {
    entries = index.map(function (e) {
      return {
        title: e[0], kind: e[1], path: e[2], names: [e[0]].concat(e[3]).map(lower),
        headings: e[4].map(lower), text: lower(e[0] + " " + e[3].join(" ") + " " + e[4].join(" ") + " " + e[5])
      };
    });
    run();
  };

  function lower(text) { return String(text).toLowerCase(); }

  function load() {
    if (entries || loading) return;
    loading = true;
    var script = element("script", { src: body.getAttribute("data-search-index") });
    document.head.appendChild(script);
  }

  // Exact name 4, name prefix 3, heading 2, anywhere in the text 1.
  function score(entry, query, words) {
    if (entry.names.indexOf(query) >= 0) return 4;
    if (entry.names.some(function (n) { return n.indexOf(query) === 0; })) return 3;
    if (!words.every(function (w) { return entry.text.indexOf(w) >= 0; })) return 0;
    if (entry.headings.some(function (h) { return h.indexOf(query) >= 0; }) ||
        entry.names.some(function (n) { return n.indexOf(query) >= 0; })) return 2;
    return 1;
  }

  function run() {
    if (!box || !entries) return;
    var query = lower(box.value.trim());
    panel.textContent = "";
    first = null;
    if (!query) { panel.hidden = true; return; }
    var words = query.split(/\s+/);
    var hits = [];
    entries.forEach(function (entry) {
      var s = score(entry, query, words);
      if (s > 0) hits.push({ entry: entry, score: s });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || a.entry.title.length - b.entry.title.length ||
        (a.entry.title < b.entry.title ? -1 : a.entry.title > b.entry.title ? 1 : 0);
    });
    var groups = [];
    var byKind = {};
    hits.forEach(function (hit) {
      var kind = hit.entry.kind;
      if (!byKind[kind]) { byKind[kind] = []; groups.push(kind); }
      if (byKind[kind].length < 8) byKind[kind].push(hit);
    });
    if (!hits.length) {
      panel.appendChild(element("p", { "class": "search-empty" }, "Nothing found."));
    }
    groups.slice(0, 8).forEach(function (kind) {
      var section = element("section", {});
      section.appendChild(element("h2", {}, kind));
      var ul = element("ul", {});
      byKind[kind].forEach(function (hit) {
        var li = element("li", {});
        var a = element("a", { href: root + hit.entry.path }, hit.entry.title);
        if (!first) first = a;
        li.appendChild(a);
        ul.appendChild(li);
      });
      section.appendChild(ul);
      panel.appendChild(section);
    });
    panel.hidden = false;
  }

  if (box) {
    box.disabled = false;
    box.addEventListener("focus", load);
    box.addEventListener("input", function () { load(); run(); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && first) { event.preventDefault(); first.click(); }
      if (event.key === "Escape") { box.value = ""; run(); box.blur(); }
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
      if (event.key === "/" && !typing) { event.preventDefault(); box.focus(); }
    });
    document.addEventListener("click", function (event) {
      if (!panel.contains(event.target) && event.target !== box) panel.hidden = true;
    });
  }
})();
