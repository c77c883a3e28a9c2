// Every page render passes here: an error thrown while a page renders is tagged with the page's path, so the build
// can name the data row behind the page instead of printing a stack trace (src/lib/report/build-failure.ts).
import type { MiddlewareHandler } from 'astro';
import { tagRenderError } from './lib/report/build-failure.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  try {
    return await next();
  } catch (e) {
    throw tagRenderError(e, context.url.pathname);
  }
};
