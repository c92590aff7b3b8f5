// Serves the built site in dist/ (with its search index) on http://localhost:4321.
import { resolve } from 'node:path';
import { startStaticServer } from '../src/build/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer({
	root: resolve('dist'),
	base: process.env.BASE_PATH ?? '/',
	port,
	host: process.env.HOST ?? '0.0.0.0',
});
console.log(`Konvensi Hanoi is served at ${url} (Ctrl+C to stop)`);
