// A client typed with the declarations of the running ArgumentsApp, run with node and the
// official socket.io-client: the remaining arguments of events, an event of two arguments
// answered with two, and an acknowledgement of three arguments.
//
//   node client.js http://127.0.0.1:9092
import { io, type Socket } from "socket.io-client";
import type { Cell, ClientToServerEvents, ErrorAck, ServerToClientEvents } from "./api.js";

// Node's process, without installing @types/node
declare const process: { argv: string[]; exit(code: number): never };

const url = process.argv[2] ?? "http://localhost:9092";
const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url,
  { transports: ["websocket"], reconnection: false, timeout: 10_000 });

function check(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

function isError(ack: unknown): ack is ErrorAck {
  return typeof ack === "object" && ack !== null && "error" in ack;
}

const moves: Cell[][] = [];
// an event of two arguments, answered with two
socket.on("moved", (from, to, callback) => {
  moves.push([from, to]);
  callback(true, "ts-client");
});

async function run(): Promise<void> {
  // the remaining arguments: none, and several
  check(await socket.timeout(10_000).emitWithAck("tag", "lobby") === "lobby:", "tag without tags");
  const tagged = await socket.timeout(10_000).emitWithAck("tag", "lobby", "red", "blue");
  check(tagged === "lobby:red,blue", `tag with tags: ${JSON.stringify(tagged)}`);
  // each remaining argument is validated on its own
  const labels = await socket.timeout(10_000).emitWithAck("label", "ok", " ");
  check(isError(labels) && labels.error.violations?.[0]?.path === "[1]", `label: ${JSON.stringify(labels)}`);
  // an acknowledgement of three arguments, after the server asked this client
  const where = await new Promise<unknown[]>((resolve) => {
    socket.timeout(10_000).emit("where", (error, x, y, by) => resolve([error === null ? null : String(error), x, y, by]));
  });
  check(JSON.stringify(where) === JSON.stringify([null, 1, 2, "ts-client"]), `where: ${JSON.stringify(where)}`);
  check(JSON.stringify(moves) === JSON.stringify([[{ x: 0, y: 0 }, { x: 1, y: 2 }]]), `moved: ${JSON.stringify(moves)}`);
  console.log("argument lists typed end to end");
}

socket.on("connect", () => {
  run().then(() => {
    socket.disconnect();
    process.exit(0);
  }, (error: unknown) => {
    console.error(error);
    socket.disconnect();
    process.exit(1);
  });
});
socket.on("connect_error", (error) => {
  console.error(error);
  process.exit(1);
});
