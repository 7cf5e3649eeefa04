/**
 * Fails `astro build` on bad content. Astro 7 only logs some content errors (a broken
 * reference, a markdown render error) and exits 0, so the build runs the content check
 * first and stops with every mistake named.
 * @see https://github.com/withastro/astro/issues/18054
 */
import type { AstroIntegration } from 'astro';
import { checkContentDir, contentDir, formatErrors } from '../lib/content/load.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { errors } = checkContentDir(contentDir());
        if (errors.length === 0) return;
        if (command === 'build') throw contentFailure(formatErrors(errors));
        logger.error(formatErrors(errors));
      },
    },
  };
}

/** The build's failure: the mistakes, and no stack trace, which would only point at this file. */
function contentFailure(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
