#!/usr/bin/env python3
"""python3 scripts/bench-cpu.py [--runs N] [name=path/to/bin/usjapan.js ...]

Start-up cost as CPU time, for a machine too busy for wall-clock ratios (npm run bench): for each
command, runs `node -e 0` and each given build of the CLI (default: this one) alternately, N
times after a warm-up, in a clean environment (no NODE_EXTRA_CA_CERTS or NODE_OPTIONS, an empty
XDG_DATA_HOME), stdout a pipe, and prints the medians of the pairwise ratios CLI / floor of wall
time and of CPU time (user + system of the child, all its threads, from getrusage). To compare
with an older commit: git archive <commit> | tar -x -C <dir>; link node_modules; node
scripts/bundle.mjs in <dir>; pass old=<dir>/bin/usjapan.js.
"""
import os, resource, statistics, subprocess, sys, tempfile, time

COMMANDS = [
    ['search', 'troops'],
    ['search', 'who leads the ldp', '--json'],
    ['search', 'how many troops are in japan'],
    ['search', 'lawmakers'],
    ['section', 'trade'],
    ['section', 'korea'],
    ['facts'],
    ['facts', 'percent'],
    ['sections'],
    ['--version'],
]

def main():
    args = sys.argv[1:]
    runs = 15
    if args[:1] == ['--runs']:
        runs, args = int(args[1]), args[2:]
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'bin', 'usjapan.js')
    bins = dict(a.split('=', 1) for a in args) or {'now': here}
    env = {k: v for k, v in os.environ.items() if k not in ('NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'USJAPAN_KB', 'COLUMNS')}
    env['XDG_DATA_HOME'] = tempfile.mkdtemp(prefix='usjapan-bench-')
    node = subprocess.run(['node', '-p', 'process.execPath'], capture_output=True, text=True, env=env).stdout.strip()

    def run(argv):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([node] + argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        t1 = time.perf_counter()
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        return t1 - t0, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)

    print(f'node {node}; {runs} interleaved runs per command; ratios CLI / node -e 0 as wall/cpu (medians of pairs)')
    for cmd in COMMANDS:
        for _ in range(2):
            run(['-e', '0'])
            for b in bins.values():
                run([b] + cmd)
        ratios = {k: [] for k in bins}
        for _ in range(runs):
            f = run(['-e', '0'])
            for k, b in bins.items():
                c = run([b] + cmd)
                ratios[k].append((c[0] / f[0], c[1] / f[1]))
        cells = '  '.join(f'{k} {statistics.median(x[0] for x in v):.2f}/{statistics.median(x[1] for x in v):.2f}' for k, v in ratios.items())
        print(f"{' '.join(cmd)[:40]:40s} {cells}")

main()
