// TypeScript declarations of "Socket.IO API 1.0.0" for socket.io-client v4,
// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.
//
//   import { io, type Socket } from "socket.io-client";
//   import type { ServerToClientEvents, ClientToServerEvents } from "./api";
//
//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);

/** The events a client of the namespace `/` listens to (`socket.on`). */
export interface ServerToClientEvents {
  attached: (attachment: Attachment, attachment_2: Attachment) => void;
  batched: (payload: CommentBatch) => void;
  commented: (payload: Comment) => void;
  contact_saved: (payload: Contact) => void;
  measured: (payload: Measurement) => void;
  message_moved: (joinRoom: JoinRoom, chatMessage: ChatMessage) => void;
  message_posted: (payload: ChatMessage) => void;
  notified: (payload: Notice) => void;
  profile_updated: (payload: UserProfile) => void;
  reminded: (payload: Reminder) => void;
  shared: (payload: Post) => void;
}

/** The events a client of the namespace `/` emits (`socket.emit`, `socket.emitWithAck`). */
export interface ClientToServerEvents {
  attach: (...args: [postId: number, ...attachments: Attachment[], callback: (ack: (Attachment | null)[] | ErrorAck | ChatError | RateLimited) => void]) => void;
  batch: (payload: CommentBatch, callback: (ack: CommentBatch | ErrorAck | ChatError | RateLimited) => void) => void;
  comment: (payload: Comment, callback: (ack: Comment | ErrorAck | ChatError | RateLimited) => void) => void;
  echo_page: (payload: PageComment, callback: (ack: PageComment | ErrorAck | ChatError | RateLimited) => void) => void;
  join_room: (payload: JoinRoom, callback: (ack: JoinRoom | ErrorAck | ChatError | RateLimited) => void) => void;
  label: (...args: [...labels: [string, ...string[]], callback: (ack: (string | null)[] | ErrorAck | ChatError | RateLimited) => void]) => void;
  list_messages: (payload: PageChatMessage, callback: (ack: EnvelopeMapStringListInteger | ErrorAck | ChatError | RateLimited) => void) => void;
  maybe_reply: (payload: string | null, callback: (ack: string | ErrorAck | ChatError | RateLimited) => void) => void;
  measure: (payload: Measurement, callback: (ack: Measurement | ErrorAck | ChatError | RateLimited) => void) => void;
  mention: (...args: [roomId: string, ...nicknames: string[], callback: (ack: (string | null)[] | ErrorAck | ChatError | RateLimited) => void]) => void;
  move_message: (to: JoinRoom, message: ChatMessage, callback: (room: string | ErrorAck | ChatError | RateLimited, message: ChatMessage | undefined, replyTo?: string | null) => void) => void;
  notify: (payload: Notice, callback: (ack: Notice | ErrorAck | ChatError | RateLimited) => void) => void;
  post_message: (payload: ChatMessage, callback: (ack: ChatMessage | ErrorAck | ChatError | RateLimited) => void) => void;
  raw: (payload: unknown, callback: (ack: unknown) => void) => void;
  react: (messageId: string, delta: number, presence: "ONLINE" | "AWAY" | "do_not_disturb" | null, attachment: Attachment, callback: (messageId: string | ErrorAck | ChatError | RateLimited, total: number | undefined, presence: "ONLINE" | "AWAY" | "do_not_disturb" | null | undefined, attachment?: Attachment) => void) => void;
  remind: (payload: Reminder, callback: (ack: Reminder | ErrorAck | ChatError | RateLimited) => void) => void;
  save_contact: (payload: Contact, callback: (ack: Contact | ErrorAck | ChatError | RateLimited) => void) => void;
  score: (payload: { [key: string]: number | null }, callback: (ack: { [key: string]: number | null } | ErrorAck | ChatError | RateLimited) => void) => void;
  send_to: (room: string, message: ChatMessage, copies: number | null | undefined, callback: (ack: SendReceipt | ErrorAck | ChatError | RateLimited) => void) => void;
  set_presence: (payload: "ONLINE" | "AWAY" | "do_not_disturb", callback: (ack: "ONLINE" | "AWAY" | "do_not_disturb" | ErrorAck | ChatError | RateLimited) => void) => void;
  set_topic: (payload: string, callback: (ack: string | ErrorAck | ChatError | RateLimited) => void) => void;
  set_volume: (payload: number, callback: (ack: number | ErrorAck | ChatError | RateLimited) => void) => void;
  share: (payload: Post, callback: (ack: Post | ErrorAck | ChatError | RateLimited) => void) => void;
  tag: (payload: string[], callback: (ack: (string | null)[] | ErrorAck | ChatError | RateLimited) => void) => void;
  update_profile: (payload: UserProfile, callback: (ack: UserProfile | ErrorAck | ChatError | RateLimited) => void) => void;
}

export type Attachment = ImageAttachment | LinkAttachment;

export interface ChatError {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  code: string;
  detail?: string | null;
}

export interface ChatMessage {
  /**
   * @minLength 1
   * @maxLength 40
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  roomId: string;
  /**
   * @minLength 1
   * @maxLength 200
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  text: string;
  replyTo?: string | null;
  editedBy?: string | null;
  /** @format date-time */
  sentAt: string;
  /**
   * @format int32
   * @minimum 0
   * @maximum 5
   */
  priority: number;
  pinned: boolean;
  /**
   * @format int64
   * @minimum -9223372036854775808
   * @maximum 9223372036854775807
   */
  threadId?: number | null;
}

export interface Comment {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  text: string;
  replies?: (Comment | null)[] | null;
}

export interface CommentBatch {
  items?: (Comment | null)[] | null;
}

export type Contact = EmailContact | PhoneContact;

export interface EmailContact {
  address: string | null;
  label?: string | null;
}

export interface EnvelopeMapStringListInteger {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  kind: string;
  data?: { [key: string]: (number | null)[] | null } | null;
}

export interface Error_ {
  /**
   * What went wrong: `invalid_payload`, `unknown_event`, `unauthorized`, `forbidden`, `internal_error`, or a code of the application's own exception handlers.
   */
  code: string;
  message: string;
  violations?: Violation[];
  id?: string;
}

export interface ErrorAck {
  error: Error_;
}

export interface ImageAttachment {
  kind: "image";
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  url: string;
  /**
   * @format int32
   * @exclusiveMinimum 0
   * @maximum 2147483647
   */
  widthPx: number;
  /**
   * @format int32
   * @exclusiveMinimum 0
   * @maximum 2147483647
   */
  heightPx: number;
}

export interface JoinRoom {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  room: string;
  /** @minLength 1 */
  nickname: string;
}

export interface LinkAttachment {
  kind: "link";
  /**
   * @minLength 1
   * @pattern ^(?:https?://\S+)$
   */
  href: string;
  title?: string | null;
}

export interface Measurement {
  /** @format uuid */
  id: string;
  amount?: number | null;
  /** @format date */
  day?: string | null;
  /** @format date-time */
  at?: string | null;
  /**
   * @format int32
   * @minimum -32768
   * @maximum 32767
   */
  small: number;
  /**
   * @format int64
   * @minimum -9223372036854775808
   * @maximum 9223372036854775807
   */
  big: number;
  /** @format double */
  ratio: number;
  /**
   * @format float
   * @minimum -340282350000000000000000000000000000000
   * @maximum 340282350000000000000000000000000000000
   */
  weight: number;
  confirmed?: boolean | null;
  /**
   * @minimum -128
   * @maximum 255
   */
  level: number;
}

export interface MentionNotice {
  type: "mention";
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  text: string;
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  mentionedUser: string;
}

export type Notice = MentionNotice | PlainNotice;

export interface PageChatMessage {
  items: (ChatMessage | null)[];
  /**
   * @format int32
   * @minimum 0
   * @maximum 2147483647
   */
  page: number;
  next?: string | null;
}

export interface PageComment {
  items: (Comment | null)[];
  /**
   * @format int32
   * @minimum 0
   * @maximum 2147483647
   */
  page: number;
  next?: string | null;
}

export type PhoneContact = {
  phone?: string | null;
  label?: string | null;
  textMessages: boolean;
} & { [key: string]: unknown };

export interface PlainNotice {
  type?: unknown;
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  text: string;
}

export interface Post {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  body: string;
  attachments: Attachment[];
}

export interface RateLimited {
  code?: string | null;
  /**
   * @format int64
   * @minimum -9223372036854775808
   * @maximum 9223372036854775807
   */
  retryAfterMs: number;
}

export interface Reminder {
  /**
   * @minLength 1
   * @pattern [^\u0009-\u000D\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028-\u2029\u205F\u3000]
   */
  text: string;
  /**
   * Formatted as dd.MM.yyyy (a java.time DateTimeFormatter pattern)
   *
   * @pattern ^[0-9]{2}\.[0-9]{2}\.[0-9]{4}$
   */
  due: string;
  /**
   * Seconds since 1970-01-01T00:00:00Z, nanoseconds as the fraction
   *
   * @minimum -9007199254740991
   * @maximum 9007199254740991
   */
  at?: number | null;
  /**
   * Milliseconds since 1970-01-01T00:00:00Z
   *
   * @minimum -9007199254740991
   * @maximum 9007199254740991
   */
  snoozedUntil?: number | null;
  /**
   * Days since 1970-01-01
   *
   * @minimum -365243219162
   * @maximum 365241780471
   */
  day?: number | null;
  /**
   * ISO-8601 date and time with its offset and zone ID
   *
   * @pattern ^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)(\[[^\]]+\])?$
   */
  local?: string | null;
}

export interface SendReceipt {
  room?: string | null;
  /**
   * @format int32
   * @minimum -2147483648
   * @maximum 2147483647
   */
  copies: number;
  text?: string | null;
}

export interface UserProfile {
  /** @pattern ^(?:[a-z0-9_]{3,16})$ */
  userName: string;
  email?: string | null;
  /** @format date */
  birthday?: string | null;
  links?: { [key: string]: string | null } | null;
  tags?: string[] | null;
  /**
   * @format double
   * @minimum 0.0
   * @maximum 5.0
   */
  rating?: number;
  presence?: "ONLINE" | "AWAY" | "do_not_disturb" | null;
}

export interface Violation {
  path: string;
  message: string;
  rejectedValue: unknown;
}

// socket.io-client's Socket, completed for the acknowledged events above (their callback is a
// required last parameter, so that emitWithAck takes the acknowledgement's type from it):
// - socket.emit(event, ...payload) without a callback, fire and forget;
// - socket.timeout(ms).emitWithAck(event, ...payload), which socket.io-client types `any`
//   (timeout() puts an Error before the acknowledgement, and its FirstArg<> then gives up).

/** The payload parameters of an acknowledged event: its parameters before the callback. */
type AcknowledgedPayloads<E> = E extends (...args: infer P) => void
  ? P extends [...infer Payload, infer Callback] ? (Callback extends (...args: any[]) => void ? Payload : never) : never
  : never;

/** What `emitWithAck` resolves to: the callback's first argument, after the Error of `timeout()`. */
type AcknowledgementOf<E> = E extends (...args: infer P) => void
  ? P extends [...unknown[], (...args: infer A) => void]
    ? A extends [infer First, ...infer Rest] ? ([First] extends [Error] ? ([Error] extends [First] ? Rest[0] : First) : First) : A[0]
    : never
  : never;

declare module "socket.io-client" {
  interface Socket<ListenEvents, EmitEvents> {
    /** Emit an acknowledged event without a callback: fire and forget. */
    emit<Ev extends keyof EmitEvents & (string | symbol)>(ev: Ev, ...args: AcknowledgedPayloads<EmitEvents[Ev]>): this;
    /** Emit an acknowledged event and resolve to its acknowledgement, with or without `timeout()`. */
    emitWithAck<Ev extends keyof EmitEvents & (string | symbol)>(ev: Ev, ...args: AcknowledgedPayloads<EmitEvents[Ev]>):
      Promise<AcknowledgementOf<EmitEvents[Ev]>>;
  }
}
