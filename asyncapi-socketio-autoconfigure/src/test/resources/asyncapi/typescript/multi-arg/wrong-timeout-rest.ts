// A tag that is a number, with a timeout, and a count taken as a string.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
await socket.timeout(1000).emitWithAck("tag", "lobby", "red", 3);
const count: string = await socket.timeout(1000).emitWithAck("tag", "lobby");
console.log(count);
