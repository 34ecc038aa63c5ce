import cliProgress from 'cli-progress';
import type { SyncEvent } from './sync-pass.ts';
import type { SyncResult } from './sync.ts';

/** A progress bar on a terminal; otherwise one line per finished resource and per long wait. */
export function syncReporter(tty: boolean): { onEvent: (e: SyncEvent) => void; finish: () => void } {
  const later: string[] = [];
  if (!tty) {
    return {
      onEvent(e) {
        if (e.type === 'pass') console.log(`${e.resumed ? 'resuming' : 'starting'} ${e.kind} pass`);
        else if (e.type === 'page' && e.fetched >= e.total) console.log(`${e.resource}: ${e.fetched} objects`);
        else if (e.type === 'wait' && e.seconds >= 5) console.log(`waiting ${e.seconds.toFixed(0)} s (${e.reason})`);
        else if (e.type === 'skip') console.log(`skipped ${e.resource}: ${e.reason}`);
      },
      finish() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: '{kind} {step} {resource} [{bar}] {value}/{total} {status}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let kind = '';
  return {
    onEvent(e) {
      if (e.type === 'pass') {
        kind = e.kind;
        return;
      }
      if (!started) {
        bar.start(1, 0, { kind, step: '', resource: '', status: '' });
        started = true;
      }
      if (e.type === 'page') {
        bar.setTotal(Math.max(1, e.total));
        bar.update(e.fetched, { step: `${e.index + 1}/${e.targets}`, resource: e.resource, status: '' });
      } else if (e.type === 'wait') bar.update({ status: `| waiting ${e.seconds.toFixed(0)} s (${e.reason})` });
      else if (e.type === 'skip') later.push(`skipped ${e.resource}: ${e.reason}`);
    },
    finish() {
      if (started) bar.stop();
      started = false;
      for (const line of later.splice(0)) console.log(line);
    },
  };
}

export function describeResult(r: SyncResult): string {
  const what = r.stopped ? `${r.kind} pass stopped (rerun to continue)` : `${r.kind} pass ${r.resumed ? 'resumed and ' : ''}done`;
  return (
    `${what}: ${r.pages} pages, ${r.objects} objects, ${r.requests} requests (+${r.throttleReads} throttle reads), ` +
    `${r.throttled} throttled, ${r.retries} retries, waited ${(r.waitedMs / 1000).toFixed(1)} s, ${(r.durationMs / 1000).toFixed(1)} s`
  );
}
