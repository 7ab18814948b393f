// The answer to the server's invite of the wrong type.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
socket.on("invite", (invitation, callback) => callback({ accepted: "yes" }));
