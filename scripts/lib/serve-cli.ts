/** `node scripts/lib/serve-cli.ts <dir> <port>`: serves a built site for Playwright's webServer. */
import { serveDist } from './serve.ts';

const [dir = 'dist', port = '4410'] = process.argv.slice(2);
const server = await serveDist(dir, Number(port));
console.log(`serving ${dir} at ${server.url}`);
