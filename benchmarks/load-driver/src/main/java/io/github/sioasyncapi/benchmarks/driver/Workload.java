/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.sioasyncapi.benchmarks.driver;

/**
 * The benchmark workload of DESIGN.md §8: {@code make_move {game_id, x, y}} answered with
 * {@code {ok: true, game_id}}, or with an {@code invalid_payload} error ack for the one request in
 * ten that breaks a constraint. Requests are a pure function of the connection and the ack id, so
 * every answer can be checked against what it must be.
 */
final class Workload {

	/** One request in this many is invalid. */
	static final int INVALID_EVERY = 10;

	private static final String[] INVALID_PATHS = { "x", "y", "game_id" };

	private static final String[] INVALID_PATH_PROPERTIES = { "\"path\":\"x\"", "\"path\":\"y\"",
			"\"path\":\"game_id\"" };

	private static final String GAME_ID_PROPERTY = "\"game_id\":";

	private Workload() {
	}

	/**
	 * Whether the request with this ack id is one of the invalid ones.
	 * @param ackId the ack id
	 * @return {@code true} for an invalid request
	 */
	static boolean isInvalid(long ackId) {
		return ackId % INVALID_EVERY == INVALID_EVERY - 1;
	}

	/**
	 * The game id of a request: at least 1, different per connection and request.
	 * @param connection the connection number
	 * @param ackId the ack id
	 * @return the game id
	 */
	static long gameId(int connection, long ackId) {
		return connection * 1_000L + (ackId % 1_000) + 1;
	}

	/**
	 * Append the Socket.IO event packet of a request.
	 * @param packet where to write, empty
	 * @param event the event name
	 * @param connection the connection number
	 * @param ackId the ack id
	 */
	static void appendPacket(StringBuilder packet, String event, int connection, long ackId) {
		long gameId = gameId(connection, ackId);
		int x = (int) (ackId % 3);
		int y = (int) ((ackId / 3) % 3);
		if (isInvalid(ackId)) {
			switch (invalidPath(ackId)) {
				case "x" -> x = 7;
				case "y" -> y = -1;
				default -> gameId = 0;
			}
		}
		packet.append("42").append(ackId).append("[\"").append(event).append("\",{\"game_id\":").append(gameId)
			.append(",\"x\":").append(x).append(",\"y\":").append(y).append("}]");
	}

	private static String invalidPath(long ackId) {
		return INVALID_PATHS[invalidPathIndex(ackId)];
	}

	private static int invalidPathIndex(long ackId) {
		return (int) ((ackId / INVALID_EVERY) % INVALID_PATHS.length);
	}

	/**
	 * Whether an ack is the right answer to a request: the game id for a valid request, an
	 * {@code invalid_payload} error naming the broken field for an invalid one.
	 * @param ackData the ack's data, the JSON array after the ack id
	 * @param connection the connection number
	 * @param ackId the ack id
	 * @return {@code true} if the answer is right
	 */
	static boolean isExpected(String ackData, int connection, long ackId) {
		if (isInvalid(ackId)) {
			return ackData.contains("\"code\":\"invalid_payload\"")
					&& ackData.contains(INVALID_PATH_PROPERTIES[invalidPathIndex(ackId)]) && !ackData.contains("\"ok\"");
		}
		int at = ackData.indexOf(GAME_ID_PROPERTY);
		if (at < 0 || !ackData.contains("\"ok\":true") || ackData.contains("\"error\"")) {
			return false;
		}
		long value = 0;
		int i = at + GAME_ID_PROPERTY.length();
		int digits = 0;
		for (; i < ackData.length() && Character.isDigit(ackData.charAt(i)); i++, digits++) {
			value = value * 10 + (ackData.charAt(i) - '0');
		}
		return digits > 0 && i < ackData.length() && (ackData.charAt(i) == '}' || ackData.charAt(i) == ',')
				&& value == gameId(connection, ackId);
	}

}
