// Auth data of /chat-room with the token but without the property of its own schema.
import type { ChatRoomSocketAuth } from "./api.js";

declare const token: string;
const chatAuth: ChatRoomSocketAuth = { token };
console.log(chatAuth);
