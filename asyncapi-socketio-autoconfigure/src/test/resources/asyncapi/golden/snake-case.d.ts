// TypeScript declarations of "Socket.IO API 1.0.0" for socket.io-client v4,
// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.
//
//   import { io, type Socket } from "socket.io-client";
//   import type { ServerToClientEvents, ClientToServerEvents } from "./api";
//
//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);

/** The events a client of the namespace `/` listens to (`socket.on`). */
export interface ServerToClientEvents {
  profile_updated: (payload: ProfileUpdated) => void;
}

/** The events a client of the namespace `/` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ClientToServerEvents {
  update_profile: (payload: UpdateProfile, callback: (ack: ProfileUpdated | ErrorAck) => void) => void;
}

export interface Error {
  /**
   * What went wrong: `invalid_payload`, `unknown_event`, `unauthorized`, `forbidden`, `internal_error`, or a code of the application's own exception handlers.
   */
  code: string;
  message: string;
  violations?: Violation[];
  id?: string;
}

export interface ErrorAck {
  error: Error;
}

export interface PhoneNumber {
  country_code?: string | null;
  local_number?: string | null;
}

export interface ProfileUpdated {
  display_name?: string | null;
  /**
   * @format int32
   * @minimum -2147483648
   * @maximum 2147483647
   */
  age_in_years: number;
  is_verified: boolean;
}

export interface UpdateProfile {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  display_name: string;
  /**
   * @format int32
   * @minimum -2147483648
   * @maximum 150
   */
  age_in_years: number;
  "X-Tag"?: string | null;
  phone_numbers?: (PhoneNumber | null)[] | null;
}

export interface Violation {
  path: string;
  message: string;
  rejectedValue: unknown;
}
