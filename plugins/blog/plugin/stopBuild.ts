import logger from '@docusaurus/logger';

/**
 * Ends a build that cannot go on, with one located message. Not a thrown
 * error: Docusaurus would wrap it in its own stack traces, around a report
 * that already names every problem.
 */
export function stopBuild(message: string): never {
  logger.error(`Build stopped: ${message}`);
  process.exit(1);
}
