#!/bin/bash
# steps2.sh OUTDIR ROUNDS "name|jvmopts|cp|main|args" ... : alternating runs under chrt -f 10
out=$1; rounds=$2; shift 2; mkdir -p $out
OPTS="-Xms1g -Xmx1g -XX:+UseG1GC -Djava.net.preferIPv4Stack=true"
for r in $(seq 1 $rounds); do
  apps=("$@"); if (( r % 2 == 0 )); then mapfile -t apps < <(printf '%s\n' "$@" | tac); fi
  for a in "${apps[@]}"; do
    IFS='|' read -r name jopts cp main args <<<"$a"
    chrt -f 10 java $OPTS $jopts -cp "$cp" Steps $main --socketio.server.port=19093 $args > $out/$name.r$r.steps 2>&1
    echo "$name r$r $(grep -h 'startup_ms\|startup_cpu' $out/$name.r$r.steps | tr '\n' ' ') load=$(cut -d' ' -f1 /proc/loadavg)" >> $out/log.txt
  done
done
