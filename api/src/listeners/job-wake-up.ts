/**
 * Durable work queued on this instance is started at once by this instance's worker (other
 * instances find it at their next poll, or when this one is gone).
 */
import type { Listener } from '../events/bus.js';
import type { JobWorker } from '../jobs/job-queue.js';

export function jobWakeUp(workers: JobWorker[]): Listener {
  return {
    name: 'job wake-up',
    'job.enqueued': ({ queue }) => {
      for (const worker of workers) if (worker.queue === queue) worker.wake();
    },
  };
}
