/**
 * `npm run workbook -- …`: one counselor's edition from the built site (run-workbook-cli.ts). This
 * entry only turns Node's compile cache on before any of the command's modules is compiled.
 */
import { keepCompiledCode } from '../io/compile-cache.ts';

keepCompiledCode();
await import('./run-workbook-cli.ts');
