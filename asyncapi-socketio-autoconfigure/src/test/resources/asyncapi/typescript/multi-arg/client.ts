// A typed client of multi-arg.d.ts (the golden declarations of MultiArgApp): it must compile.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ErrorAck, Message, ServerToClientEvents } from "./api.js";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:9092");

async function play(): Promise<void> {
  // remaining arguments: any number of tags after the room, then the ack callback
  socket.emit("tag", "lobby", (count) => console.log(count));
  socket.emit("tag", "lobby", "red", "blue", "green", (count) => console.log(count));
  const tags: string[] = ["a", "b"];
  socket.emit("tag", "lobby", ...tags, (count) => console.log(count));
  const count = await socket.emitWithAck("tag", "lobby", "red", "blue");
  console.log(count);
  // at least one label
  socket.emit("label", "one", (labels) => console.log(labels));
  socket.emit("label", "one", "two", "three", (labels) => console.log(labels));
  // an acknowledgement of three arguments (or the error ack alone)
  socket.emit("where", (x, y, label) => {
    if (typeof x === "number" && y !== undefined) {
      const sum: number = x + y;
      console.log(sum, label?.toUpperCase());
    }
    else {
      console.log(x);
    }
  });
  socket.timeout(1000).emit("where", (error, x, y, label) => console.log(error, x, y, label));
  // with a timeout, and fire and forget
  const tagged: number | ErrorAck = await socket.timeout(1000).emitWithAck("tag", "lobby", "red", "blue");
  const labelled: (string | null)[] | ErrorAck = await socket.timeout(1000).emitWithAck("label", "one", "two");
  const where: number | ErrorAck = await socket.timeout(1000).emitWithAck("where");
  console.log(tagged, labelled, where);
  socket.emit("tag", "lobby", "red");
  socket.emit("say", "lobby", { text: "hi" }, undefined);
}

// an event of two arguments that the client answers with two arguments, or one
socket.on("moved", (message: Message, options, callback) => callback(options.urgent, message.text));
socket.on("moved", (message, options, callback) => callback(true));
socket.on("moved", (message, options, callback) => callback(false, null));
play();
