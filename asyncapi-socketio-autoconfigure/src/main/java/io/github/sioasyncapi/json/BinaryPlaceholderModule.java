package io.github.sioasyncapi.json;

import java.util.ArrayList;
import java.util.List;

import io.netty.util.concurrent.FastThreadLocal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.type.ArrayType;

/**
 * Writes {@code byte[]} values as Socket.IO binary attachments: a
 * {@code {"_placeholder":true,"num":n}} object in the JSON, the bytes collected per thread for
 * the encoder to send after the packet (in a Netty {@link FastThreadLocal}: packets are
 * written on Netty's event-loop threads).
 */
final class BinaryPlaceholderModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	private final transient FastThreadLocal<List<byte[]>> arrays = new FastThreadLocal<>() {

		@Override
		protected List<byte[]> initialValue() {
			return new ArrayList<>();
		}

	};

	BinaryPlaceholderModule() {
		super("socketio-binary-placeholders");
		setSerializerModifier(new ValueSerializerModifier() {

			private static final long serialVersionUID = 1L;

			@Override
			public ValueSerializer<?> modifyArraySerializer(SerializationConfig config, ArrayType valueType,
					BeanDescription.Supplier beanDesc, ValueSerializer<?> serializer) {
				return (valueType.getRawClass() == byte[].class) ? new PlaceholderSerializer() : serializer;
			}

		});
	}

	void clear() {
		this.arrays.get().clear();
	}

	List<byte[]> arrays() {
		return this.arrays.get();
	}

	private final class PlaceholderSerializer extends ValueSerializer<byte[]> {

		@Override
		public void serialize(byte[] value, JsonGenerator generator, SerializationContext context) {
			List<byte[]> collected = BinaryPlaceholderModule.this.arrays.get();
			generator.writeStartObject();
			generator.writeBooleanProperty("_placeholder", true);
			generator.writeNumberProperty("num", collected.size());
			generator.writeEndObject();
			collected.add(value);
		}

	}

}
