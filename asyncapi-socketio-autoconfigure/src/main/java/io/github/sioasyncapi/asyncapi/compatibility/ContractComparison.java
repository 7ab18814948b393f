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

package io.github.sioasyncapi.asyncapi.compatibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.asyncapi.contract.ClientContract.Event;
import io.github.sioasyncapi.asyncapi.contract.ClientContract.Namespace;
import io.github.sioasyncapi.asyncapi.contract.ClientContract.Payload;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compares the client contracts of two documents: namespaces, events in both directions,
 * their payload arguments and acknowledgements, and the connect auth data.
 */
final class ContractComparison {

	private final Changes changes = new Changes();

	private final SchemaComparison schemas;

	private final ClientContract before;

	private final ClientContract after;

	ContractComparison(ClientContract before, ClientContract after) {
		this.before = before;
		this.after = after;
		this.schemas = new SchemaComparison(before, after, this.changes);
	}

	List<Change> compare() {
		Map<String, Namespace> current = byName(this.after.namespaces(), Namespace::name);
		for (Namespace old : this.before.namespaces()) {
			Namespace namespace = current.get(old.name());
			if (namespace == null) {
				this.changes.add(true, "namespace " + old.name(), "namespace removed");
				continue;
			}
			String prefix = "/".equals(old.name()) ? "" : old.name() + " ";
			events(old.clientToServer(), namespace.clientToServer(), Flow.TO_SERVER, prefix);
			events(old.serverToClient(), namespace.serverToClient(), Flow.TO_CLIENT, prefix);
			auth(old, namespace, prefix);
		}
		Map<String, Namespace> previous = byName(this.before.namespaces(), Namespace::name);
		for (Namespace namespace : this.after.namespaces()) {
			if (!previous.containsKey(namespace.name())) {
				this.changes.add(false, "namespace " + namespace.name(), "namespace added");
			}
		}
		return this.changes.list();
	}

	private void events(List<Event> oldEvents, List<Event> newEvents, Flow flow, String prefix) {
		String direction = (flow == Flow.TO_SERVER) ? " (client → server)" : " (server → client)";
		Map<String, Event> current = byName(newEvents, Event::name);
		for (Event old : oldEvents) {
			String where = prefix + old.name() + direction;
			Event event = current.get(old.name());
			if (event == null) {
				this.changes.add(true, where, "event removed");
				continue;
			}
			payloads(old.payloads(), event.payloads(), flow, where + " payload");
			acks(old.acks(), event.acks(), flow, where);
		}
		Map<String, Event> previous = byName(oldEvents, Event::name);
		for (Event event : newEvents) {
			if (!previous.containsKey(event.name())) {
				this.changes.add(false, prefix + event.name() + direction, "event added");
			}
		}
	}

	private void acks(@Nullable List<Payload> old, @Nullable List<Payload> current, Flow flow, String where) {
		String at = where + " ack";
		if (old == null && current == null) {
			return;
		}
		if (old == null) {
			// clients that emit need not ask for an ack; listeners that do not call one break
			this.changes.add(flow == Flow.TO_CLIENT, at,
					(flow == Flow.TO_CLIENT) ? "the server now expects an acknowledgement" : "now acknowledged");
		}
		else if (current == null) {
			this.changes.add(true, at, (flow == Flow.TO_CLIENT) ? "the server no longer expects an acknowledgement"
					: "no longer acknowledged");
		}
		else {
			payloads(old, current, flow.reverse(), at);
		}
	}

	/**
	 * Compare the alternatives of a payload (usually one; an ack and the error ack), matched
	 * by message name, or directly when each side has one.
	 */
	private void payloads(List<Payload> old, List<Payload> current, Flow flow, String where) {
		if (old.size() == 1 && current.size() == 1) {
			arguments(old.get(0), current.get(0), flow, where);
			return;
		}
		Map<String, Payload> byMessage = byName(current, Payload::message);
		for (Payload payload : old) {
			Payload counterpart = byMessage.get(payload.message());
			if (counterpart == null) {
				this.changes.add(flow == Flow.TO_SERVER, where,
						"message " + payload.message() + ((flow == Flow.TO_SERVER) ? " no longer accepted" : " no longer sent"));
			}
			else {
				arguments(payload, counterpart, flow, where + " (" + payload.message() + ")");
			}
		}
		Map<String, Payload> previous = byName(old, Payload::message);
		for (Payload payload : current) {
			if (!previous.containsKey(payload.message())) {
				this.changes.add(flow == Flow.TO_CLIENT, where,
						"message " + payload.message() + ((flow == Flow.TO_CLIENT) ? " may now be sent" : " now accepted too"));
			}
		}
	}

	/**
	 * Compare the arguments position by position: an argument that the other side only has
	 * among its remaining arguments is compared with their schema; then the remaining
	 * arguments themselves.
	 */
	private void arguments(Payload old, Payload current, Flow flow, String where) {
		int count = Math.max(old.arguments().size(), current.arguments().size());
		boolean single = count == 1 && old.remaining() == null && current.remaining() == null;
		for (int i = 0; i < count; i++) {
			String at = single ? where : where + " argument " + (i + 1);
			boolean oldRequired = i < old.required();
			boolean newRequired = i < current.required();
			JsonNode before = old.argument(i);
			JsonNode after = current.argument(i);
			if (before == null) {
				this.changes.add(newRequired && flow == Flow.TO_SERVER, at,
						newRequired ? "required argument added" : "optional argument added");
				continue;
			}
			if (after == null) {
				this.changes.add(true, at, "argument removed");
				continue;
			}
			if (oldRequired && !newRequired) {
				this.changes.schema(Changes.Effect.WIDENED, flow, at, "no longer required");
			}
			else if (!oldRequired && newRequired) {
				this.changes.schema(Changes.Effect.NARROWED, flow, at, "now required");
			}
			this.schemas.compare(before, after, flow, at);
		}
		remaining(old, current, count, flow, where + " arguments " + (count + 1) + "…");
	}

	/**
	 * Compare what may follow the arguments both sides list: the remaining arguments, how
	 * many of them are required.
	 */
	private void remaining(Payload old, Payload current, int from, Flow flow, String at) {
		JsonNode before = old.remaining();
		JsonNode after = current.remaining();
		if (before == null && after == null) {
			return;
		}
		if (before == null) {
			// none sent before, and a client need not send any; a listener may ignore them
			this.changes.add(current.required() > from && flow == Flow.TO_SERVER, at,
					(current.required() > from) ? "required remaining arguments added" : "remaining arguments added");
			return;
		}
		if (after == null) {
			this.changes.add(true, at, "remaining arguments removed");
			return;
		}
		int oldRequired = Math.max(0, old.required() - from);
		int newRequired = Math.max(0, current.required() - from);
		if (newRequired > oldRequired) {
			this.changes.schema(Changes.Effect.NARROWED, flow, at,
					"at least " + newRequired + " now required, " + oldRequired + " before");
		}
		else if (newRequired < oldRequired) {
			this.changes.schema(Changes.Effect.WIDENED, flow, at,
					"at least " + newRequired + " now required, " + oldRequired + " before");
		}
		this.schemas.compare(before, after, flow, at);
	}

	private void auth(Namespace old, Namespace current, String prefix) {
		String where = prefix + "connect auth data (client → server)";
		JsonNode oldAuth = old.auth();
		JsonNode newAuth = current.auth();
		if (oldAuth == null && newAuth != null) {
			this.changes.add(true, where, "auth data now expected");
		}
		else if (oldAuth != null && newAuth == null) {
			this.changes.add(false, where, "auth data no longer read");
		}
		else if (oldAuth != null && newAuth != null) {
			this.schemas.compare(oldAuth, newAuth, Flow.TO_SERVER, where);
		}
	}

	private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
		Map<String, T> byName = new LinkedHashMap<>();
		items.forEach((item) -> byName.putIfAbsent(name.apply(item), item));
		return byName;
	}

}
