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

package io.github.sioasyncapi.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.sioasyncapi.asyncapi.model.Contact;
import io.github.sioasyncapi.asyncapi.model.Info;
import io.github.sioasyncapi.asyncapi.model.License;
import io.github.sioasyncapi.asyncapi.model.Server;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The info and servers of the document, from {@code socketio.asyncapi.*} with defaults from
 * the application and the Socket.IO server.
 */
final class AsyncApiMetadata {

	/** The name of the server derived from {@code socketio.server.*}. */
	static final String DEFAULT_SERVER = "socketio";

	private static final String DEFAULT_TITLE = "Socket.IO API";

	private static final String DEFAULT_VERSION = "1.0.0";

	private static final Set<String> WILDCARD_HOSTS = Set.of("", "0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");

	private final AsyncApiProperties properties;

	private final SocketIoProperties socketIo;

	private final Environment environment;

	AsyncApiMetadata(AsyncApiProperties properties, SocketIoProperties socketIo, Environment environment) {
		this.properties = properties;
		this.socketIo = socketIo;
		this.environment = environment;
	}

	Info info() {
		AsyncApiProperties.Info source = this.properties.getInfo();
		Info info = new Info();
		info.setTitle(firstText(source.getTitle(), this.environment.getProperty("spring.application.name"),
				DEFAULT_TITLE));
		info.setVersion(firstText(source.getVersion(), this.environment.getProperty("spring.application.version"),
				DEFAULT_VERSION));
		PropertyMapper map = PropertyMapper.get();
		map.from(source::getDescription).when(StringUtils::hasText).to(info::setDescription);
		map.from(source::getTermsOfService).when(StringUtils::hasText).to(info::setTermsOfService);
		AsyncApiProperties.Contact contactSource = source.getContact();
		if (hasText(contactSource.getName(), contactSource.getUrl(), contactSource.getEmail())) {
			Contact contact = new Contact();
			map.from(contactSource::getName).when(StringUtils::hasText).to(contact::setName);
			map.from(contactSource::getUrl).when(StringUtils::hasText).to(contact::setUrl);
			map.from(contactSource::getEmail).when(StringUtils::hasText).to(contact::setEmail);
			info.setContact(contact);
		}
		AsyncApiProperties.License licenseSource = source.getLicense();
		if (hasText(licenseSource.getName())) {
			License license = new License();
			map.from(licenseSource::getName).to(license::setName);
			map.from(licenseSource::getUrl).when(StringUtils::hasText).to(license::setUrl);
			info.setLicense(license);
		}
		return info;
	}

	Map<String, Server> servers() {
		Map<String, Server> servers = new LinkedHashMap<>();
		Map<String, AsyncApiProperties.Server> configured = this.properties.getServers();
		if (configured.isEmpty()) {
			servers.put(DEFAULT_SERVER, server(new AsyncApiProperties.Server()));
		}
		else {
			configured.forEach((name, server) -> servers.put(name, server(server)));
		}
		return servers;
	}

	private Server server(AsyncApiProperties.Server source) {
		Server server = new Server();
		server.setHost(firstText(source.getHost(), defaultHost()));
		server.setProtocol(source.getProtocol());
		server.setProtocolVersion(source.getProtocolVersion());
		server.setPathname(firstText(source.getPathname(), this.socketIo.getServer().getPath()));
		PropertyMapper.get().from(source::getDescription).when(StringUtils::hasText).to(server::setDescription);
		return server;
	}

	/**
	 * The host and port the Socket.IO server listens on; the bound port once it runs (which
	 * differs with {@code socketio.server.port=0}), and {@code localhost} for a server bound
	 * to every interface.
	 */
	private String defaultHost() {
		String host = this.socketIo.getServer().getHost();
		if (host == null || WILDCARD_HOSTS.contains(host)) {
			host = "localhost";
		}
		else if (host.contains(":") && !host.startsWith("[")) {
			host = "[" + host + "]";
		}
		Integer port = this.environment.getProperty(SocketIoServerLifecycle.LOCAL_PORT_PROPERTY, Integer.class);
		return host + ":" + ((port != null) ? port : this.socketIo.getServer().getPort());
	}

	private static String firstText(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (StringUtils.hasText(candidate)) {
				return candidate;
			}
		}
		return "";
	}

	private static boolean hasText(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (StringUtils.hasText(candidate)) {
				return true;
			}
		}
		return false;
	}

}
