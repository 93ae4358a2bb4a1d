import { runCli } from './program.js';

// A reader that stops early (`claimtrail export | head`) closes the pipe: that ends the output,
// it is not a failure, so the CLI exits quietly instead of dying on an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
