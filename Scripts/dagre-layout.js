// Lays out a graph with dagre (Debian's node-dagre-layout, the layout mermaid uses) and writes the result as
// a small SVG whose edges are paths of class flowchart-link naming their ends, so ../shared/tools/crossings.py
// and Scripts/edge-crossings.py count them.
// Benchmark reference only: festdoc never runs this. Usage: node dagre-layout.js GRAPH.json OUT.svg
const fs = require("fs");
const dagre = require("dagre");

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const graph = new dagre.graphlib.Graph();
graph.setGraph({ rankdir: "TB", nodesep: 50, ranksep: 50 });
graph.setDefaultEdgeLabel(() => ({}));
for (const node of input.nodes) graph.setNode(node.id, { width: node.width, height: node.height });
for (const [from, to] of input.edges) graph.setEdge(from, to);
dagre.layout(graph);

const parts = [];
for (const id of graph.nodes()) {
  const n = graph.node(id);
  parts.push(`<rect x="${n.x - n.width / 2}" y="${n.y - n.height / 2}" width="${n.width}" height="${n.height}"/>`);
}
for (const e of graph.edges()) {
  const points = graph.edge(e).points;
  const d = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join("");
  parts.push(`<path class="flowchart-link" data-from="${e.v}" data-to="${e.w}" d="${d}"/>`);
}
const size = graph.graph();
fs.writeFileSync(
  process.argv[3],
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">${parts.join("")}</svg>\n`
);
