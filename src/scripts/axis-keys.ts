/**
 * The time axis is one stop for the keyboard: Tab reaches one event's row, the arrow keys
 * (and Home, End) move between the rows, and Tab again leaves the axis. The row last
 * visited keeps the stop (a roving tabindex). Without this script only the first row is a
 * stop; the list below the axis holds every event. The axis is drawn twice (folded on a
 * phone, open from 40rem up): only the copy on screen counts.
 * @see https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/#kbd_roving_tabindex
 */
export {};

const all = [...document.querySelectorAll<SVGAElement>('[data-axis-mark]')];

for (const mark of all) {
  mark.addEventListener('keydown', (event) => {
    const marks = all.filter((m) => m.getClientRects().length > 0);
    const i = marks.indexOf(mark);
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    const to = step !== undefined ? i + step : event.key === 'Home' ? 0 : event.key === 'End' ? marks.length - 1 : -1;
    if (to < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = marks[Math.min(marks.length - 1, to)]!;
    for (const m of marks) m.setAttribute('tabindex', m === next ? '0' : '-1');
    next.focus();
  });
}
