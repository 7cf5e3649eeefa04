import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { THEME_SCRIPT, themeScriptHash } from '../../src/lib/site/theme.ts';

describe('the inline theme script', () => {
  it('has the CSP hash of exactly its own text', () => {
    const expected = createHash('sha256').update(THEME_SCRIPT).digest('base64');
    expect(themeScriptHash()).toBe(`sha256-${expected}`);
    expect(themeScriptHash(`${THEME_SCRIPT} `)).not.toBe(themeScriptHash());
  });

  it('applies only a stored "light" or "dark", survives storage that throws, and marks the page as scripted', () => {
    const classes = new Set<string>();
    const run = (stored: string | null, throws = false) => {
      classes.clear();
      const root = { dataset: {} as Record<string, string>, classList: { add: (name: string) => classes.add(name) } };
      const localStorage = {
        getItem: () => {
          if (throws) throw new Error('denied');
          return stored;
        },
      };
      new Function('localStorage', 'document', THEME_SCRIPT)(localStorage, { documentElement: root });
      return root.dataset.theme;
    };
    expect(run('dark')).toBe('dark');
    expect(run('light')).toBe('light');
    expect(run('purple')).toBeUndefined();
    expect(run(null)).toBeUndefined();
    expect(run('dark', true)).toBeUndefined();
    // Even when storage throws, the page is marked: the theme button is laid out at once.
    expect([...classes]).toEqual(['js']);
  });
});
