// A listener of game_won that expects the board of move_made.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, MoveMade, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");
socket.on("game_won", (made: Required<MoveMade>) => console.log(made.board));
