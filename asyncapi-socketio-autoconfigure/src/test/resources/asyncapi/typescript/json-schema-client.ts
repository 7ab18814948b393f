// A client of json-schema.d.ts (generated from json-schema.yaml): it must compile with tsc --strict.
import { io, type Socket } from "socket.io-client";
import type {
  ChatRoomClientToServerEvents, ChatRoomServerToClientEvents, ChatRoomSocketAuth, ClientToServerEvents, Document,
  Error_, Failure, Labels, Node, Patch, Record_, ServerToClientEvents, SocketAuth, Status,
} from "./api.js";

declare const token: string;
// the bearer token of the security scheme, in every namespace's auth data
const auth: SocketAuth = { token };
const chatAuth: ChatRoomSocketAuth = { client: "cli", token };
const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:1", { auth });
const chat: Socket<ChatRoomServerToClientEvents, ChatRoomClientToServerEvents> =
  io("http://127.0.0.1:1/chat-room", { auth: chatAuth });

const tree: Node = { kind: "section", parent: null, children: [{ kind: "paragraph" }] };
const status: Status = "draft";
const document: Document = {
  id: "5f0c", title: "Notes", subtitle: null, version: null, tags: ["a"], root: tree, status,
  metadata: { author: "ada" }, counters: { views: 1, likes: 2 }, position: [1, 2], anything: { any: "thing" },
};

function describe(patch: Patch): string {
  switch (patch.op) {
    case "set_title": return patch.title;
    case "add_tag": return patch.tag;
    case "move": return `${patch.x},${patch.y}`;
  }
}

async function run(): Promise<void> {
  const ack = await socket.emitWithAck("update", document);
  if (ack === null || typeof ack === "string") {
    const saved: "saved" | "queued" | null = ack;
    console.log(saved);
  }
  else {
    const failure: Failure = ack;
    const error: Error_ = failure.error;
    // schemas named like globals do not shadow them
    const counts: Record_ = { views: 1 };
    const byCode: Record<string, number> = counts;
    console.log(new Error(error.code).message, failure.error.retry_after, byCode);
  }
  socket.emit("patch", "doc-1", { op: "move", x: 1, y: 2 });
  socket.emit("patch", "doc-1", { op: "add_tag", tag: "x" }, true);
  chat.emit("say", "hello");
}

socket.on("patched", (patch, callback) => {
  console.log(describe(patch));
  callback("queued");
});
socket.on("notice", (notice) => console.log(notice.level === "info", notice.text, notice["x-trace-id"]));
chat.on("said", (said) => console.log(said.from, said.text));
const labels: Labels = { "x-team": "games" };
console.log(labels);
run();
