// The second argument of moved is the options, not a message.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, Message, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
socket.on("moved", (message: Message, second: Message, callback) => callback(true));
