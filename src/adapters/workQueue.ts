/**
 * Runs jobs a few at a time, starting each on its own turn of the event loop, so that under a burst of requests
 * each new request is still read and acknowledged promptly instead of waiting behind every answer being computed.
 * Jobs that wait on I/O (an LLM) do not hold the others up beyond the concurrency limit.
 */
export class WorkQueue {
  private readonly jobs: Array<() => Promise<void>> = [];
  private active = 0;
  private scheduled = false;

  constructor(private readonly concurrency = 32) {}

  /** Queue a job; its errors are the job's own to handle. */
  push(job: () => Promise<void>): void {
    this.jobs.push(job);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.active >= this.concurrency || this.jobs.length === 0) return;
    this.scheduled = true;
    // setImmediate runs after pending I/O: requests still arriving get their acks between job starts.
    setImmediate(() => {
      this.scheduled = false;
      const job = this.jobs.shift();
      if (!job) return;
      this.active++;
      void job()
        .catch(() => undefined)
        .finally(() => {
          this.active--;
          this.schedule();
        });
      this.schedule();
    });
  }
}
