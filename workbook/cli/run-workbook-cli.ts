/**
 * `npm run workbook -- …`: one counselor's edition from the built site, through the same print
 * page, runtime, renderer, guards and post-processing as `npm run build`. Ctrl-C or SIGTERM
 * stops it with one line and exit code 130, leaving no PDF and no temp file.
 */
import { reportFailure, stopOnSignals } from '../io/cancellation.ts';
import { UsageError } from './parse-workbook-args.ts';
import { runWorkbookCommand } from './workbook-command.ts';

const signal = stopOnSignals();
runWorkbookCommand(process.argv.slice(2), signal).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\nRun \`npm run workbook -- --help\` for the options.`);
    process.exitCode = 2;
  } else {
    reportFailure(signal.aborted ? signal.reason : error);
  }
});
