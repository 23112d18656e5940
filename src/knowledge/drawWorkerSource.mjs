// The worker of drawFiles when the TypeScript sources run (tests, an edited checkout): a worker thread does not
// inherit the tsx loader of its parent on Node 20, so it registers its own before loading the worker.
import { register } from 'tsx/esm/api';

register();
const { default: drawBatch } = await import('./drawWorker.ts');
export default drawBatch;
