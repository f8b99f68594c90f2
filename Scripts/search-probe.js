#!/usr/bin/env node
// Runs the theme's search (assets/festdoc.js of a built site) in Node with a minimal DOM, for make bench:
// for each query, the results festdoc.js shows and the index scripts it loaded, with their bytes.
// Usage: node Scripts/search-probe.js SITE QUERY... (prints one JSON object per query).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

class Node {
  constructor(tag) { this.tagName = tag.toUpperCase(); this.attributes = {}; this.children = []; this.text = ""; }
  setAttribute(key, value) { this.attributes[key] = String(value); }
  getAttribute(key) { return key in this.attributes ? this.attributes[key] : null; }
  appendChild(child) { this.children.push(child); if (this.onAppend) this.onAppend(child); return child; }
  addEventListener(type, listener) { (this.listeners = this.listeners || {})[type] = listener; }
  set textContent(value) { this.children = []; this.text = String(value); }
  get textContent() { return this.text + this.children.map((child) => child.textContent).join(""); }
  all(tag) {
    const found = [];
    for (const child of this.children) {
      if (child.tagName === tag.toUpperCase()) found.push(child);
      found.push(...child.all(tag));
    }
    return found;
  }
}

function probe(site, query) {
  const body = new Node("body");
  body.setAttribute("data-root", "");
  body.setAttribute("data-page", "index.html");
  body.setAttribute("data-search-index", "search/");
  const box = new Node("input");
  box.value = "";
  const panel = new Node("div");
  const head = new Node("head");
  const queue = [];
  head.onAppend = (script) => queue.push(script);
  const document = {
    body, head, documentElement: new Node("html"),
    getElementById: (id) => ({ "search-box": box, "search-results": panel })[id] || null,
    querySelector: () => null,
    createElement: (tag) => new Node(tag),
    addEventListener: () => {},
  };
  const context = { document, localStorage: { getItem: () => null, setItem: () => {} } };
  context.window = context;
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(path.join(site, "assets", "festdoc.js"), "utf8"), context);
  const loaded = {};
  box.value = query;
  box.listeners.input();
  while (queue.length) {
    const script = queue.shift();
    const file = path.join(site, script.getAttribute("src"));
    if (!fs.existsSync(file)) { script.onerror && script.onerror(); continue; }
    const text = fs.readFileSync(file, "utf8");
    loaded[script.getAttribute("src")] = Buffer.byteLength(text);
    vm.runInContext(text, context);
    if (script.onload) script.onload();
  }
  const results = panel.all("section").map((section) => ({
    kind: section.all("h2")[0].textContent,
    hits: section.all("a").map((a) => [a.textContent, a.getAttribute("href")]),
  }));
  const bytes = Object.values(loaded).reduce((sum, size) => sum + size, 0);
  return { query, results, files: Object.keys(loaded).length, bytes };
}

const [site, ...queries] = process.argv.slice(2);
for (const query of queries) console.log(JSON.stringify(probe(site, query)));
