// Auth data without the bearer token the server requires, in the namespace / and in /chat-room.
import type { ChatRoomSocketAuth, SocketAuth } from "./api.js";

const auth: SocketAuth = {};
const chatAuth: ChatRoomSocketAuth = { client: "cli" };
console.log(auth, chatAuth);
