// A move without its required y.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
await socket.emitWithAck("make_move", { game_id: 1, x: 0 });
