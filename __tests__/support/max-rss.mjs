// Preloaded into a child node process (NODE_OPTIONS="--import <this file>") to measure it:
// on exit, writes the process's peak resident set size in KiB (process.resourceUsage().maxRSS)
// to the file named by IP_MAX_RSS_FILE. Tests use it to bound the memory a run may take.
import { writeFileSync } from 'node:fs';

const file = process.env.IP_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
