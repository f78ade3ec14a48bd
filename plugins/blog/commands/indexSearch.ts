/**
 * The child process in which a build writes a locale's search index
 * (plugin/search.ts starts it through bin/run.mjs): the pages to index as
 * JSON on stdin, the index written into its folder, what was indexed as JSON
 * on stdout. When the index cannot be written, exit 1 and the reason on one
 * line of stderr, which the build shows.
 */
import {writeSearchIndex, type SearchIndexRequest} from '../plugin/searchIndex';
import {firstLine} from '../shared/text';
import {parseCommandLine, readInput, Refusal, runCommand} from './cli';

async function main(): Promise<void> {
  parseCommandLine({usage: 'usage: run.mjs indexSearch < pages.json (plugin/search.ts starts it)', options: {}});
  try {
    const request = JSON.parse(await readInput()) as SearchIndexRequest;
    process.stdout.write(JSON.stringify(await writeSearchIndex(request)));
  } catch (error) {
    // Exit 1 with the reason alone: plugin/search.ts puts it in the build's message.
    throw new Refusal([firstLine(error)]);
  }
}

runCommand('indexSearch', main);
