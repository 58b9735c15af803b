import { readFileSync } from 'node:fs';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function probe(pid: number): { waiting: boolean; ticks: number } | null {
  try {
    const wchan = readFileSync(`/proc/${pid}/wchan`, 'utf8');
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const stat = line.slice(line.lastIndexOf(')') + 2).split(' ');
    // After the command name: state, ppid, … utime is field 14 and stime 15 of the whole line.
    return { waiting: /epoll/.test(wchan) && stat[0] === 'S', ticks: Number(stat[11]) + Number(stat[12]) };
  } catch {
    return null;
  }
}

/**
 * Resolves once a child process is idle in its event loop (Linux: sleeping in epoll_wait with
 * its CPU time no longer moving), e.g. blocked reading stdin; rejects after the timeout. Where
 * /proc cannot tell, waits a fixed second instead.
 */
export async function waitUntilIdle(pid: number, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: number | null = null;
  while (Date.now() < end) {
    const p = probe(pid);
    if (p === null) return sleep(1000);
    if (p.waiting && p.ticks === last) return;
    last = p.waiting ? p.ticks : null;
    await sleep(30);
  }
  throw new Error(`process ${pid} did not become idle within ${timeoutMs} ms`);
}
