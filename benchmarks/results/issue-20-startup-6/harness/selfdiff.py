import sys, glob, statistics, collections, re
# selfdiff.py DIR A B : median self time per step name, B minus A
import os
CPU = os.environ.get("CPU") == "1"
d, a, b = sys.argv[1:4]
def load(name):
    runs = []
    for f in sorted(glob.glob(f"{d}/{name}.r*.steps")):
        m = collections.defaultdict(float); ready=None
        for line in open(f):
            if line.startswith("startup_ms="): ready=int(line.split("=")[1])
            if not line.startswith("STEP"): continue
            p = line.rstrip("\n").split("\t")
            n = re.sub(r"^spring\.beans\.instantiate ", "instantiate ", p[6])
            n = re.sub(r"^spring\.beans\.smart-initialize ", "smart-initialize ", n)
            m[n] += float(p[1] if not CPU else p[7])
        m["READY"] = ready
        runs.append(m)
    return runs
ra, rb = load(a), load(b)
names = set().union(*ra, *rb)
med = lambda runs, n: statistics.median([r.get(n, 0.0) for r in runs])
rows = sorted(((med(rb,n)-med(ra,n), med(rb,n), med(ra,n), n) for n in names), reverse=True)
print(f"# {len(ra)} runs {a}, {len(rb)} runs {b}; READY {a}: {sorted(r['READY'] for r in ra)}; {b}: {sorted(r['READY'] for r in rb)}")
print("sum self diff", sum(r[0] for r in rows if r[3] != "READY"))
for r in rows:
    if abs(r[0]) >= float(sys.argv[4] if len(sys.argv) > 4 else 1.5): print(f"{r[0]:8.1f} {r[1]:8.1f} {r[2]:8.1f} {r[3]}")
