/// The report's stylesheet: light and dark from the system, a print layout, narrow screens.
enum DiffStyle {
  static let css = """
    :root{color-scheme:light dark;--text:light-dark(#1f2328,#e6edf3);--muted:light-dark(#59636e,#9198a1);\
    --bg:light-dark(#ffffff,#0d1117);--line:light-dark(#d1d9e0,#3d444d);--code:light-dark(#f6f8fa,#151b23);\
    --breaking:light-dark(#b3261e,#ff7b72);--risky:light-dark(#9a6700,#e3b341);--compatible:light-dark(#1a7f37,#56d364)}
    body{margin:0;background:var(--bg);color:var(--text);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
    main{max-width:72rem;margin:0 auto;padding:1.5rem}
    footer{max-width:72rem;margin:0 auto;padding:1rem 1.5rem;color:var(--muted);font-size:.85rem}
    h1{font-size:1.6rem;margin:.2rem 0}
    h2{margin-top:2.5rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
    h3.breaking{color:var(--breaking)}h3.risky{color:var(--risky)}h3.compatible{color:var(--compatible)}
    code{background:var(--code);border-radius:4px;padding:0 .25em;font-size:.9em;overflow-wrap:anywhere}
    .sides,.path,.where,.owner,.chain{color:var(--muted)}
    .badge{display:inline-block;border-radius:1em;padding:.1em .7em;font-weight:600;border:1px solid currentColor}
    .badge.breaking{color:var(--breaking)}.badge.risky{color:var(--risky)}.badge.compatible{color:var(--compatible)}
    table.changes,table.teams{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
    table.teams th,table.teams td{border:1px solid var(--line);padding:.3rem .6rem;text-align:left}
    table.changes th,table.changes td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
    table.changes th{background:var(--code)}
    tr.breaking td:first-child{border-left:4px solid var(--breaking)}
    tr.risky td:first-child{border-left:4px solid var(--risky)}
    tr.compatible td:first-child{border-left:4px solid var(--compatible)}
    tr:target{outline:2px solid var(--risky)}
    details ul{margin:.3rem 0;padding-left:1.2rem}
    figure.graph{margin:1rem 0;overflow-x:auto}figure.graph svg{max-width:100%;height:auto}
    .key{display:inline-block;padding:0 .5em;border-radius:4px;color:#1f1f1f}
    .key.changed{background:#f9d0cb;border:2px solid #b3261e}.key.affected{background:#fbe5b6;border:2px solid #9a6700}
    .key.removed{border:2px dashed var(--muted);color:var(--text)}
    @media (max-width:700px){main{padding:.8rem}table.changes,table.changes tbody,table.changes tr,table.changes td{display:block}\
    table.changes thead{display:none}table.changes td{border-top:none}table.changes td:empty{display:none}\
    td[data-label]::before{content:attr(data-label) ": ";font-weight:600}figure.graph svg{max-width:none}}
    @media print{:root{color-scheme:light}main{max-width:none;padding:0}details>summary{list-style:none}\
    tr{break-inside:avoid}figure.graph{break-inside:avoid}}
    """
}
