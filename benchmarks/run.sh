#!/usr/bin/env bash
# Runs the end-to-end benchmarks of benchmarks/README.md on loopback and prints their table (JMH
# runs separately, see that README).
#
#   benchmarks/run.sh [scenario...]     scenarios: load load-pinned isolation idle document startup
#                                       flood (default: all but flood)
#
# load runs the servers unpinned, sharing both processors with the drivers, as users run them (the
# headline); load-pinned runs raw and starter with the server on CPU 1 and the drivers on CPU 0.
# Environment: ROUNDS (3), STARTUP_ROUNDS (3 x ROUNDS), WARMUP seconds (30), DURATION seconds (20), IDLE_CONNECTIONS (10000),
# PORT (19092), JAVA (java), NODE (node), SERVER_JVM_OPTS, DRIVER_JVM_OPTS, LOAD_SERVERS (the
# servers of the load scenario: raw starter node starter-noobs), SKIP_BUILD (1: use the last build),
# RESULTS (a directory), AUTOCONFIGURE_JAR (another build of asyncapi-socketio-autoconfigure for the
# starter server in the load, isolation and idle scenarios, to measure a runtime change before and
# after), BEFORE_JAR (another build of it, run as one more server "before" (A') next to the starter
# server in the same rounds: the load scenario adds it to LOAD_SERVERS, flood runs before and
# starter; FLOOD_SERVERS chooses: "before starter" with BEFORE_JAR, else "starter"),
# FLOOD_DURATION seconds (20), FLOOD_EVENTS per flooding client (400000), WELL_BEHAVED
# connections (4), FLOOD_JVM_OPTS (the server's in the flood scenario: SERVER_JVM_OPTS with the heap
# touched at start, so that RSS grows only with memory outside the heap).
# Servers: raw netty-socketio (A), the starter (B), Node's socket.io (N, benchmarks/node-server,
# installed with npm on first use) and the starter without Micrometer observations (C: the same
# server with SocketIoObservationAutoConfiguration excluded). They run alternately, A B N C A B N C,
# one round after the other; every server start is warmed up before it is measured. Every process
# is bounded in time.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROUNDS=${ROUNDS:-3}
STARTUP_ROUNDS=${STARTUP_ROUNDS:-$(( ROUNDS * 3 ))}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-20}
IDLE_CONNECTIONS=${IDLE_CONNECTIONS:-10000}
PORT=${PORT:-19092}
JAVA=${JAVA:-java}
NODE=${NODE:-node}
LOAD_SERVERS=${LOAD_SERVERS:-raw starter node starter-noobs}
SERVER_JVM_OPTS=${SERVER_JVM_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC -Djava.net.preferIPv4Stack=true}
DRIVER_JVM_OPTS=${DRIVER_JVM_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC -Djava.net.preferIPv4Stack=true}
RESULTS=${RESULTS:-$ROOT/benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)}
SCENARIOS=${*:-load load-pinned isolation idle document startup}
FLOOD_DURATION=${FLOOD_DURATION:-20}
FLOOD_EVENTS=${FLOOD_EVENTS:-400000}
WELL_BEHAVED=${WELL_BEHAVED:-4}
FLOOD_JVM_OPTS=${FLOOD_JVM_OPTS:-$SERVER_JVM_OPTS -XX:+AlwaysPreTouch}
if [[ -n "${BEFORE_JAR:-}" ]]; then
	LOAD_SERVERS="$LOAD_SERVERS before"
	FLOOD_SERVERS=${FLOOD_SERVERS:-before starter}
else
	FLOOD_SERVERS=${FLOOD_SERVERS:-starter}
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
	echo "== building (once)"
	# copy-dependencies leaves the jars of removed dependencies behind: start from empty lib directories
	rm -rf benchmarks/*/target/lib
	./mvnw -q -B -Pbenchmarks -DskipTests package \
		-pl benchmarks/load-driver,benchmarks/raw-server,benchmarks/starter-server,benchmarks/boot-baseline -am
fi
if [[ " $LOAD_SERVERS " == *" node "* && "$SCENARIOS" == *load* && ! -d benchmarks/node-server/node_modules ]]; then
	echo "== installing Node's socket.io (once)"
	(cd benchmarks/node-server && npm install --no-audit --no-fund --loglevel=error)
fi

classpath() { echo "$ROOT/benchmarks/$1/target/classes:$ROOT/benchmarks/$1/target/lib/*"; }
starter_classpath() {
	if [[ -n "${AUTOCONFIGURE_JAR:-}" ]]; then
		# the given runtime first: it shadows the one in target/lib
		echo "$AUTOCONFIGURE_JAR:$(classpath starter-server)"
	else
		classpath starter-server
	fi
}
DRIVER_CP=$(classpath load-driver)
SERVER_PIN=() DRIVER_PIN=()
pin() { # 1: server on CPU 1, drivers on CPU 0; 0: no pinning
	if [[ "$1" == 1 ]]; then SERVER_PIN=(taskset -c 1) DRIVER_PIN=(taskset -c 0); else SERVER_PIN=() DRIVER_PIN=(); fi
}

mkdir -p "$RESULTS"
{
	echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
	echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') × $(nproc)"
	echo "memory: $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
	echo "kernel: $(uname -r)"
	echo "java: $("$JAVA" -version 2>&1 | sed -n 2p)"
	echo "server JVM options: $SERVER_JVM_OPTS"
	echo "driver JVM options: $DRIVER_JVM_OPTS"
	echo "pinning: none in load, server on CPU 1 and drivers on CPU 0 in load-pinned; none elsewhere"
	echo "node: $("$NODE" --version 2>/dev/null || echo none)"
	[[ " $SCENARIOS " == *" flood "* ]] && echo "server JVM options in the flood scenario: $FLOOD_JVM_OPTS"
	echo "rounds: $ROUNDS, warm-up: ${WARMUP}s, measured: ${DURATION}s per run"
	echo "starter runtime: ${AUTOCONFIGURE_JAR:-this build}"
	echo "before runtime: ${BEFORE_JAR:-none}"
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS/machine.txt"
others=$(pgrep -c -f 'java|mvn' || true)
if awk -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { exit !(load > 0.5) }' || [[ "$others" -gt 0 ]]; then
	echo "warning: the machine is not idle (load $(cut -d' ' -f1 /proc/loadavg), $others java/mvn processes): figures will be noisy"
fi

SERVER_PID=
start_server() { # raw|starter|starter-noobs|node|before [arguments of the starter server...]
	local server=$1 log="$RESULTS/server.$1.log"
	shift
	case "$server" in
		raw) "${SERVER_PIN[@]}" "$JAVA" $SERVER_JVM_OPTS -cp "$(classpath raw-server)" \
				io.github.sioasyncapi.benchmarks.raw.RawServer "$PORT" >"$log" 2>&1 & ;;
		starter) "${SERVER_PIN[@]}" "$JAVA" $SERVER_JVM_OPTS -cp "$(starter_classpath)" \
				io.github.sioasyncapi.benchmarks.starter.StarterServer --socketio.server.port="$PORT" "$@" >"$log" 2>&1 & ;;
		starter-noobs) "${SERVER_PIN[@]}" "$JAVA" $SERVER_JVM_OPTS -cp "$(starter_classpath)" \
				io.github.sioasyncapi.benchmarks.starter.StarterServer --socketio.server.port="$PORT" \
				--spring.autoconfigure.exclude=io.github.sioasyncapi.autoconfigure.SocketIoObservationAutoConfiguration \
				"$@" >"$log" 2>&1 & ;;
		node) "${SERVER_PIN[@]}" "$NODE" "$ROOT/benchmarks/node-server/server.mjs" "$PORT" >"$log" 2>&1 & ;;
		before) "${SERVER_PIN[@]}" "$JAVA" $SERVER_JVM_OPTS -cp "$BEFORE_JAR:$(classpath starter-server)" \
				io.github.sioasyncapi.benchmarks.starter.StarterServer --socketio.server.port="$PORT" "$@" >"$log" 2>&1 & ;;
	esac
	SERVER_PID=$!
	for _ in $(seq 1 300); do
		if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then return 0; fi
		kill -0 "$SERVER_PID" 2>/dev/null || break
		sleep 0.2
	done
	echo "the $server server did not start; see $log" >&2
	exit 1
}

stop_server() {
	kill "$SERVER_PID" 2>/dev/null || true
	for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
	kill -9 "$SERVER_PID" 2>/dev/null || true
	wait "$SERVER_PID" 2>/dev/null || true
	SERVER_PID=
	# the port is free again before the next server binds it
	for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break; sleep 0.2; done
}

# a server left by an interrupted run would hold the port
trap '[[ -n "$SERVER_PID" ]] && stop_server' EXIT

status_kb() { awk -v field="$2:" '$1 == field {print $2}' "/proc/$1/status"; }

# drive SCENARIO SERVER ROUND CONNECTIONS IN_FLIGHT WARMUP SLOW_CONNECTIONS: two driver processes
# share the connections and start at the same wall-clock time
drive() {
	local scenario=$1 server=$2 round=$3 connections=$4 inflight=$5 warmup=$6 slow=$7
	local start_at=$(( $(date +%s%3N) + 3000 )) pids=() n
	for n in 0 1; do
		"${DRIVER_PIN[@]}" timeout $(( warmup + DURATION + 180 )) "$JAVA" $DRIVER_JVM_OPTS -cp "$DRIVER_CP" \
			io.github.sioasyncapi.benchmarks.driver.LoadDriver --port="$PORT" \
			--connections=$(( connections / 2 )) --in-flight="$inflight" --slow-connections=$(( slow / 2 )) \
			--connection-base=$(( n * 100000 )) --warmup="$warmup" --duration="$DURATION" --start-at="$start_at" \
			$([[ $n == 0 ]] && echo "--server-pid=$SERVER_PID") --label="$scenario $server round $round driver $n" \
			--out="$RESULTS/$scenario.$server.r$round.d$n.properties" &
		pids+=($!)
	done
	local failed=0
	for n in "${pids[@]}"; do wait "$n" || failed=1; done
	if [[ "$failed" == 1 ]]; then
		# a connection refused or closed (a machine under load): the round is left out for this server
		echo "a driver of $scenario $server round $round failed; the round is left out" >&2
		rm -f "$RESULTS/$scenario.$server.r$round".d*.properties
		return 0
	fi
	echo "peakRssKb=$(status_kb "$SERVER_PID" VmHWM)" >"$RESULTS/$scenario.$server.r$round.server.properties"
}

heap_used_kb() { # prints nothing when the JVM does not answer within a minute
	timeout 60 jcmd "$1" GC.run >/dev/null || return 0
	sleep 1
	timeout 60 jcmd "$1" GC.heap_info | grep -m1 -o 'used [0-9]*K' | tr -dc 0-9 || true
}

live_heap_kb() { # the objects alive, counted by a class histogram after a full GC; nothing when the JVM does not answer
	# (heap used a moment after a GC would count what a server still busy with a flood allocated since)
	timeout 60 jcmd "$1" GC.class_histogram | awk '$1 == "Total" { printf "%d", $3 / 1024 }' || true
}

idle() { # SERVER ROUND
	local server=$1 round=$2 ready="$RESULTS/idle.ready" release="$RESULTS/idle.release"
	rm -f "$ready" "$release"
	start_server "$server"
	sleep 5
	local heap_before rss_before heap_after rss_after
	heap_before=$(heap_used_kb "$SERVER_PID")
	rss_before=$(status_kb "$SERVER_PID" VmRSS)
	"${DRIVER_PIN[@]}" timeout 300 "$JAVA" $DRIVER_JVM_OPTS -cp "$DRIVER_CP" \
		io.github.sioasyncapi.benchmarks.driver.LoadDriver --port="$PORT" --connections="$IDLE_CONNECTIONS" \
		--idle-hold=240 --ready-file="$ready" --release-file="$release" &
	local driver=$!
	for _ in $(seq 1 1500); do [[ -f "$ready" ]] && break; kill -0 "$driver" 2>/dev/null || break; sleep 0.2; done
	[[ -f "$ready" ]] || { echo "idle clients did not connect" >&2; exit 1; }
	sleep 5
	heap_after=$(heap_used_kb "$SERVER_PID")
	rss_after=$(status_kb "$SERVER_PID" VmRSS)
	touch "$release"
	wait "$driver"
	printf 'connections=%s\nheapBeforeKb=%s\nheapAfterKb=%s\nrssBeforeKb=%s\nrssAfterKb=%s\npeakRssKb=%s\n' \
		"$IDLE_CONNECTIONS" "$heap_before" "$heap_after" "$rss_before" "$rss_after" \
		"$(status_kb "$SERVER_PID" VmHWM)" >"$RESULTS/idle.$server.r$round.properties"
	stop_server
	rm -f "$ready" "$release"
}

# flood SERVER ROUND: the well-behaved clients' latency alone (after a warm-up), then next to 1 and
# to 10 clients that write acked make_move events as fast as they can and never read; the server's
# live heap (a class histogram after a full GC) and RSS before each flood and with the flooders still connected, its
# peak RSS during the flood, and whether it still answers its health endpoint
flood() {
	local server=$1 round=$2 web=$(( PORT + 1 )) flooders saved_options=$SERVER_JVM_OPTS
	SERVER_JVM_OPTS=$FLOOD_JVM_OPTS
	start_server "$server" --server.port="$web"
	SERVER_JVM_OPTS=$saved_options
	well_behaved flood-0 "$server" "$round" "$WARMUP" "$DURATION"
	for flooders in 1 10; do
		local ready="$RESULTS/flood.ready" release="$RESULTS/flood.release" name="flood-$flooders.$server.r$round"
		rm -f "$ready" "$release"
		local heap_before rss_before heap_after rss_after peak health
		heap_before=$(live_heap_kb "$SERVER_PID")
		rss_before=$(status_kb "$SERVER_PID" VmRSS)
		echo 5 >"/proc/$SERVER_PID/clear_refs" # the peak RSS counts from here
		"${DRIVER_PIN[@]}" timeout $(( FLOOD_DURATION + 400 )) "$JAVA" $DRIVER_JVM_OPTS -cp "$DRIVER_CP" \
			io.github.sioasyncapi.benchmarks.driver.Flooder --port="$PORT" --clients="$flooders" \
			--events="$FLOOD_EVENTS" --duration="$FLOOD_DURATION" --hold=300 --ready-file="$ready" \
			--release-file="$release" --out="$RESULTS/$name.flooder.properties" &
		local flooder=$!
		# measured while the flooders write: from 4 s after they start to the end of their flood
		well_behaved "flood-$flooders" "$server" "$round" 2 $(( FLOOD_DURATION > 9 ? FLOOD_DURATION - 4 : 5 ))
		for _ in $(seq 1 600); do [[ -f "$ready" ]] && break; kill -0 "$flooder" 2>/dev/null || break; sleep 0.2; done
		heap_after=$(live_heap_kb "$SERVER_PID")
		rss_after=$(status_kb "$SERVER_PID" VmRSS || true)
		peak=$(status_kb "$SERVER_PID" VmHWM || true)
		health=$(curl -s -m 10 "http://127.0.0.1:$web/actuator/health" || true)
		curl -s -m 10 "http://127.0.0.1:$web/actuator/socketio" >"$RESULTS/$name.socketio.json" || true
		touch "$release"
		wait "$flooder" || true
		printf 'flooders=%s\nheapBeforeKb=%s\nheapAfterKb=%s\nrssBeforeKb=%s\nrssAfterKb=%s\npeakRssKb=%s\nup=%s\n' \
			"$flooders" "$heap_before" "$heap_after" "$rss_before" "$rss_after" "$peak" \
			"$([[ "$health" == *'"UP"'* ]] && echo true || echo false)" >"$RESULTS/$name.memory.properties"
		echo "  $flooders flooding: live heap ${heap_before:-?} -> ${heap_after:-?} KB, RSS $rss_before -> ${rss_after:-?} KB, peak ${peak:-?} KB, health: ${health:-none}"
		rm -f "$ready" "$release"
		# the flooders' sessions end with their connections; the next flood starts from a quiet server
		sleep 5
	done
	stop_server
}

# well_behaved SCENARIO SERVER ROUND WARMUP DURATION: one driver process, WELL_BEHAVED connections with
# one acked make_move each in flight
well_behaved() {
	local scenario=$1 server=$2 round=$3 warmup=$4 duration=$5
	"${DRIVER_PIN[@]}" timeout $(( warmup + duration + 180 )) "$JAVA" $DRIVER_JVM_OPTS -cp "$DRIVER_CP" \
		io.github.sioasyncapi.benchmarks.driver.LoadDriver --port="$PORT" --connections="$WELL_BEHAVED" --in-flight=1 \
		--warmup="$warmup" --duration="$duration" --server-pid="$SERVER_PID" \
		--label="$scenario $server round $round" --out="$RESULTS/$scenario.$server.r$round.d0.properties" || true
}

startup() { # APP ROUND
	local app=$1 round=$2 out
	case "$app" in
		baseline) out=$("$JAVA" $SERVER_JVM_OPTS -cp "$(classpath boot-baseline)" \
				io.github.sioasyncapi.benchmarks.baseline.BaselineApplication --benchmark.exit-when-ready=true) ;;
		starter) out=$("$JAVA" $SERVER_JVM_OPTS -cp "$(classpath starter-server)" \
				io.github.sioasyncapi.benchmarks.starter.StarterServer --benchmark.exit-when-ready=true \
				--socketio.server.port="$PORT") ;;
	esac
	{
		echo "startupMillis=$(grep -o 'startup_ms=[0-9]*' <<<"$out" | cut -d= -f2)"
		echo "startupCpuMillis=$(grep -o 'startup_cpu_ms=[0-9]*' <<<"$out" | cut -d= -f2)"
		echo "classes=$(grep -o 'classes=[0-9]*' <<<"$out" | cut -d= -f2)"
		echo "startupMainCpuMillis=$(grep -o 'startup_main_cpu_ms=[0-9]*' <<<"$out" | cut -d= -f2)"
		echo "startupJitCpuMillis=$(grep -o 'startup_jit_cpu_ms=[0-9-]*' <<<"$out" | cut -d= -f2)"
		echo "shutdownMillis=$(grep -o 'shutdown_ms=[0-9]*' <<<"$out" | cut -d= -f2)"
	} >"$RESULTS/startup.$app.r$round.properties"
}

for scenario in $SCENARIOS; do
	case "$scenario" in
		load|load-pinned)
			servers=$LOAD_SERVERS suffix=
			pin 0
			if [[ "$scenario" == load-pinned ]]; then servers="raw starter" suffix=-pinned; pin 1; fi
			for round in $(seq 1 "$ROUNDS"); do
				for server in $servers; do
					echo "== $scenario, round $round, $server"
					start_server "$server"
					drive "throughput$suffix" "$server" "$round" 50 4 "$WARMUP" 0
					drive "many$suffix" "$server" "$round" 200 1 5 0
					stop_server
				done
			done
			pin 0 ;;
		isolation)
			for round in $(seq 1 "$ROUNDS"); do
				for server in raw starter; do
					echo "== isolation, round $round, $server"
					start_server "$server"
					drive isolation-base "$server" "$round" 50 1 "$WARMUP" 0
					drive isolation-slow "$server" "$round" 50 1 5 4
					stop_server
				done
			done ;;
		idle)
			for round in $(seq 1 "$ROUNDS"); do
				for server in raw starter; do
					echo "== idle connections, round $round, $server"
					idle "$server" "$round"
				done
			done ;;
		document)
			for round in $(seq 1 "$ROUNDS"); do
				echo "== document, round $round"
				timeout 600 "$JAVA" $SERVER_JVM_OPTS -cp "$(classpath starter-server)" \
					io.github.sioasyncapi.benchmarks.document.DocumentBuildBenchmark 1000 "$RESULTS/document.r$round.properties"
				# built in the background from the moment the application is ready: how long a
				# request made at that moment waits
				timeout 600 "$JAVA" $SERVER_JVM_OPTS -cp "$(classpath starter-server)" \
					io.github.sioasyncapi.benchmarks.document.DocumentBuildBenchmark 1000 \
					"$RESULTS/document-prebuilt.r$round.properties" true
			done ;;
		startup)
			# start-ups are short and vary by +-400 ms on a 2-core machine: more rounds, and the order
			# within a round alternates so that neither application always runs first
			for round in $(seq 1 "$STARTUP_ROUNDS"); do
				echo "== start-up, round $round"
				if (( round % 2 )); then
					startup baseline "$round"; startup starter "$round"
				else
					startup starter "$round"; startup baseline "$round"
				fi
			done ;;
		flood)
			for round in $(seq 1 "$ROUNDS"); do
				for server in $FLOOD_SERVERS; do
					echo "== flood, round $round, $server (load average $(cut -d' ' -f1-3 /proc/loadavg))"
					flood "$server" "$round"
				done
			done ;;
		*) echo "unknown scenario: $scenario" >&2; exit 2 ;;
	esac
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/machine.txt"
"$JAVA" -cp "$DRIVER_CP" io.github.sioasyncapi.benchmarks.driver.Report "$RESULTS" | tee "$RESULTS/summary.md"
echo "results: $RESULTS"
