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
  code: "invalid_payload" | "unknown_event" | "unauthorized" | "internal_error";
  message: string;
  violations?: Violation[];
  id?: string;
}

export interface ErrorAck {
  error: Error;
}

export interface PhoneNumber {
  country_code?: string;
  local_number?: string;
}

export interface ProfileUpdated {
  display_name?: string;
  /** @format int32 */
  age_in_years: number;
  is_verified: boolean;
}

export interface UpdateProfile {
  /** @minLength 1 */
  display_name: string;
  /**
   * @format int32
   * @maximum 150
   */
  age_in_years: number;
  "X-Tag"?: string;
  phone_numbers?: PhoneNumber[];
}

export interface Violation {
  path: string;
  message: string;
  rejectedValue: unknown;
}
