package io.github.sioasyncapi.observe;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * A convention for Socket.IO observations. Register one as a
 * {@link io.micrometer.observation.GlobalObservationConvention} (Spring Boot registers beans of
 * that type with its observation registry) to replace {@link DefaultSocketIoObservationConvention}
 * for the contexts it {@link #supportsContext supports}.
 *
 * @since 0.1.0
 */
public interface SocketIoObservationConvention extends ObservationConvention<SocketIoObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SocketIoObservationContext;
	}

}
