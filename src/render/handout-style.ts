/**
 * The handout's stylesheet: A4 portrait, three rows a page (see
 * `handout-plan.ts`): a small slide beside its notes or beside ruled lines,
 * or, for a slide alone on its page, the slide across the page with its
 * notes or lines below. Colours and fonts come from the theme's custom properties
 * (`--sd-*`, set on `<html>` by the deck view), so the handout matches the
 * deck and the brand.
 *
 * Note: each slide is laid out on a 1280 × 720 canvas, as in the deck, and
 * zoomed to its box: the page width (182 mm = 688 px, so 0.5375) across the
 * page, 100 mm (378 px, so 0.2953) beside notes. `zoom`, not a transform: a
 * transformed canvas still counts at full width when Chromium lays out the
 * print, and it then shrinks every page. Pages have a fixed height, so the
 * PDF has exactly the planned pages.
 *
 * On a screen narrower than an A4 sheet (a phone, a tablet) the pages give up
 * their sheet: each slide's words flow at a size to read (no canvas, no zoom,
 * columns one under another) over its notes, one slide after another without
 * the sheets' breaks and page numbers, and there are no ruled lines to write
 * on. Print is unchanged.
 */
export const HANDOUT_CSS = `
@page { size: A4 portrait; margin: 14mm; }
:root {
  --bg: var(--sd-background, #fbfaf7); --ink: var(--sd-text, #1d2733); --primary: var(--sd-primary, #1f4e79);
  --accent: var(--sd-accent, #b34a35); --muted: var(--sd-muted, #5b6776); --surface: var(--sd-surface, #eef2f6);
  --body: var(--sd-font-body, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif); --heading: var(--sd-font-heading, var(--body));
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: var(--ink); font-family: var(--body); }
.page { width: 182mm; height: 268mm; overflow: hidden; display: flex; flex-direction: column; gap: 5mm; break-after: page; page-break-after: always; }
.rows { flex: 1; min-height: 0; display: flex; flex-direction: column; gap: 5mm; }
.row { min-height: 0; overflow: hidden; position: relative; }
.rows-1 { flex: 1 1 0; } .rows-2 { flex: 2 1 0; } .rows-3 { flex: 3 1 0; }
.is-beside { display: flow-root; }
.is-beside .slide { float: left; width: 100mm; height: 56.25mm; margin: 0 5mm 2mm 0; }
.is-beside .canvas { zoom: 0.29528; }
.is-stacked { display: flex; flex-direction: column; gap: 5mm; }
.number { font-weight: 400; color: var(--muted); letter-spacing: 0; text-transform: none; }
.write { display: flow-root; height: 100%; border-top: 0.3mm solid var(--surface); background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 7.7mm, #c9ced6 7.7mm, #c9ced6 8mm); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.write .number { display: block; font-size: 8pt; text-align: right; padding-top: 1mm; }
.is-stacked .write { flex: 1; }
.page:last-child { break-after: auto; page-break-after: auto; }
.page-head { display: flex; justify-content: space-between; font-size: 8.5pt; color: var(--muted); border-bottom: 0.3mm solid var(--surface); padding-bottom: 1.5mm; }
.slide { width: 182mm; height: 102.375mm; flex: none; overflow: hidden; position: relative; background: var(--bg); border: 0.3mm solid #c9ced6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.canvas { width: 1280px; height: 720px; zoom: 0.5375; padding: 56px 72px; overflow: hidden; font-size: 30px; line-height: 1.35; position: relative; }
.is-dense .canvas { font-size: 24px; }
.is-very-dense .canvas { font-size: 19px; }
.canvas p, .canvas ul, .canvas ol { margin: 0 0 0.5em; }
.canvas img { max-width: 100%; max-height: 380px; object-fit: contain; display: block; }
.canvas .logo { position: absolute; top: 40px; right: 56px; max-height: 72px; max-width: 240px; }
.canvas table { border-collapse: collapse; font-size: 0.8em; }
.canvas td, .canvas th { border-bottom: 1px solid var(--surface); padding: 4px 10px; text-align: left; }
.kicker { font-size: 22px; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); margin: 0 0 18px; }
h1, h2, h3 { font-family: var(--heading); color: var(--primary); margin: 0 0 0.4em; line-height: 1.15; }
.title { font-size: 64px; margin-top: 90px; }
.subtitle { font-size: 32px; color: var(--muted); }
.lead { font-size: 28px; max-width: 900px; }
.byline { position: absolute; bottom: 48px; left: 72px; font-size: 22px; color: var(--muted); }
.canvas h2 { font-size: 44px; }
.canvas .trail { display: flex; gap: 28px; list-style: none; padding: 0; margin: 0 0 60px; font-size: 20px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.08em; }
.trail .is-current { color: var(--accent); font-weight: 700; }
.headline { font-family: var(--heading); font-size: 54px; line-height: 1.2; font-weight: 700; color: var(--primary); }
.canvas .cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 20px; grid-template-columns: repeat(3, 1fr); font-size: 0.8em; }
.canvas .cards.cols-1 { grid-template-columns: 1fr; }
.canvas .cards.cols-2 { grid-template-columns: repeat(2, 1fr); }
.card { background: var(--surface); border-left: 8px solid var(--accent); border-radius: 10px; padding: 18px 22px; }
.card h3 { font-size: 1.15em; }
.canvas .steps { list-style: none; padding: 0; margin: 0; display: grid; grid-auto-flow: column; grid-auto-columns: 1fr; gap: 28px; border-top: 5px solid var(--accent); padding-top: 24px; font-size: 0.8em; }
.step .time { font-weight: 700; color: var(--accent); font-size: 1.2em; margin-bottom: 0.3em; }
.step h3 { font-size: 1.1em; }
.canvas .spine { list-style: none; padding: 0; margin: 40px 0 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 28px; }
.spine li { border-top: 6px solid var(--accent); padding-top: 16px; }
.spine .label { font-size: 20px; font-weight: 700; text-transform: uppercase; color: var(--accent); }
.spine .words { font-size: 26px; }
.glossary { font-size: 18px; color: var(--muted); margin-top: 30px; }
.notes { overflow: hidden; font-size: 11pt; line-height: 1.45; }
.is-stacked .notes { flex: 1; min-height: 0; }
.is-beside .notes { font-size: 9.5pt; line-height: 1.4; }
.notes.is-long { font-size: 9.5pt; }
.notes.is-very-long { font-size: 8pt; }
.notes h2 { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); margin: 0 0 2mm; }
.notes p, .notes ul, .notes ol { margin: 0 0 2.2mm; }
.notes img { display: none; }
.notes .none { color: var(--muted); }
@media screen { body { background: #e6e8ec; } .page { margin: 8mm auto; padding: 14mm; width: 210mm; height: 297mm; background: #fff; } }
@media screen and (max-width: 840px) {
  body { background: #fff; }
  .page { width: auto; height: auto; margin: 0; padding: 0 14px; overflow: visible; gap: 14px; }
  .page:first-child { padding-top: 16px; }
  .page:last-child { padding-bottom: 28px; }
  .page + .page { margin-top: 28px; }
  .page + .page .page-head, .page-head span + span { display: none; }
  .rows { flex: none; gap: 28px; }
  .row, .is-beside, .is-stacked, .rows-1, .rows-2, .rows-3 { flex: none; display: flex; flex-direction: column; gap: 10px; overflow: visible; }
  .slide, .is-beside .slide { float: none; width: auto; height: auto; margin: 0; border-width: 1px; border-radius: 6px; }
  .canvas, .is-beside .canvas, .is-dense .canvas, .is-very-dense .canvas { zoom: 1; width: auto; height: auto; min-height: 0; padding: 18px 18px 16px; font-size: 17px; line-height: 1.45; }
  .canvas img { max-height: 260px; }
  .canvas .logo { position: static; float: right; max-height: 36px; max-width: 120px; margin: 0 0 8px 12px; }
  .kicker { font-size: 12px; margin-bottom: 8px; }
  .title { font-size: 28px; margin-top: 4px; }
  .subtitle { font-size: 19px; }
  .lead { font-size: 17px; }
  .byline { position: static; font-size: 14px; margin: 16px 0 0; }
  .canvas h2 { font-size: 22px; }
  .headline { font-size: 24px; }
  .canvas .trail { font-size: 11px; gap: 14px; margin-bottom: 12px; }
  .canvas .cards, .canvas .cards.cols-2, .canvas .spine { grid-template-columns: 1fr; gap: 12px; }
  .card { border-left-width: 5px; padding: 12px 14px; }
  .canvas .steps { grid-auto-flow: row; gap: 14px; padding-top: 14px; border-top-width: 4px; }
  .canvas .spine { margin-top: 12px; }
  .spine .label { font-size: 12px; }
  .spine .words { font-size: 17px; }
  .glossary { font-size: 14px; margin-top: 14px; }
  .write { height: auto; border: 0; background: none; }
  .write .number { text-align: right; font-size: 13px; padding: 0; }
  .notes, .is-beside .notes, .notes.is-long, .notes.is-very-long { font-size: 17px; line-height: 1.5; overflow: visible; }
  .notes h2 { font-size: 13px; margin-bottom: 6px; }
  .notes p, .notes ul, .notes ol { margin: 0 0 10px; }
  .page-head { font-size: 13px; padding-bottom: 6px; }
}
`
