/**
 * `npm run harness [-- --data <folder>]`: serves the built renderer against the real host handlers so a
 * person can try the app in a browser without Electron. Prints a link that carries the token once.
 */
import { startHarness } from './server';

const dataFlag = process.argv.indexOf('--data');
const dataDir = dataFlag >= 0 ? process.argv[dataFlag + 1] : undefined;

const harness = await startHarness({ dataDir, log: (message, error) => console.warn(message, error ?? '') });
console.log(`Casework Practice harness on ${harness.url}`);
console.log(`Data folder: ${harness.dataDir}${dataDir ? '' : ' (temporary, removed on exit)'}`);
console.log(`Open this link in Chromium (it sets the token cookie): ${harness.loginUrl}`);

const shutdown = () => {
  void harness.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
