package io.github.sioasyncapi.asyncapi.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * An AsyncAPI 3.1.0 document, written in the order {@code asyncapi, info, servers,
 * defaultContentType, channels, operations, components}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "asyncapi", "id", "info", "servers", "defaultContentType", "channels", "operations",
		"components" })
public class AsyncApiDocument extends Extensible {

	/** The AsyncAPI version this model writes. */
	public static final String VERSION = "3.1.0";

	private String asyncapi = VERSION;

	private @Nullable String id;

	private Info info = new Info();

	private Map<String, Server> servers = new LinkedHashMap<>();

	private @Nullable String defaultContentType;

	private Map<String, Channel> channels = new LinkedHashMap<>();

	private Map<String, Operation> operations = new LinkedHashMap<>();

	private Components components = new Components();

	public String getAsyncapi() {
		return this.asyncapi;
	}

	public void setAsyncapi(String asyncapi) {
		this.asyncapi = asyncapi;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public Info getInfo() {
		return this.info;
	}

	public void setInfo(Info info) {
		this.info = info;
	}

	public Map<String, Server> getServers() {
		return this.servers;
	}

	public void setServers(Map<String, Server> servers) {
		this.servers = servers;
	}

	public @Nullable String getDefaultContentType() {
		return this.defaultContentType;
	}

	public void setDefaultContentType(@Nullable String defaultContentType) {
		this.defaultContentType = defaultContentType;
	}

	public Map<String, Channel> getChannels() {
		return this.channels;
	}

	public void setChannels(Map<String, Channel> channels) {
		this.channels = channels;
	}

	public Map<String, Operation> getOperations() {
		return this.operations;
	}

	public void setOperations(Map<String, Operation> operations) {
		this.operations = operations;
	}

	public Components getComponents() {
		return this.components;
	}

	public void setComponents(Components components) {
		this.components = components;
	}

}
