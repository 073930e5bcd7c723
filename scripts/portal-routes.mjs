/**
 * What a portal serves, for the tests of docs/embedding.md's routes: the self-hosted copy of the
 * element at the address the docs use (/assets/sla-statement.js, from this build's dist/), and a
 * statement file uploaded through a CMS's file manager (/files/sla.json and /files/sla.txt, the
 * second served as text/plain as such file managers do; both Lorestan's statement).
 */
import { readFile } from 'node:fs/promises';

const ROUTES = {
  '/assets/sla-statement.js': ['dist/sla-statement.js', 'text/javascript'],
  '/assets/sla-statement.iife.js': ['dist/sla-statement.iife.js', 'text/javascript'],
  '/files/sla.json': ['demo/data/000-lorestan.json', 'application/json'],
  '/files/sla.txt': ['demo/data/000-lorestan.json', 'text/plain'],
};

export function portalRoutes() {
  return {
    name: 'portal-routes',
    async serve(context) {
      const route = ROUTES[context.path];
      if (!route) return undefined;
      return { body: await readFile(route[0], 'utf8'), type: route[1] };
    },
  };
}
