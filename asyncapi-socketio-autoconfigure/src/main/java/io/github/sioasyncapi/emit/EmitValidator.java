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

package io.github.sioasyncapi.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.sioasyncapi.handler.EmitDeclaration;
import io.github.sioasyncapi.handler.NamespaceHandlers;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.json.ArgumentRecord;
import io.github.sioasyncapi.json.WireFormat;
import io.github.sioasyncapi.validation.ConstraintValidation;
import io.github.sioasyncapi.validation.ConversionErrors;
import io.github.sioasyncapi.validation.EmitValidationException;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.ValueValidator;
import io.github.sioasyncapi.validation.Violation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.NullNode;

/**
 * Checks what the application emits against the {@code @Emits} declarations of the namespace,
 * argument by argument, and converts the acknowledgements clients send back to the declared ack
 * type (one argument per component of an
 * {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} record). The checks of
 * each event are prepared once, on first use.
 *
 * @since 0.1.0
 */
public final class EmitValidator {

	private static final Log logger = LogFactory.getLog(EmitValidator.class);

	private final SocketIoHandlerRegistry registry;

	private final @Nullable ConstraintValidation validation;

	private final ObjectMapper mapper;

	private final UndeclaredEmitPolicy undeclared;

	private final ConversionErrors errors;

	private final Map<Key, Contract> contracts = new ConcurrentHashMap<>();

	private final Set<Key> warned = ConcurrentHashMap.newKeySet();

	private final boolean enabled;

	/**
	 * Create a validator.
	 * @param registry the registry that holds the declarations
	 * @param validation the constraint validation, or {@code null} when there is none (no Bean
	 * Validation provider, or validation disabled): the payloads' constraints are then not
	 * checked
	 * @param mapper the mapper that converts payloads
	 * @param undeclared what to do with undeclared events
	 * @param enabled whether to check emits at all ({@code socketio.validation.enabled}): the
	 * number and types of their payloads, the constraints when there is validation, and the
	 * undeclared policy
	 */
	public EmitValidator(SocketIoHandlerRegistry registry, @Nullable ConstraintValidation validation,
			ObjectMapper mapper, UndeclaredEmitPolicy undeclared, boolean enabled) {
		this.enabled = enabled;
		this.registry = registry;
		this.validation = validation;
		this.mapper = mapper;
		this.undeclared = undeclared;
		this.errors = new ConversionErrors(new WireFormat(mapper));
	}

	/**
	 * Check an emit before it is sent.
	 * @param namespace the namespace, as clients name it
	 * @param event the event name
	 * @param args the payload arguments
	 * @throws EmitValidationException if the payload does not match the declaration, or the
	 * event is undeclared and the policy is {@link UndeclaredEmitPolicy#FAIL}
	 */
	public void validate(String namespace, String event, Object[] args) {
		if (!this.enabled) {
			return;
		}
		Contract contract = contract(namespace, event);
		if (contract == null) {
			onUndeclared(namespace, event);
			return;
		}
		List<Violation> violations = contract.check(args);
		if (!violations.isEmpty()) {
			throw new EmitValidationException(namespace, event, violations);
		}
	}

	/**
	 * Convert the arguments of a client's acknowledgement of an emitted event to the declared
	 * ack type: the first argument, or one argument per component of an
	 * {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} record.
	 * @param namespace the namespace, as clients name it
	 * @param event the event name
	 * @param ack the acknowledgement's arguments as the client sent them (JSON trees)
	 * @return the converted value, or the first argument itself when no ack type is declared
	 * @throws RequestValidationException if the acknowledgement is invalid
	 */
	public @Nullable Object readAck(String namespace, String event, List<?> ack) {
		Contract contract = contract(namespace, event);
		if (contract != null && contract.ackType != null) {
			return contract.readAck(ack);
		}
		return ack.isEmpty() ? null : ack.get(0);
	}

	/**
	 * How many arguments the acknowledgement of an emitted event has: one per component of an
	 * {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} record, otherwise one.
	 * @param namespace the namespace, as clients name it
	 * @param event the event name
	 * @return the number of arguments to read
	 */
	public int ackArgumentCount(String namespace, String event) {
		Contract contract = contract(namespace, event);
		return (contract != null && contract.ackArguments != null)
				? Math.max(1, contract.ackArguments.getComponents().size()) : 1;
	}

	private @Nullable Contract contract(String namespace, String event) {
		Key key = new Key(namespace, event);
		Contract contract = this.contracts.get(key);
		if (contract == null) {
			NamespaceHandlers handlers = this.registry.getNamespace(namespace);
			EmitDeclaration declaration = (handlers != null) ? handlers.getEmit(event) : null;
			if (declaration == null) {
				return null;
			}
			contract = this.contracts.computeIfAbsent(key, (k) -> new Contract(declaration));
		}
		return contract;
	}

	private void onUndeclared(String namespace, String event) {
		switch (this.undeclared) {
			case FAIL -> throw new EmitValidationException(namespace, event,
					List.of(new Violation("", "event is not declared with @Emits in this namespace", null)));
			case WARN -> {
				if (this.warned.add(new Key(namespace, event))) {
					logger.warn("Emitting undeclared event '" + event + "' in namespace '" + namespace
							+ "'; declare it with @Emits so that it is validated and documented "
							+ "(socketio.validation.undeclared-emits=allow silences this)");
				}
			}
			case ALLOW -> {
			}
		}
	}

	private record Key(String namespace, String event) {
	}

	private final class Contract {

		private final EmitDeclaration declaration;

		private final List<JavaType> payloadTypes;

		private final List<@Nullable ValueValidator> payloadValidators;

		private final @Nullable Class<?> ackType;

		private final @Nullable ArgumentRecord ackArguments;

		private final List<ObjectReader> ackReaders;

		private final @Nullable ValueValidator ackValidator;

		Contract(EmitDeclaration declaration) {
			this.declaration = declaration;
			ConstraintValidation validation = EmitValidator.this.validation;
			ObjectMapper mapper = EmitValidator.this.mapper;
			this.payloadTypes = declaration.payloadTypes().stream().map(mapper::constructType).toList();
			List<@Nullable ValueValidator> validators = new ArrayList<>();
			for (Class<?> payload : declaration.payloadTypes()) {
				validators.add((validation != null) ? validation.forValue(ResolvableType.forClass(payload), false) : null);
			}
			this.payloadValidators = validators;
			this.ackType = declaration.ackType();
			this.ackArguments = ArgumentRecord.of(this.ackType);
			if (this.ackArguments != null) {
				this.ackReaders = this.ackArguments.getComponents()
					.stream()
					.map((component) -> mapper.readerFor(mapper.constructType(component.type().getType())))
					.toList();
			}
			else {
				this.ackReaders = (this.ackType != null) ? List.of(mapper.readerFor(this.ackType)) : List.of();
			}
			this.ackValidator = (this.ackType != null && validation != null)
					? validation.forValue(ResolvableType.forClass(this.ackType), true) : null;
		}

		List<Violation> check(Object[] args) {
			int expected = this.payloadTypes.size();
			if (args.length != expected) {
				String takes = switch (expected) {
					case 0 -> "takes no payload";
					case 1 -> "takes exactly one payload argument";
					default -> "takes exactly " + expected + " payload arguments";
				};
				return List.of(new Violation("", takes + ", but " + args.length + " given", null));
			}
			List<Violation> violations = new ArrayList<>(0);
			for (int i = 0; i < expected; i++) {
				violations.addAll(check(args[i], i, (expected > 1) ? "[" + i + "]" : ""));
			}
			return violations;
		}

		private List<Violation> check(@Nullable Object argument, int position, String prefix) {
			Object value = argument;
			if (value == null) {
				return List.of(ConversionErrors.missing(prefix, false));
			}
			JavaType type = this.payloadTypes.get(position);
			if (!type.getRawClass().isInstance(value)) {
				JsonNode tree = EmitValidator.this.mapper.valueToTree(value);
				try {
					value = EmitValidator.this.mapper.treeToValue(tree, type);
				}
				catch (JacksonException ex) {
					return List.of(EmitValidator.this.errors.toViolation(prefix, tree, ex));
				}
			}
			ValueValidator validator = this.payloadValidators.get(position);
			return (validator != null) ? validator.validate(value, prefix) : List.of();
		}

		@Nullable Object readAck(List<?> ack) {
			List<Violation> violations = new ArrayList<>(0);
			Object value;
			if (this.ackArguments != null) {
				value = readArguments(this.ackArguments, ack, violations);
			}
			else {
				value = read(this.ackReaders.get(0), ack.isEmpty() ? null : ack.get(0), "", false, violations);
			}
			if (violations.isEmpty() && this.ackValidator != null && value != null) {
				violations.addAll(this.ackValidator.validate(value, ""));
			}
			if (!violations.isEmpty()) {
				throw new RequestValidationException("ack", this.declaration.namespace(), this.declaration.event(),
						violations);
			}
			return value;
		}

		private @Nullable Object readArguments(ArgumentRecord record, List<?> ack, List<Violation> violations) {
			List<ArgumentRecord.Component> components = record.getComponents();
			@Nullable Object[] values = new Object[components.size()];
			for (ArgumentRecord.Component component : components) {
				int position = component.position();
				values[position] = read(this.ackReaders.get(position), (position < ack.size()) ? ack.get(position) : null,
						"[" + position + "]", component.nullable(), violations);
			}
			if (!violations.isEmpty()) {
				return null;
			}
			try {
				return record.newInstance(values);
			}
			catch (RuntimeException ex) {
				violations.add(new Violation("", "is invalid: " + ex.getMessage(), null));
				return null;
			}
		}

		/**
		 * Read one argument of an acknowledgement: a missing or {@code null} argument is a
		 * violation unless it may be {@code null}.
		 */
		private @Nullable Object read(ObjectReader reader, @Nullable Object argument, String prefix, boolean nullable,
				List<Violation> violations) {
			JsonNode node = (argument == null || argument instanceof JsonNode) ? (JsonNode) argument
					: EmitValidator.this.mapper.valueToTree(argument);
			if (node == null || node.isNull() || node.isMissingNode()) {
				if (nullable) {
					return reader.readValue(NullNode.getInstance());
				}
				violations.add(ConversionErrors.missing(prefix, node == null || node.isMissingNode()));
				return null;
			}
			try {
				return reader.readValue(node);
			}
			catch (JacksonException ex) {
				violations.add(EmitValidator.this.errors.toViolation(prefix, node, ex));
				return null;
			}
		}

	}

}
