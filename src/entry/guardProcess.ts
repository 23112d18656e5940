import type { Logger } from '../app/log.ts';

const FAULTS_BEFORE_EXIT = 50;
const FAULT_WINDOW_MS = 60_000;

/**
 * A long-running bot keeps serving when one event throws where nothing catches it (an SDK handling a malformed
 * gateway dispatch throws from inside its socket handler). Each such fault is logged with its stack; a process that
 * faults fifty times in a minute is broken rather than unlucky, and exits non-zero so its supervisor restarts it.
 */
export function guardProcess(log: Logger): () => void {
  const recent: number[] = [];
  const onFault = (kind: string) => (err: unknown) => {
    const now = Date.now();
    recent.push(now);
    while (recent.length && now - recent[0]! > FAULT_WINDOW_MS) recent.shift();
    log.error({ err, kind }, 'uncaught fault; still serving');
    if (recent.length >= FAULTS_BEFORE_EXIT) {
      log.fatal({ faults: recent.length }, 'too many uncaught faults in a minute; exiting');
      process.exit(1);
    }
  };
  const onException = onFault('uncaughtException');
  const onRejection = onFault('unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
