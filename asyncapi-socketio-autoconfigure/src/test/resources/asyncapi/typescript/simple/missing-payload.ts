// make_move without its payload, with and without a timeout.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
await socket.emitWithAck("make_move");
await socket.timeout(5000).emitWithAck("make_move");
socket.emit("make_move");
