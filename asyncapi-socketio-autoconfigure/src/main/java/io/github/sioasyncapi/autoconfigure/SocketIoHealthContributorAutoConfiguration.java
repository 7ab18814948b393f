package io.github.sioasyncapi.autoconfigure;

import io.github.sioasyncapi.actuate.SocketIoHealthIndicator;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code socketIo} health indicator
 * ({@code management.health.socketio.enabled}).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SocketIoAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(SocketIoServerLifecycle.class)
@ConditionalOnEnabledHealthIndicator("socketio")
public final class SocketIoHealthContributorAutoConfiguration {

	SocketIoHealthContributorAutoConfiguration() {
	}

	@Bean(name = "socketIoHealthIndicator")
	@ConditionalOnMissingBean(name = "socketIoHealthIndicator")
	SocketIoHealthIndicator socketIoHealthIndicator(SocketIoServerLifecycle lifecycle) {
		return new SocketIoHealthIndicator(lifecycle);
	}

}
