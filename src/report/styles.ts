/**
 * The report's stylesheet, inlined so that the file needs nothing else. Colours meet WCAG AA
 * contrast (4.5:1 for text) on the backgrounds they are used on; the layout holds from 375px up.
 */
export const REPORT_CSS = `
:root{--ink:#1b1f24;--muted:#4f5965;--bg:#f3f4f6;--card:#fff;--line:#d5d9df;--accent:#0a58a6;--accent-ink:#fff;
--direct:#ffe27a;--direct-edge:#8a6a00;--indirect:#d3e8fb;--indirect-edge:#0a58a6;--dispute:#b3261e;
--ok:#1e6b35;--ok-bg:#e3f3e7;--bad:#a1241c;--bad-bg:#fde6e4;--warn:#7a4b00;--warn-bg:#fff0d1;--info:#3d4a9e;--info-bg:#e8ebfb;
--hedge:#5a35a5;--hedge-bg:#efe8fd;font-size:100%;color-scheme:light}
*{box-sizing:border-box}
html{scroll-padding-top:4.5rem}
body{margin:0;background:var(--bg);color:var(--ink);font:1rem/1.55 system-ui,-apple-system,"Segoe UI","Liberation Sans","DejaVu Sans",sans-serif}
a{color:var(--accent);text-underline-offset:2px}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code{font:.85em/1.4 ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;background:#eceef1;padding:.05em .3em;border-radius:3px;overflow-wrap:anywhere}
.skip{position:absolute;left:-999px;top:0;background:var(--accent);color:var(--accent-ink);padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem;top:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.top{background:#14202e;color:#fff;padding:1.5rem 0 1rem}
header.top .wrap{max-width:64rem;margin:0 auto;padding:0 1rem}
header.top h1{margin:0 0 .25rem;font-size:1.6rem;line-height:1.25}
header.top p{margin:.25rem 0;color:#d7dee8}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 0;padding:0;list-style:none}
.stats a{display:block;color:#fff;text-decoration:none;background:#24364a;border:1px solid #3b5370;border-radius:8px;padding:.4rem .75rem;min-width:7.5rem}
.stats a:hover{background:#2d4560}
.stats strong{display:block;font-size:1.35rem;line-height:1.2}
.stats span{font-size:.85rem;color:#d7dee8}
nav.toc{background:#fff;border-bottom:1px solid var(--line);position:sticky;top:0;z-index:5}
nav.toc ul{max-width:64rem;margin:0 auto;padding:.4rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none}
nav.toc a{display:inline-block;padding:.3rem 0;font-weight:600;text-decoration:none}
nav.toc a:hover{text-decoration:underline}
main{max-width:64rem;margin:0 auto;padding:0 1rem 3rem}
section{margin-top:2rem}
h2{font-size:1.35rem;margin:0 0 .5rem;padding-top:.5rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.1rem;margin:0 0 .25rem;line-height:1.3}
.intro,.legend{color:var(--muted);margin:.25rem 0 1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem;margin:0 0 1rem}
.meta{color:var(--muted);font-size:.9rem;margin:.25rem 0}
.muted{color:var(--muted)}
.about{margin:.35rem 0;font-size:.9rem}.about>summary{color:var(--accent);font-weight:600}.basis-note{color:var(--muted);font-size:.88rem;margin:.35rem 0;max-width:48rem}
.warn{color:var(--warn);font-size:.9rem}
.ok{color:var(--ok);font-weight:600}
.source-text{font:1.05rem/1.75 Georgia,"DejaVu Serif","Liberation Serif",serif;margin:1rem 0;max-width:44rem;overflow-wrap:break-word}
.source-text p{margin:0 0 .9rem}
.source-body{display:grid;grid-template-columns:minmax(0,1fr);gap:0 2rem}
@media (min-width:60rem){.source-body{grid-template-columns:minmax(0,44rem) minmax(11rem,1fr)}.source-aside{position:sticky;top:4rem;align-self:start;margin-top:1rem}}
.source-aside{font-size:.9rem;border-left:3px solid var(--line);padding:.1rem 0 .1rem .9rem}
.source-aside h4{font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:.2rem 0 .4rem}
.cast{list-style:none;margin:0 0 1rem;padding:0}
.cast li{margin:.3rem 0;line-height:1.35}
.count{display:inline-block;min-width:1.5rem;text-align:center;background:#e8ebef;color:var(--ink);border-radius:999px;font-size:.78rem;font-weight:700;padding:0 .35rem}
.hl{color:var(--ink);border-radius:2px;padding:.05em 0;cursor:help;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.hl-direct{background:var(--direct);box-shadow:inset 0 -2px var(--direct-edge)}
.hl-indirect{background:var(--indirect);box-shadow:inset 0 -2px var(--indirect-edge)}
.hl .hl{background:#ffcf3f}
.hl-indirect .hl-indirect,.hl-direct .hl-indirect{background:#b4d8f7}
.hl-disputed{box-shadow:inset 0 -3px var(--dispute)}
mark.hl:hover,mark.hl.active{background:#ffc21a;outline:2px solid var(--direct-edge)}
mark.hl-indirect:hover,mark.hl-indirect.active{background:#a9d0f5;outline-color:var(--indirect-edge)}
mark.hl:focus-visible{outline:3px solid var(--accent);outline-offset:1px}
.legend .hl{padding:.1em .3em;cursor:default}
#tooltip{position:fixed;z-index:20;max-width:min(24rem,calc(100vw - 16px));background:#fff;color:var(--ink);border:1px solid #9aa3ad;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:.6rem .8rem;font-size:.92rem;line-height:1.45;max-height:min(28rem,70vh);overflow:auto}
#tooltip .stmt+.stmt{border-top:1px solid var(--line);margin-top:.5rem;padding-top:.5rem}
.stmt p{margin:.15rem 0}
.stmt-speaker{font-size:1.02rem}
.stmt-claim{font-weight:500}.claims{list-style:none;margin:.4rem 0 0;padding:0}.claims li{margin:.2rem 0}.fact{color:var(--muted);font-size:.88em}
.stmt-words{font-family:Georgia,"DejaVu Serif",serif;color:#323a44}
.facts{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:.35rem 0 0;font-size:.88rem}
.facts div{display:contents}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
.basis{color:var(--muted)}
.stance{display:inline-block;font-size:.78rem;font-weight:700;letter-spacing:.02em;text-transform:uppercase;border-radius:4px;padding:0 .35rem;vertical-align:.1em}
.stance-asserts{background:var(--ok-bg);color:var(--ok)}
.stance-denies{background:var(--bad-bg);color:var(--bad)}
.stance-doubts{background:var(--warn-bg);color:var(--warn)}
.stance-hedges{background:var(--hedge-bg);color:var(--hedge)}
details>summary{cursor:pointer}
details.statements{margin-top:.75rem;border-top:1px solid var(--line);padding-top:.5rem}
details.statements>summary{font-weight:600;color:var(--accent)}
.stmt-list{padding-left:1.5rem}
.stmt-list>li{margin:.75rem 0;padding:.5rem .75rem;border-left:3px solid var(--line)}
.stmt-list>li:target,.timeline>li:target,.diagnostics>li:target{background:#fff8d6}
.goto{font-size:.9rem;margin:.3rem 0 0}
ul.cited{padding-left:1.25rem}
ul.cited>li{margin:.6rem 0}
details.actor>summary{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem;list-style:none}
details.actor>summary::-webkit-details-marker{display:none}
details.actor>summary::before{content:"\\25B8";color:var(--accent);font-size:.9rem}
details.actor[open]>summary::before{content:"\\25BE"}
.actor-name{flex:1 1 0;min-width:12rem;margin:0}
.timeline{list-style:none;margin:.75rem 0 0;padding:0 0 0 1.1rem;border-left:2px solid var(--line)}
.timeline>li{position:relative;margin:0 0 .9rem;padding-left:.6rem}
.timeline>li::before{content:"";position:absolute;left:-1.6rem;top:.45rem;width:.7rem;height:.7rem;border-radius:50%;background:#fff;border:2px solid var(--ok)}
.timeline>li.t-denies::before{border-color:var(--bad);background:var(--bad)}
.timeline>li.t-doubts::before{border-color:var(--warn)}
.timeline>li.t-hedges::before{border-color:var(--hedge)}
.timeline p{margin:.1rem 0}
.timeline .when{font-weight:700;font-size:.92rem}
.graph-scroll{overflow:auto;background:#fff;border:1px solid var(--line);border-radius:10px;padding:.5rem;max-height:80vh}
.graph{display:block;font:13px/1 system-ui,"Liberation Sans","DejaVu Sans",sans-serif}
.g-col{font-weight:700;fill:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.g-edge{fill:none;stroke:#7f8b99;stroke-opacity:.75}
.g-arrowhead{fill:#7f8b99}
.g-node rect{stroke-width:1.5}
.g-source rect{fill:#e7f0fb;stroke:#4f7fb6}
.g-speaker rect{fill:#fdf0dc;stroke:#b07a2a}
.g-relay rect{fill:#fdf0dc;stroke:#b07a2a;stroke-dasharray:4 3}
.misattributed{color:var(--muted)}
.g-label{fill:var(--ink);font-weight:600}
.g-detail{fill:var(--muted);font-size:11.5px}
.g-node:hover rect,.g-node:focus rect{stroke:var(--accent);stroke-width:3}
.g-node:focus{outline:none}
.g-node:focus-visible rect{stroke:var(--accent);stroke-width:3.5}
.graph-list{margin-top:.75rem}
.graph-list li{margin:.3rem 0}
.sides{display:grid;grid-template-columns:1fr;gap:.75rem;margin:.75rem 0}
@media (min-width:44rem){.sides{grid-template-columns:1fr 1fr}}
.side{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;background:#fafbfc}
.side-label{margin:0 0 .25rem;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.contradiction.strength-strong{border-left:5px solid var(--bad)}
.contradiction.strength-weak{border-left:5px solid var(--warn)}
.explanation{margin:.5rem 0 0}
.arithmetic{font-size:.9rem;color:var(--muted)}
.badge{display:inline-block;font-size:.75rem;font-weight:700;border-radius:999px;padding:.05rem .55rem;vertical-align:.15em;white-space:nowrap}
.badge-strong,.badge-error{background:var(--bad-bg);color:var(--bad)}
.badge-weak,.badge-warning{background:var(--warn-bg);color:var(--warn)}
.badge-info{background:var(--info-bg);color:var(--info)}
.diagnostics{padding-left:1.5rem}
.diagnostics>li{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.5rem .8rem;margin:0 0 .6rem}
.diagnostics p{margin:.2rem 0}
.place{color:var(--muted)}
footer{max-width:64rem;margin:0 auto;padding:1rem;color:var(--muted);font-size:.85rem}
@media (max-width:36rem){
header.top{padding:1rem 0 .75rem}header.top .wrap{padding:0 .6rem}nav.toc ul{padding:.3rem .6rem}header.top h1{font-size:1.3rem}
main{padding:0 .6rem 2rem}.card{padding:.75rem .8rem}
.stats li{flex:1 1 40%}.stats a{min-width:0}nav.toc ul{flex-wrap:nowrap;overflow-x:auto;white-space:nowrap}
.source-text{font-size:1rem}
.stmt-list,.diagnostics{padding-left:1.1rem}
}
@media print{nav.toc{position:static}#tooltip{display:none}details>*{display:block}}
`
  .trim()
  .replace(/\n/g, '');
