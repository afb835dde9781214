/**
 * `npm run research:simulate -- --n N [--seed S]`: fills the database that DATA_DIR or
 * DATABASE_URL names with simulated respondents (src/lib/server/research-simulate.ts). Vite's
 * module runner loads the TypeScript, so the generator shares every module with the app.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const src = fileURLToPath(new URL('.', import.meta.url));
const { module } = await runnerImport(`${src}lib/server/research-simulate.ts`, {
	configFile: false,
	logLevel: 'error',
	resolve: { alias: { $lib: `${src}lib` } }
});
await /** @type {{ main: (args: string[]) => Promise<void> }} */ (module).main(
	process.argv.slice(2)
);
