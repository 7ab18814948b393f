// The ack of make_move with a timeout taken as a number: typed as without timeout, not `any`.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
const ack: number = await socket.timeout(5000).emitWithAck("make_move", { gameId: "g-1", x: 1, y: 2, mark: "X" });
console.log(ack);
