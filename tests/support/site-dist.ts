/** Where the tests build and serve the site; SITE_DIST lets parallel work trees avoid sharing dist/. */
export const siteDist = process.env.SITE_DIST ?? 'dist';
