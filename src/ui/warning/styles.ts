// Lives in our shadow root: the site's CSS cannot reach it and it cannot reach the site.
export const CSS_TEXT = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; --bg: #fff; --fg: #1b1b1f; --muted: #4a4a55; --line: #d5d5dd; --accent: #0b57d0; --accent-fg: #fff; --warn: #8a1c12; --hl: #fff3c4; --soft: #f4f4f7; --accent-text: #0b57d0; }
@media (prefers-color-scheme: dark) {
  .root { color: #ececf1; --bg: #1f1f24; --fg: #ececf1; --muted: #c4c4cf; --line: #44444f; --accent: #a8c7fa; --accent-fg: #062e6f; --warn: #ffb4a9; --hl: #5c4b00; --soft: #2a2a31; --accent-text: #a8c7fa; }
}
.backdrop { position: fixed; inset: 0; background: rgba(0, 0, 0, .45); display: flex; align-items: center; justify-content: center; padding: 16px; z-index: 2147483647; }
.dialog { background: var(--bg); color: var(--fg); border-radius: 12px; max-width: 560px; width: 100%; max-height: calc(100vh - 32px); overflow: auto; padding: 20px 24px; box-shadow: 0 12px 40px rgba(0,0,0,.35); border: 1px solid var(--line); }
h2 { font-size: 20px; margin: 0 0 8px; }
h3 { font-size: 16px; margin: 16px 0 6px; }
p { margin: 0 0 8px; }
ul, ol { margin: 0; padding-left: 22px; }
.findings li { margin: 0 0 10px; }
.label { font-weight: 600; }
.words { background: var(--hl); border-radius: 3px; padding: 0 2px; }
.finding.high .label { color: var(--warn); }
.findings p, .panel p { margin: 2px 0 0; color: var(--muted); }
.audience { font-weight: 600; }
.audience.public { color: var(--warn); }
.draft { margin: 0 0 10px; padding: 8px 12px; border-inline-start: 3px solid var(--line); background: var(--soft); border-radius: 6px; }
.draft p { margin: 0 0 4px; }
.draft p:last-child { margin: 0; }
mark { background: var(--hl); color: var(--fg); border-radius: 3px; padding: 0 2px; font-weight: 600; }
.findings { list-style: none; padding: 0; }
.findings .why { display: block; color: var(--muted); }
.findings .label + .why, .findings .words + .why { margin-top: 1px; }
button.link { background: none; border: 0; padding: 0; color: var(--accent-text); text-decoration: underline; font-weight: 400; font-size: 14px; border-radius: 2px; }
.confirm { margin: 6px 0 0; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.confirm p { flex: 1 1 100%; margin: 0; color: var(--fg); }
button.small { padding: 4px 12px; font-size: 14px; background: var(--accent); color: var(--accent-fg); }
button.small.secondary { background: transparent; color: var(--fg); border-color: var(--line); }
button[disabled] { opacity: .7; cursor: progress; }
.questions.fit { margin-top: 8px; }
details.all { margin-top: 6px; }
details.all summary { cursor: pointer; color: var(--accent-text); font-size: 14px; border-radius: 2px; }
details.all summary:focus-visible, button.link:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
details.all[open] .questions { margin-top: 6px; }
.questions li { margin: 0 0 6px; color: var(--muted); }
.questions li strong { color: var(--fg); }
.questions li.relevant { color: var(--fg); }
.note, .private { font-size: 13px; color: var(--muted); }
.policy { margin: 8px 0; padding: 6px 10px; border-inline-start: 3px solid var(--muted); font-size: 14px; }
/* Kept in view at the foot of a dialog that scrolls (200 % zoom, a phone): focus starts on Edit, and
   without this the browser scrolled the dialog to it, past the title and who can see the post.
   Its background also covers the dialog's bottom padding (bottom: -20px), where the questions would show
   through; the line after it is drawn over that background, so with nothing to scroll the layout is as before. */
.actions { display: flex; gap: 12px; justify-content: flex-end; flex-wrap: wrap; margin: 4px 0 -20px; padding: 8px 0 20px; position: sticky; bottom: -20px; background: var(--bg); }
.actions + .private { position: relative; }
button { font: inherit; font-weight: 600; border-radius: 8px; padding: 8px 16px; cursor: pointer; border: 2px solid var(--accent); }
.primary { background: var(--accent); color: var(--accent-fg); }
.secondary { background: transparent; color: var(--fg); border-color: var(--line); }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.badge-wrap { position: fixed; z-index: 2147483646; }
.badge { min-width: 26px; height: 24px; padding: 0 7px; border-radius: 12px; font-size: 13px; line-height: 20px; background: #b3261e; color: #fff; border: 2px solid #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.panel { position: absolute; right: 0; bottom: 30px; width: 300px; max-height: 50vh; overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.3); font-size: 14px; }
.panel.below { bottom: auto; top: 30px; }
.panel[hidden] { display: none; }
.panel li { margin: 0 0 8px; }
.notice { position: fixed; z-index: 2147483646; max-width: 340px; display: flex; gap: 10px; align-items: flex-start; background: var(--bg); color: var(--fg); border: 2px solid #b3261e; border-radius: 10px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.3); font-size: 14px; }
.notice p { margin: 0; }
.notice button { padding: 4px 12px; }
.notice-mark { display: inline-block; min-width: 20px; text-align: center; border-radius: 10px; background: #b3261e; color: #fff; font-weight: 700; }
@media (prefers-reduced-motion: no-preference) { .dialog { animation: pop .12s ease-out; } @keyframes pop { from { transform: scale(.97); opacity: .6; } } }
`;
