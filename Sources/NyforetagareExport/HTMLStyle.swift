/// The HTML page's style sheet: readable on a phone, and on A4 paper the summary and the
/// timeline fill page one and the plan starts on page two.
enum HTMLStyle {
  static let css = """
    :root { color-scheme: light; --ink: #1b1b1f; --muted: #5c5f66; --line: #d5d8de; --accent: #1f4e8c;
      --critical: #a4262c; --bar: #5b7fb5; --window: #e3ecd9; --stripe: #f5f6f8; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 62rem; padding: 1rem; color: var(--ink); background: #fff;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    a { color: var(--accent); overflow-wrap: anywhere; }
    header p { margin: .2rem 0; color: var(--muted); }
    .personal { border: 2px solid var(--critical); border-radius: 4px; padding: .4rem .6rem; color: var(--ink) !important;
      margin: .6rem 0 !important; }
    .summary { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: .8rem; }
    .summary h2 { margin-top: 0; }
    .opening strong { font-size: 1.5rem; }
    .opening p, .today ol { margin: .3rem 0; }
    .flag { color: var(--critical); font-weight: 600; white-space: nowrap; }
    figure { margin: 0; }
    figcaption { color: var(--muted); font-size: .8rem; margin-top: .3rem; }
    svg.timeline { width: 100%; height: auto; display: block; font-size: 11px; font-family: inherit; }
    svg .grid { stroke: #eceef1; stroke-width: 1; }
    svg .month { stroke: var(--line); stroke-width: 1; }
    svg text.month, svg text.week { fill: var(--muted); stroke: none; font-size: 10px; }
    svg .stripe { fill: var(--stripe); }
    svg .label { fill: var(--ink); }
    svg .critical .label { font-weight: 700; }
    svg .bar { fill: var(--bar); }
    svg .critical .bar { fill: url(#hatch); stroke: var(--critical); stroke-width: 2; }
    svg .hatch-bg { fill: #f3d6d7; }
    svg .hatch-line { stroke: var(--critical); stroke-width: 3; }
    svg .check .bar { fill-opacity: .45; stroke: var(--ink); stroke-width: 1; stroke-dasharray: 3 2; }
    svg .done .bar { fill: #9aa3ad; }
    svg .window { fill: var(--window); stroke: #8aa66f; stroke-width: .8; }
    svg .latest { fill: none; stroke: var(--ink); stroke-width: 1; }
    svg .send-by { fill: var(--ink); }
    svg .point { fill: var(--critical); stroke: var(--ink); stroke-width: 1; }
    svg .duty .point { fill: var(--accent); }
    svg .marker line { stroke-width: 1.5; }
    svg .marker text { font-size: 10px; text-anchor: middle; }
    svg .today line { stroke: var(--accent); stroke-dasharray: 4 3; }
    svg .today text { fill: var(--accent); }
    svg .opening line { stroke: var(--critical); }
    svg .opening text { fill: var(--critical); font-weight: 700; }
    svg .desired line { stroke: var(--muted); stroke-dasharray: 1 2; }
    svg .desired text { fill: var(--muted); }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
    th, td { border: 1px solid var(--line); padding: .2rem .4rem; text-align: left; vertical-align: top; }
    th { background: var(--stripe); }
    main ul { padding-left: 1.3rem; }
    li.task-list-item, ul:has(> li > input) { list-style: none; }
    main li { margin: .15rem 0; }
    hr { border: none; border-top: 1px solid var(--line); }
    @media (max-width: 40rem) { .summary { grid-template-columns: 1fr; } body { padding: .6rem; } }
    @page { size: A4; margin: 12mm 12mm 14mm; }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      h1 { font-size: 15pt; }
      h2 { font-size: 11.5pt; margin-top: 10pt; }
      header p { margin: 1mm 0; }
      .personal { padding: 1.5mm 2.5mm; margin: 2mm 0 !important; }
      .summary { gap: 6mm; margin-top: 2mm; font-size: 8.5pt; line-height: 1.35; }
      .summary h2 { font-size: 10.5pt; margin-bottom: 1.5mm; }
      .opening strong { font-size: 12pt; }
      .chart { break-inside: avoid; }
      .chart h2 { margin: 3mm 0 1.5mm; }
      svg.timeline { max-height: 150mm; }
      figcaption { font-size: 7.5pt; }
      main { break-before: page; }
      h2, h3 { break-after: avoid; }
      tr, li { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
