// A mark outside the enum, emitted without callback.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
socket.emit("make_move", { gameId: "g-1", x: 1, y: 2, mark: "Z" });
