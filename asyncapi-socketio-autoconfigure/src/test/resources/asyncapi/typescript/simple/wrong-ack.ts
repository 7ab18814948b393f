// The ack of make_move taken as a MoveAck, forgetting the error ack.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, MoveAck, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
const ack: MoveAck = await socket.emitWithAck("make_move", { gameId: "g-1", x: 1, y: 2, mark: "X" });
console.log(ack.moves);
