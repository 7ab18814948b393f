// A typed client of simple.d.ts (the golden declarations of SimpleApp): it must compile.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ErrorAck, Error_, MakeMove, MoveAck, ServerToClientEvents, SocketAuth } from "./api.js";

const auth: SocketAuth = { token: "secret123" };
const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092", { auth });

async function play(): Promise<void> {
  const move: MakeMove = { gameId: "g-1", x: 1, y: 2, mark: "X" };
  const ack = await socket.emitWithAck("make_move", move);
  if ("error" in ack) {
    console.log(ack.error.code, ack.error.message, ack.error.violations?.[0]?.path);
  }
  else {
    const accepted: MoveAck = ack;
    console.log(accepted.accepted, accepted.moves);
  }
  socket.emit("make_move", move, (reply) => console.log(reply));
  socket.emit("ping", (error) => console.log(error?.error.code));
  // with a timeout, emitWithAck resolves to the same union (and rejects when the time is up)
  const timed: MoveAck | ErrorAck = await socket.timeout(1000).emitWithAck("make_move", move);
  if ("error" in timed) {
    const error: Error_ = timed.error;
    throw new Error(error.code); // the global Error: the declarations' error type is Error_
  }
  const pinged: ErrorAck | undefined = await socket.timeout(1000).emitWithAck("ping");
  console.log(timed.accepted, pinged?.error.code);
  socket.timeout(1000).emit("make_move", move, (err, reply) => console.log(err.message, "error" in reply || reply.accepted));
  // fire and forget: an acknowledged event without callback
  socket.emit("make_move", move);
  socket.volatile.emit("ping");
  socket.timeout(1000).emit("ping");
}

socket.on("move_made", (made) => console.log(made.x, made.y, made.mark, made.at));
socket.on("game_created", (created) => console.log(created.gameId, created.day));
socket.on("invite", (invitation, callback) => callback({ accepted: invitation.from !== undefined }));
play();
