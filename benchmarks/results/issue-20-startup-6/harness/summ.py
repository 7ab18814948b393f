import sys, glob, re, statistics, collections
# summ.py DIR... : per app, median (min to max) of ready, main-thread CPU, C1+C2 CPU, process CPU
def fmt(v):
    v = sorted(v)
    return f"{statistics.median(v):.0f} ({v[0]:.0f} to {v[-1]:.0f})" if v else "-"
for d in sys.argv[1:]:
    apps = collections.defaultdict(lambda: collections.defaultdict(list))
    for f in sorted(glob.glob(f"{d}/*.steps")):
        name = re.sub(r'\.r\d+\.steps$', '', f.split('/')[-1])
        t = open(f).read()
        m = re.search(r'startup_ms=(\d+)', t); 
        if not m: continue
        a = apps[name]
        a['ready'].append(int(m.group(1)))
        a['process CPU'].append(int(re.search(r'startup_cpu_ms=(\d+)', t).group(1)))
        a['main CPU'].append(int(re.search(r'MAINCPU\t(\d+)', t).group(1)))
        tc = re.search(r'THREADCPU\t\{(.*)\}', t).group(1)
        g = dict(kv.split('=') for kv in tc.split(', '))
        a['JIT CPU'].append(int(g.get('C1', 0)) + int(g.get('C2', 0)))
    print(f"## {d.split('/')[-1]}")
    print(f"{'app':10} {'n':>2}  {'ready ms':24} {'main-thread CPU ms':24} {'JIT (C1+C2) CPU ms':24} {'process CPU ms':24}")
    for n, a in apps.items():
        print(f"{n:10} {len(a['ready']):2}  {fmt(a['ready']):24} {fmt(a['main CPU']):24} {fmt(a['JIT CPU']):24} {fmt(a['process CPU']):24}")
    print()
