package io.github.sioasyncapi.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.sioasyncapi.handler.EmitDeclaration;
import io.github.sioasyncapi.handler.NamespaceHandlers;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
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

/**
 * Checks what the application emits against the {@code @Emits} declarations of the namespace,
 * and converts the acknowledgements clients send back to the declared ack type. The checks of
 * each event are prepared once, on first use.
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

	/**
	 * Create a validator.
	 * @param registry the registry that holds the declarations
	 * @param validation the constraint validation, or {@code null} when validation is disabled
	 * @param mapper the mapper that converts payloads
	 * @param undeclared what to do with undeclared events
	 */
	public EmitValidator(SocketIoHandlerRegistry registry, @Nullable ConstraintValidation validation,
			ObjectMapper mapper, UndeclaredEmitPolicy undeclared) {
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
		if (this.validation == null) {
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
	 * Convert a client's acknowledgement of an emitted event to the declared ack type.
	 * @param namespace the namespace, as clients name it
	 * @param event the event name
	 * @param ack the acknowledgement as the client sent it
	 * @return the converted value, or the JSON value itself when no ack type is declared
	 * @throws RequestValidationException if the acknowledgement is invalid
	 */
	public @Nullable Object readAck(String namespace, String event, @Nullable JsonNode ack) {
		Contract contract = contract(namespace, event);
		return (contract != null && contract.ackReader != null) ? contract.readAck(ack) : ack;
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

		private final @Nullable JavaType payloadType;

		private final @Nullable ValueValidator payloadValidator;

		private final @Nullable ObjectReader ackReader;

		private final @Nullable ValueValidator ackValidator;

		Contract(EmitDeclaration declaration) {
			this.declaration = declaration;
			ConstraintValidation validation = EmitValidator.this.validation;
			Class<?> payload = declaration.payloadType();
			this.payloadType = (payload != null) ? EmitValidator.this.mapper.constructType(payload) : null;
			this.payloadValidator = (payload != null && validation != null)
					? validation.forValue(ResolvableType.forClass(payload), false) : null;
			Class<?> ack = declaration.ackType();
			this.ackReader = (ack != null) ? EmitValidator.this.mapper.readerFor(ack) : null;
			this.ackValidator = (ack != null && validation != null)
					? validation.forValue(ResolvableType.forClass(ack), true) : null;
		}

		List<Violation> check(Object[] args) {
			if (this.payloadType == null) {
				return (args.length == 0) ? List.of()
						: List.of(new Violation("", "takes no payload, but " + args.length + " argument(s) given", null));
			}
			if (args.length != 1) {
				return List.of(new Violation("", "takes exactly one payload argument, but " + args.length + " given",
						null));
			}
			Object value = args[0];
			if (value == null) {
				return List.of(ConversionErrors.missing("", false));
			}
			if (!this.payloadType.getRawClass().isInstance(value)) {
				JsonNode tree = EmitValidator.this.mapper.valueToTree(value);
				try {
					value = EmitValidator.this.mapper.treeToValue(tree, this.payloadType);
				}
				catch (JacksonException ex) {
					return List.of(EmitValidator.this.errors.toViolation("", tree, ex));
				}
			}
			return (this.payloadValidator != null) ? this.payloadValidator.validate(value, "") : List.of();
		}

		@Nullable Object readAck(@Nullable JsonNode ack) {
			String namespace = this.declaration.namespace();
			String event = this.declaration.event();
			if (ack == null || ack.isNull() || ack.isMissingNode()) {
				throw new RequestValidationException("ack", namespace, event, List.of(ConversionErrors.missing("", ack == null)));
			}
			Object value;
			try {
				value = this.ackReader.readValue(ack);
			}
			catch (JacksonException ex) {
				throw new RequestValidationException("ack", namespace, event, List.of(EmitValidator.this.errors.toViolation("", ack, ex)));
			}
			List<Violation> violations = (this.ackValidator != null) ? this.ackValidator.validate(value, "")
					: new ArrayList<>();
			if (!violations.isEmpty()) {
				throw new RequestValidationException("ack", namespace, event, violations);
			}
			return value;
		}

	}

}
