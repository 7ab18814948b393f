// moved is answered with a boolean first, then who saw it.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
socket.on("moved", (message, options, callback) => callback("seen", "me"));
