/** The theme button: flips between light and dark and remembers the choice (src/lib/site/theme.ts). */
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

const effective = () => root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light');
const render = () => button?.setAttribute('aria-pressed', String(effective() === 'dark'));

if (button) {
  render();
  button.addEventListener('click', () => {
    const next = effective() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(button.dataset.storageKey ?? 'theme', next);
    } catch {
      // Storage can be off (private modes): the choice then lasts for this page only.
    }
    render();
  });
  systemDark.addEventListener('change', render);
}
