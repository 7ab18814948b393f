// The callback of make_move with a timeout reading the ack as if it could not be the error ack.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
socket.timeout(5000).emit("make_move", { gameId: "g-1", x: 1, y: 2, mark: "X" }, (err, ack) => console.log(err, ack.moves));
