// A listener that takes move_made for the ack of make_move.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, MoveAck, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
socket.on("move_made", (ack: MoveAck) => console.log(ack.moves));
