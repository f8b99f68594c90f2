// festdoc's page script: the sidebar (from the festival's nav.js and its parts), search (from the parts of
// search/, loaded as queries need them), the light/dark toggle and the phone menu. Everything it loads comes from the site itself.
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
  // The index comes in parts, each a script calling festdocSearch: search/map.js (where each shard of
  // keys begins, where each kind's entries begin), shards of keys in sorted order (words with the
  // entries holding them, and whole names), and chunks of titles and paths. A query adds the scripts
  // it needs and runs again as they arrive, so one search loads a few parts, from file:// too.
  var box = document.getElementById("search-box");
  var panel = document.getElementById("search-results");
  var folder = body.getAttribute("data-search-index") || "";
  var store = {};
  var requested = {};
  var first = null;
  var shardBudget = 6; // shards one query may load: a broader prefix is matched within its own shard
  var shown = 8; // results of each kind, and kinds
  var finalDigits = "0123456789abcdefghijklmnopqrstuv";
  var leadingDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*";

  window.festdocSearch = function (name, data) {
    store[name] = data;
    if (box && box.value.trim()) run();
  };

  function lower(text) { return String(text).toLowerCase(); }

  // Runs of letters and digits, lowercased, as the index splits text into words.
  function tokens(text) { return lower(text).match(/[\p{Alphabetic}\p{N}]+/gu) || []; }

  // True when every named part is here; otherwise adds the scripts of those still missing.
  function need(names) {
    var ready = true;
    names.forEach(function (name) {
      if (name in store) return;
      ready = false;
      if (requested[name]) return;
      requested[name] = true;
      var script = element("script", { src: folder + name + ".js" });
      script.onerror = function () { store[name] = null; run(); };
      document.head.appendChild(script);
    });
    return ready;
  }

  // The number of items of the sorted `list` whose key (by `keyOf`) is below `key` (or at most it).
  function countBelow(list, key, keyOf, inclusive) {
    var low = 0, high = list.length;
    while (low < high) {
      var middle = (low + high) >> 1, value = keyOf(list[middle]);
      if (value < key || (inclusive && value === key)) low = middle + 1; else high = middle;
    }
    return low;
  }

  function itself(value) { return value; }
  function keyOfRecord(record) { return record[0]; }

  // The shards to read for keys starting with each prefix: all of its range while the budget lasts,
  // else the one shard where the prefix itself would be (`whole` false).
  function plan(prefixes) {
    var firsts = store.map.shards, chosen = {}, count = 0;
    var looks = prefixes.map(function (prefix) {
      var from = Math.max(0, countBelow(firsts, prefix, itself, true) - 1);
      var to = Math.max(from, countBelow(firsts, prefix + "\uffff", itself, true) - 1);
      var added = 0;
      for (var n = from; n <= to; n++) if (!chosen[n]) added++;
      var whole = count + added <= shardBudget;
      if (!whole) to = from;
      for (n = from; n <= to; n++) if (!chosen[n]) { chosen[n] = true; count++; }
      return { prefix: prefix, from: from, to: to, whole: whole };
    });
    return { looks: firsts.length ? looks : [], shards: Object.keys(chosen).map(function (n) { return "s" + n; }) };
  }

  // Each record of the loaded shards whose key starts with the look's prefix.
  function each(look, visit) {
    for (var n = look.from; n <= look.to; n++) {
      var shard = store["s" + n] || [];
      for (var r = countBelow(shard, look.prefix, keyOfRecord, false); r < shard.length; r++) {
        if (shard[r][0].lastIndexOf(look.prefix, 0) !== 0) break;
        visit(shard[r]);
      }
    }
  }

  // The ids of a posting list: gaps from the id before, doubled, plus one when a run follows.
  function decode(text, visit) {
    var at = 0, id = -1;
    function number() {
      var value = 0;
      while (at < text.length) {
        var character = text.charAt(at++), digit = leadingDigits.indexOf(character);
        if (digit < 0) return value * 32 + finalDigits.indexOf(character);
        value = value * 32 + digit;
      }
      return value;
    }
    while (at < text.length) {
      var value = number(), start = id + Math.floor(value / 2), run = value % 2 ? number() : 0;
      for (var n = start; n <= start + run; n++) visit(n);
      id = start + run;
    }
  }

  // Per entry: 4 a name equal to the query, 3 a name starting with it, 2 every word in the title,
  // names or headings, 1 every word somewhere.
  function score(query, nameLook, wordLooks) {
    var size = store.map.entries, scores = new Uint8Array(size);
    var counted = wordLooks.filter(function (look) { return look.whole; });
    if (!counted.length) counted = wordLooks;
    var hits = new Uint16Array(size), strong = new Uint16Array(size);
    counted.forEach(function (look, n) {
      each(look, function (record) {
        decode(record[1] || "", function (id) {
          if (hits[id] === n) hits[id] = n + 1;
          if (strong[id] === n) strong[id] = n + 1;
        });
        decode(record[2] || "", function (id) { if (hits[id] === n) hits[id] = n + 1; });
      });
    });
    var all = counted.length;
    if (all) for (var id = 0; id < size; id++) if (hits[id] === all) scores[id] = strong[id] === all ? 2 : 1;
    if (nameLook) each(nameLook, function (record) {
      var value = record[0] === query ? 4 : 3;
      decode(record[3] || "", function (id) { if (scores[id] < value) scores[id] = value; });
    });
    return scores;
  }

  // Each kind's best entries; entries are numbered by kind, then title length and title.
  function best(scores) {
    var kinds = store.map.kinds, groups = [];
    kinds.forEach(function (kind, k) {
      var end = k + 1 < kinds.length ? kinds[k + 1][1] : scores.length;
      var levels = [[], [], [], [], []];
      for (var id = kind[1]; id < end; id++) {
        var value = scores[id];
        if (value && levels[value].length < shown) levels[value].push(id);
      }
      var ids = levels[4].concat(levels[3], levels[2], levels[1]).slice(0, shown);
      if (ids.length) groups.push({ kind: kind[0], order: k, ids: ids, score: scores[ids[0]] });
    });
    return groups;
  }

  function chunkOf(id) { return "d" + Math.floor(id / store.map.chunk); }
  function doc(id) { return (store[chunkOf(id)] || [])[id % store.map.chunk] || ["", ""]; }

  function run() {
    if (!box) return;
    var query = lower(box.value.trim());
    if (!query) { panel.textContent = ""; panel.hidden = true; first = null; return; }
    if (!need(["map"])) return;
    var groups = [];
    if (store.map) {
      var words = tokens(query);
      var long = words.filter(function (word) { return word.length > 1; });
      var wanted = plan([query].concat(long.length ? long : words));
      if (!need(wanted.shards)) return;
      groups = best(score(query, wanted.looks[0], wanted.looks.slice(1)));
      if (!need(groups.map(function (group) { return chunkOf(group.ids[0]); }))) return;
      groups.sort(function (a, b) {
        var x = doc(a.ids[0])[0], y = doc(b.ids[0])[0];
        return b.score - a.score || x.length - y.length || (x < y ? -1 : x > y ? 1 : 0) || a.order - b.order;
      });
      groups = groups.slice(0, shown);
      var ids = [].concat.apply([], groups.map(function (group) { return group.ids; }));
      if (!need(ids.map(chunkOf))) return;
    }
    show(groups);
  }

  function show(groups) {
    panel.textContent = "";
    first = null;
    if (!groups.length) panel.appendChild(element("p", { "class": "search-empty" }, "Nothing found."));
    groups.forEach(function (group) {
      var section = element("section", {});
      section.appendChild(element("h2", {}, group.kind));
      var ul = element("ul", {});
      group.ids.forEach(function (id) {
        var li = element("li", {});
        var a = element("a", { href: root + doc(id)[1] }, doc(id)[0]);
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
    box.addEventListener("focus", function () { need(["map"]); });
    box.addEventListener("input", run);
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
